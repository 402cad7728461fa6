import { CalendarException, monthGrid, parseArrangement } from './calendar-grid';

describe('monthGrid', () => {
  // 2026: 国庆节 1–7 October on the weekdays (1, 2, 5, 6, 7 Oct; 3–4 are a weekend anyway); Saturday 10 October worked (调休).
  const exceptions = new Map<string, CalendarException>([
    ...['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map((d): [string, CalendarException] => [d, { kind: 'HOLIDAY', name: '国庆节' }]),
    ['2026-10-10', { kind: 'WORKDAY', name: '国庆节' }],
  ]);
  const october = monthGrid(2026, 10, exceptions);
  const cell = (date: string) => october.flat().find((c) => c?.date === date)!;

  it('starts weeks on Monday: 1 October 2026 is a Thursday, so three blanks lead', () => {
    expect(october[0].slice(0, 3)).toEqual([null, null, null]);
    expect(october[0][3]?.date).toBe('2026-10-01');
    // 31 days + 3 blanks = 34 → 5 weeks of 7 (one blank at the end).
    expect(october).toHaveLength(5);
    expect(october.every((w) => w.length === 7)).toBe(true);
  });

  it('marks holidays off, the swapped Saturday on, plain weekends off and plain weekdays on', () => {
    expect(cell('2026-10-01')).toMatchObject({ kind: 'HOLIDAY', name: '国庆节', working: false, weekend: false });
    expect(cell('2026-10-03')).toMatchObject({ kind: null, working: false, weekend: true });
    expect(cell('2026-10-10')).toMatchObject({ kind: 'WORKDAY', working: true, weekend: true });
    expect(cell('2026-10-08')).toMatchObject({ kind: null, working: true, weekend: false });
  });
});

describe('parseArrangement', () => {
  it('takes loadWorkingDayCalendar’s input as JSON', () => {
    expect(parseArrangement('{"year":2027,"holidays":[{"date":"2027-01-01","name":"元旦"}],"workingWeekendDays":["2027-02-06"]}')).toEqual({
      ok: true,
      input: { year: 2027, note: undefined, holidays: [{ date: '2027-01-01', name: '元旦' }], workingWeekendDays: ['2027-02-06'] },
    });
  });

  it('says what is wrong with text that is not the input', () => {
    expect(parseArrangement('{"year":')).toMatchObject({ ok: false, error: expect.stringContaining('JSON') });
    expect(parseArrangement('{"year":"2027","holidays":[],"workingWeekendDays":[]}')).toMatchObject({ ok: false, error: expect.stringContaining('"year"') });
    expect(parseArrangement('{"year":2027,"holidays":["2027-01-01"],"workingWeekendDays":[]}')).toMatchObject({ ok: false, error: expect.stringContaining('"holidays"') });
  });
});
