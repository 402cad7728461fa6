import { addWorkingDaysIn, calendarInputProblems, endOfShanghaiDay, isWorkingDayIn, workingDaysBetweenIn, workingDaysInYear, YearArrangement } from './calendar.rules';
import { CalendarErrorCode } from './calendar.errors';

// 2026 around 中秋 and 国庆 as chinese-days 1.5.7 has it (the seed migration holds the same rows):
// 09-25 (Fri) 中秋 off; 10-01..10-07 off (weekdays 10-01, 10-02, 10-05, 10-06, 10-07; 10-03/04 a
// weekend); Sunday 09-20 and Saturday 10-10 worked (调休).
const y2026: YearArrangement = {
  year: 2026,
  holidays: new Set(['2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
  workingWeekendDays: new Set(['2026-09-20', '2026-10-10']),
};
const only2026 = new Map([[2026, y2026]]);

describe('working days', () => {
  it('follows Monday–Friday except the listed days', () => {
    expect(isWorkingDayIn(only2026, '2026-09-30')).toBe(true); // Wednesday
    expect(isWorkingDayIn(only2026, '2026-10-01')).toBe(false); // 国庆
    expect(isWorkingDayIn(only2026, '2026-10-03')).toBe(false); // Saturday inside the holiday
    expect(isWorkingDayIn(only2026, '2026-10-10')).toBe(true); // Saturday worked
    expect(isWorkingDayIn(only2026, '2026-10-11')).toBe(false); // plain Sunday
  });

  it('counts from the day after submission, across the National Day holiday', () => {
    // Wed 09-30 + 1 (Beijing online): 10-01..10-07 are off, so the first working day is Thu 10-08.
    expect(addWorkingDaysIn(only2026, '2026-09-30', 1)).toBe('2026-10-08');
    // + 3 (Beijing offline): Thu 10-08, Fri 10-09, Sat 10-10 (调休) -> 10-10.
    expect(addWorkingDaysIn(only2026, '2026-09-30', 3)).toBe('2026-10-10');
    // + 7 (national): 10-08, 10-09, 10-10, 10-12, 10-13, 10-14, 10-15 -> Thu 10-15.
    expect(addWorkingDaysIn(only2026, '2026-09-30', 7)).toBe('2026-10-15');
  });

  it('counts a swapped working Saturday', () => {
    // Fri 10-09 + 1: Saturday 10-10 is worked, so it is the first day.
    expect(addWorkingDaysIn(only2026, '2026-10-09', 1)).toBe('2026-10-10');
    // Fri 10-16 + 1: a plain Saturday and Sunday are skipped -> Mon 10-19.
    expect(addWorkingDaysIn(only2026, '2026-10-16', 1)).toBe('2026-10-19');
  });

  it('starts a submission on a non-working day with the next working day', () => {
    // Sat 10-03 (holiday): the next working day 10-08 is day 1, the same as for Wed 09-30.
    expect(addWorkingDaysIn(only2026, '2026-10-03', 1)).toBe('2026-10-08');
    expect(addWorkingDaysIn(only2026, '2026-10-03', 1)).toBe(addWorkingDaysIn(only2026, '2026-09-30', 1));
  });

  it('counts back what it added', () => {
    for (const n of [1, 3, 7, 20]) expect(workingDaysBetweenIn(only2026, '2026-09-30', addWorkingDaysIn(only2026, '2026-09-30', n))).toBe(n);
    expect(workingDaysBetweenIn(only2026, '2026-10-08', '2026-10-01')).toBe(0);
  });

  it('refuses a year without data instead of guessing', () => {
    // Thu 12-31-2026 + 1 lands on Fri 2027-01-01, a year the map does not hold.
    expect(() => addWorkingDaysIn(only2026, '2026-12-31', 1)).toThrow(expect.objectContaining({ reason: CalendarErrorCode.CALENDAR_YEAR_MISSING, details: { year: 2027 } }));
    expect(() => isWorkingDayIn(only2026, '2027-03-01')).toThrow(/no data for 2027/);
  });

  it('ends a due day at 23:59:59.999 Asia/Shanghai', () => {
    expect(endOfShanghaiDay('2026-10-08').toISOString()).toBe('2026-10-08T15:59:59.999Z');
  });

  it('counts the working days of a year', () => {
    // 2026 has 261 weekdays; the map above drops 6 and adds 2 (it is only part of the year).
    expect(workingDaysInYear(y2026)).toBe(261 - 6 + 2);
  });
});

describe('a year’s arrangement as input', () => {
  const ok = { year: 2027, holidays: [{ date: '2027-10-01', name: '国庆节' }], workingWeekendDays: ['2027-09-26'] };

  it('accepts weekdays off and worked weekend days of the year', () => {
    expect(calendarInputProblems(ok)).toEqual([]);
  });

  it.each([
    ['a date of another year', { ...ok, holidays: [{ date: '2026-10-01' }] }, 'input.holidays.0.date', /not in 2027/],
    ['a holiday on a weekend', { ...ok, holidays: [{ date: '2027-10-02' }] }, 'input.holidays.0.date', /Saturday: weekends are off already/],
    ['a worked weekday', { ...ok, workingWeekendDays: ['2027-09-27'] }, 'input.workingWeekendDays.0', /is a weekday/],
    ['a date twice', { ...ok, holidays: [{ date: '2027-10-01' }, { date: '2027-10-01' }] }, 'input.holidays.1.date', /listed twice/],
    ['a malformed date', { ...ok, workingWeekendDays: ['2027-02-30'] }, 'input.workingWeekendDays.0', /not a date/],
    ['a year out of range', { ...ok, year: 1999 }, 'input.year', /between 2000 and 2100/],
  ])('refuses %s', (_what, input, field, message) => {
    const [first] = calendarInputProblems(input);
    expect(first.field).toBe(field);
    expect(first.message).toMatch(message);
  });
});
