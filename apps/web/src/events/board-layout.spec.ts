import { checkMove, layoutBoard } from './board-layout';

const m = (id: string, slotIndex: number, tableIndex: number, firm = `f-${id}`) => ({ id, slotIndex, tableIndex, firmRegistrationId: firm, bankRegistrationId: `b-${id}` });

describe('the schedule board layout', () => {
  it('puts each meeting in its slot row and table column, leaving empty cells null', () => {
    const { grid, outside } = layoutBoard(2, 3, [m('a', 0, 2), m('b', 1, 0)]);
    expect(grid.map((row) => row.map((c) => c?.id ?? null))).toEqual([
      [null, null, 'a'],
      ['b', null, null],
    ]);
    expect(outside).toEqual([]);
  });

  it('keeps meetings outside the grid or on a taken cell aside instead of overwriting', () => {
    const { grid, outside } = layoutBoard(1, 1, [m('a', 0, 0), m('b', 0, 0), m('c', 3, 0), m('d', 0, 5)]);
    expect(grid[0][0]?.id).toBe('a');
    expect(outside.map((x) => x.id)).toEqual(['b', 'c', 'd']);
  });

  it('tells a move to the same cell, onto a taken table and into the firm’s busy slot from a fine one', () => {
    const a = m('a', 0, 0, 'firm1');
    const b = m('b', 1, 0, 'firm1');
    const c = m('c', 1, 1, 'firm2');
    const { grid } = layoutBoard(2, 3, [a, b, c]);
    expect(checkMove(grid, a, 0, 0)).toBe('SAME_CELL');
    expect(checkMove(grid, a, 1, 1)).toBe('TABLE_TAKEN');
    expect(checkMove(grid, a, 1, 2)).toBe('FIRM_BUSY');
    expect(checkMove(grid, c, 0, 2)).toBe('OK');
    expect(checkMove(grid, b, 1, 2)).toBe('OK');
  });
});
