/** The least a board needs of a meeting: where it sits and who meets. */
export interface BoardMeeting {
  id: string;
  slotIndex: number;
  tableIndex: number;
  firmRegistrationId: string;
  bankRegistrationId: string;
}

/** The board's grid: rows are slots, columns tables; a cell holds its meeting or null. */
export type BoardGrid<M extends BoardMeeting> = (M | null)[][];

/**
 * Lays meetings out in a slots × tables grid. A meeting outside the grid (a stale read after
 * the event shrank) is left out and returned in `outside`, so nothing silently overwrites a
 * cell: the later of two meetings in one cell goes there too.
 */
export function layoutBoard<M extends BoardMeeting>(slotCount: number, tableCount: number, meetings: readonly M[]): { grid: BoardGrid<M>; outside: M[] } {
  const grid: BoardGrid<M> = Array.from({ length: slotCount }, () => Array.from({ length: tableCount }, () => null));
  const outside: M[] = [];
  for (const m of meetings) {
    const row = grid[m.slotIndex];
    if (!row || m.tableIndex < 0 || m.tableIndex >= tableCount || row[m.tableIndex]) outside.push(m);
    else row[m.tableIndex] = m;
  }
  return { grid, outside };
}

export type MoveCheck = 'SAME_CELL' | 'TABLE_TAKEN' | 'FIRM_BUSY' | 'OK';

/**
 * What the board can tell before asking the API about moving `meeting` to a cell: the same
 * cell is no move; a taken table or the firm's other meeting in that slot will be refused.
 * The API decides (and also checks the bank's representatives); this only spares a request.
 */
export function checkMove<M extends BoardMeeting>(grid: BoardGrid<M>, meeting: M, slotIndex: number, tableIndex: number): MoveCheck {
  if (meeting.slotIndex === slotIndex && meeting.tableIndex === tableIndex) return 'SAME_CELL';
  const row = grid[slotIndex] ?? [];
  if (row[tableIndex] && row[tableIndex]!.id !== meeting.id) return 'TABLE_TAKEN';
  if (row.some((m) => m && m.id !== meeting.id && m.firmRegistrationId === meeting.firmRegistrationId)) return 'FIRM_BUSY';
  return 'OK';
}

/** The data-testid of a board cell, for a browser test to drag onto. */
export const cellTestId = (slotIndex: number, tableIndex: number) => `board-cell-${slotIndex}-${tableIndex}`;
