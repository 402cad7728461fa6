import { addDays, DomainError, todayInShanghai } from '@zhirong/core';
import { CalendarDayKind } from './entities/calendar.enums';
import { CalendarError, CalendarErrorCode } from './calendar.errors';

/** The exceptions of one year the platform holds: weekdays off and weekend days worked. */
export interface YearArrangement {
  year: number;
  holidays: ReadonlySet<string>;
  workingWeekendDays: ReadonlySet<string>;
}

/** Years by number; a year that is not in the map has no data. */
export type Arrangements = ReadonlyMap<number, YearArrangement>;

export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** 0 = Sunday … 6 = Saturday, for a `YYYY-MM-DD` calendar day. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

export const isWeekend = (day: string): boolean => {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

export function yearMissing(year: number): DomainError<CalendarErrorCode> {
  return new CalendarError(
    CalendarErrorCode.CALENDAR_YEAR_MISSING,
    `The working-day calendar has no data for ${year}: a platform administrator loads that year's official holiday arrangement (节假日安排) first`,
    { details: { year } },
  );
}

/** Whether the Asia/Shanghai calendar day is a working day; a year without data throws CALENDAR_YEAR_MISSING. */
export function isWorkingDayIn(arrangements: Arrangements, day: string): boolean {
  const a = arrangements.get(yearOf(day));
  if (!a) throw yearMissing(yearOf(day));
  return isWeekend(day) ? a.workingWeekendDays.has(day) : !a.holidays.has(day);
}

/**
 * The n-th working day after `day` (n ≥ 1). The day itself never counts, working or not:
 * counting starts with the first working day after it — so a submission on a Saturday, a
 * holiday or a Friday all have the following Monday (when it works) as their first day.
 */
export function addWorkingDaysIn(arrangements: Arrangements, day: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`addWorkingDays needs a whole number of days ≥ 1, not ${n}`);
  let current = day;
  let counted = 0;
  while (counted < n) {
    current = addDays(current, 1);
    if (isWorkingDayIn(arrangements, current)) counted++;
  }
  return current;
}

/** Working days d with from < d ≤ to (0 when to ≤ from): `addWorkingDays(from, n)` gives back n. */
export function workingDaysBetweenIn(arrangements: Arrangements, from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDayIn(arrangements, d)) count++;
  return count;
}

/** Working days of a whole year with data. */
export function workingDaysInYear(a: YearArrangement): number {
  const arrangements = new Map([[a.year, a]]);
  return workingDaysBetweenIn(arrangements, `${a.year - 1}-12-31`, `${a.year}-12-31`);
}

/** The end of an Asia/Shanghai calendar day (23:59:59.999 +08:00; China has no summer time). */
export function endOfShanghaiDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+08:00`);
}

/** The Asia/Shanghai calendar day of an instant. */
export const shanghaiDayOf = (at: Date): string => todayInShanghai(at);

export interface CalendarDayInput {
  date: string;
  name?: string | null;
}

export interface CalendarYearInput {
  year: number;
  holidays: readonly CalendarDayInput[];
  workingWeekendDays: readonly string[];
}

export interface CalendarInputProblem {
  field: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/**
 * What is wrong with a year's arrangement, first problem first (empty when none). Holidays are
 * the weekdays off only: a Saturday or Sunday inside a holiday is off anyway, so listing it is
 * refused rather than silently dropped (a weekend day in the list usually means a typo).
 * Swapped working days are Saturdays and Sundays only. Every date lies in the year, once.
 */
export function calendarInputProblems(input: CalendarYearInput): CalendarInputProblem[] {
  const problems: CalendarInputProblem[] = [];
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
    return [{ field: 'input.year', message: 'must be a year between 2000 and 2100' }];
  }
  const seen = new Map<string, string>();
  const check = (field: string, date: string, kind: CalendarDayKind) => {
    if (!isRealDate(date)) return problems.push({ field, message: `${date} is not a date written YYYY-MM-DD` });
    if (yearOf(date) !== input.year) return problems.push({ field, message: `${date} is not in ${input.year}` });
    if (seen.has(date)) return problems.push({ field, message: `${date} is listed twice (also at ${seen.get(date)})` });
    seen.set(date, field);
    if (kind === CalendarDayKind.HOLIDAY && isWeekend(date)) {
      return problems.push({ field, message: `${date} is a ${weekdayOf(date) === 6 ? 'Saturday' : 'Sunday'}: weekends are off already; list only the weekdays off` });
    }
    if (kind === CalendarDayKind.WORKDAY && !isWeekend(date)) {
      return problems.push({ field, message: `${date} is a weekday: a swapped working day (调休) is a Saturday or Sunday` });
    }
    return 0;
  };
  input.holidays.forEach((h, i) => {
    check(`input.holidays.${i}.date`, h.date, CalendarDayKind.HOLIDAY);
    if (h.name != null && (h.name.trim() === '' || h.name.length > 60)) problems.push({ field: `input.holidays.${i}.name`, message: 'must be 1–60 characters when given' });
  });
  input.workingWeekendDays.forEach((d, i) => check(`input.workingWeekendDays.${i}`, d, CalendarDayKind.WORKDAY));
  return problems;
}
