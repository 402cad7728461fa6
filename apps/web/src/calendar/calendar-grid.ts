// The month grids of the calendar page: pure, so the rules (a weekend day is off unless it is
// a swapped working day; a weekday is on unless it is a holiday) are tested without a browser.

export interface CalendarException {
  kind: 'HOLIDAY' | 'WORKDAY';
  name?: string | null;
}

export interface DayCell {
  date: string;
  day: number;
  weekend: boolean;
  /** The calendar's exception on that day, if any. */
  kind: CalendarException['kind'] | null;
  name: string | null;
  working: boolean;
}

/** Weeks (Monday first) of a month; null pads the days before the 1st and after the last. */
export function monthGrid(year: number, month: number, exceptions: ReadonlyMap<string, CalendarException>): (DayCell | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // ISO weekday of the 1st: Monday 1 … Sunday 7.
  const lead = ((new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7) as number;
  const cells: (DayCell | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) {
    const date = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const weekend = (lead + d - 1) % 7 >= 5;
    const e = exceptions.get(date);
    const working = e ? e.kind === 'WORKDAY' : !weekend;
    cells.push({ date, day: d, weekend, kind: e?.kind ?? null, name: e?.name ?? null, working });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (DayCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export interface CalendarArrangement {
  year: number;
  note?: string;
  holidays: { date: string; name?: string }[];
  workingWeekendDays: string[];
}

/**
 * The pasted text as loadWorkingDayCalendar's input, or the reason it is not one. Only the
 * shape is checked here; which days are weekdays, in the year, and so on is the server's.
 */
export function parseArrangement(text: string): { ok: true; input: CalendarArrangement } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `JSON: ${(e as Error).message}` };
  }
  const v = value as Partial<CalendarArrangement>;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, error: 'an object { "year", "holidays", "workingWeekendDays" }' };
  if (!Number.isInteger(v.year)) return { ok: false, error: '"year" must be a whole number, e.g. 2027' };
  if (!Array.isArray(v.holidays) || !v.holidays.every((h) => h && typeof h === 'object' && typeof h.date === 'string'))
    return { ok: false, error: '"holidays" must be a list of { "date": "YYYY-MM-DD", "name": "…" }' };
  if (!Array.isArray(v.workingWeekendDays) || !v.workingWeekendDays.every((d) => typeof d === 'string'))
    return { ok: false, error: '"workingWeekendDays" must be a list of "YYYY-MM-DD"' };
  return {
    ok: true,
    input: {
      year: v.year!,
      note: typeof v.note === 'string' ? v.note : undefined,
      holidays: v.holidays.map((h) => ({ date: h.date, name: typeof h.name === 'string' ? h.name : undefined })),
      workingWeekendDays: v.workingWeekendDays,
    },
  };
}
