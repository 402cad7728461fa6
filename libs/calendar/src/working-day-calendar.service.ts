import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, clock, forbidden, isPlatformAdmin } from '@zhirong/core';
import { Between, DataSource, EntityManager } from 'typeorm';
import {
  addWorkingDaysIn,
  Arrangements,
  calendarInputProblems,
  CalendarYearInput,
  endOfShanghaiDay,
  isWorkingDayIn,
  shanghaiDayOf,
  workingDaysBetweenIn,
  YearArrangement,
  yearOf,
} from './calendar.rules';
import { CalendarDay, CalendarYear } from './entities/calendar.entity';
import { CalendarDayKind, CalendarSource } from './entities/calendar.enums';

/** A day given as an instant (its Asia/Shanghai day) or as `YYYY-MM-DD`. */
export type DayLike = Date | string;

const dayOf = (d: DayLike): string => (typeof d === 'string' ? d : shanghaiDayOf(d));

/** A year as the platform holds it, for the calendar page and the API. */
export interface CalendarYearView {
  year: number;
  row: CalendarYear | null;
  days: CalendarDay[];
}

export interface LoadCalendarYearInput extends CalendarYearInput {
  note?: string | null;
}

/**
 * 工作日历: the Chinese working-day calendar as data the platform holds (calendar_year,
 * calendar_day). Days are Asia/Shanghai calendar days; a day is a working day when it is
 * Monday–Friday and not a HOLIDAY, or a Saturday/Sunday marked WORKDAY (调休). A day in a year
 * without data is refused (CALENDAR_YEAR_MISSING) — `chinese-days` would call 2027 a year
 * without holidays; this calendar does not guess.
 *
 * Reads go to the database each time (a few dozen rows): the API and the worker are separate
 * processes, and an administrator's load must count in both at once.
 */
@Injectable()
export class WorkingDayCalendar {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async isWorkingDay(date: DayLike, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const day = dayOf(date);
    return isWorkingDayIn(await this.arrangements(manager, yearOf(day), yearOf(day)), day);
  }

  /**
   * 时限: the end (23:59:59.999 Asia/Shanghai) of the n-th working day after the day of `from`.
   * The day of submission never counts; a submission on a non-working day starts counting with
   * the next working day. Throws CALENDAR_YEAR_MISSING when the count runs into a year without data.
   */
  async addWorkingDays(from: Date, n: number, manager: EntityManager = this.dataSource.manager): Promise<Date> {
    return endOfShanghaiDay(await this.addWorkingDaysToDay(shanghaiDayOf(from), n, manager));
  }

  /** The n-th working day after a calendar day (`YYYY-MM-DD`), as a calendar day. */
  async addWorkingDaysToDay(day: string, n: number, manager: EntityManager = this.dataSource.manager): Promise<string> {
    // Loads the years the count can reach (≥ 200 working days a year is a safe floor); a year
    // beyond them that the count still reaches reads as missing only if it is missing.
    const first = yearOf(day);
    const last = first + 1 + Math.ceil(n / 200);
    return addWorkingDaysIn(await this.arrangements(manager, first, last), day, n);
  }

  /** Working days d with from < d ≤ to (Asia/Shanghai days): addWorkingDays(from, n) gives back n. */
  async workingDaysBetween(from: DayLike, to: DayLike, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const a = dayOf(from);
    const b = dayOf(to);
    if (b <= a) return 0;
    return workingDaysBetweenIn(await this.arrangements(manager, yearOf(a), yearOf(b)), a, b);
  }

  /** One year as held (the row is null when the year has no data). Any signed-in user reads it. */
  async year(year: number, manager: EntityManager = this.dataSource.manager): Promise<CalendarYearView> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', 'must be a year between 2000 and 2100');
    const [row, days] = await Promise.all([manager.findOne(CalendarYear, { where: { year } }), manager.find(CalendarDay, { where: { year }, order: { date: 'ASC' } })]);
    return { year, row, days };
  }

  /**
   * 导入年度工作日历: replaces a year's arrangement with the official one (the platform
   * administrator). Due times computed before keep their value; new ones use the new data.
   */
  async load(actor: Actor, input: LoadCalendarYearInput): Promise<CalendarYearView> {
    if (!isPlatformAdmin(actor)) throw forbidden('The platform administrator loads the working-day calendar');
    const problems = calendarInputProblems(input);
    if (problems.length) throw badInput(problems[0].field, problems[0].message, { problems });
    if (input.note != null && input.note.length > 500) throw badInput('input.note', 'must be at most 500 characters');
    return this.dataSource.transaction(async (manager) => {
      const before = await this.year(input.year, manager);
      await manager.delete(CalendarDay, { year: input.year });
      await manager.upsert(CalendarYear, { year: input.year, source: CalendarSource.ADMIN, note: input.note?.trim() || null, loadedBy: actor.userId, loadedAt: clock.now() }, [
        'year',
      ]);
      const days: Partial<CalendarDay>[] = [
        ...input.holidays.map((h) => ({ date: h.date, year: input.year, kind: CalendarDayKind.HOLIDAY, name: h.name?.trim() || null })),
        ...input.workingWeekendDays.map((date) => ({ date, year: input.year, kind: CalendarDayKind.WORKDAY, name: null })),
      ];
      if (days.length) await manager.insert(CalendarDay, days);
      await this.audit.record(manager, {
        action: 'loadWorkingDayCalendar',
        entityType: 'CalendarYear',
        entityId: String(input.year),
        before: before.row
          ? { source: before.row.source, holidays: datesOf(before.days, CalendarDayKind.HOLIDAY), workingWeekendDays: datesOf(before.days, CalendarDayKind.WORKDAY) }
          : null,
        after: { source: CalendarSource.ADMIN, note: input.note ?? null, holidays: input.holidays.map((h) => h.date), workingWeekendDays: input.workingWeekendDays },
      });
      return this.year(input.year, manager);
    });
  }

  /** The held years from firstYear to lastYear, for counting many days with the pure rules; a year without data is absent. */
  async arrangements(manager: EntityManager, firstYear: number, lastYear: number): Promise<Arrangements> {
    const [years, days] = await Promise.all([
      manager.find(CalendarYear, { where: { year: Between(firstYear, lastYear) }, select: { year: true } }),
      manager.find(CalendarDay, { where: { year: Between(firstYear, lastYear) } }),
    ]);
    const map = new Map<number, YearArrangement>();
    for (const y of years) map.set(y.year, { year: y.year, holidays: new Set(), workingWeekendDays: new Set() });
    for (const d of days) {
      const a = map.get(d.year)!;
      (d.kind === CalendarDayKind.HOLIDAY ? (a.holidays as Set<string>) : (a.workingWeekendDays as Set<string>)).add(d.date);
    }
    return map;
  }
}

function datesOf(days: readonly CalendarDay[], kind: CalendarDayKind): string[] {
  return days.filter((d) => d.kind === kind).map((d) => d.date);
}

/** The arrangement of a held year, for counting its working days. */
export function arrangementOf(view: CalendarYearView): YearArrangement | null {
  if (!view.row) return null;
  return {
    year: view.year,
    holidays: new Set(datesOf(view.days, CalendarDayKind.HOLIDAY)),
    workingWeekendDays: new Set(datesOf(view.days, CalendarDayKind.WORKDAY)),
  };
}
