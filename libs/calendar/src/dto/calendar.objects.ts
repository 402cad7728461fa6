import { Field, Int, ObjectType } from '@nestjs/graphql';
import { workingDaysInYear } from '../calendar.rules';
import { CalendarDay } from '../entities/calendar.entity';
import { CalendarDayKind, CalendarSource } from '../entities/calendar.enums';
import { arrangementOf, CalendarYearView } from '../working-day-calendar.service';

@ObjectType('CalendarDay', { description: '日历例外 — a weekday off or a weekend day worked' })
export class CalendarDayObject {
  @Field({ description: '日期 — YYYY-MM-DD (Asia/Shanghai)' })
  date!: string;

  @Field(() => CalendarDayKind, { description: '种类 — HOLIDAY (a weekday off) or WORKDAY (a swapped working weekend day, 调休)' })
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: '节日 — the holiday (国庆节); for a working weekend day the holiday it makes up for' })
  name!: string | null;

  static from(d: CalendarDay): CalendarDayObject {
    return { date: d.date, kind: d.kind, name: d.name };
  }
}

@ObjectType('WorkingDayCalendar', { description: '工作日历 — one year of the working-day calendar as the platform holds it' })
export class WorkingDayCalendarObject {
  @Field(() => Int, { description: '年份' })
  year!: number;

  @Field({ description: '已载入 — whether the platform holds this year; a due date in a year without data is refused' })
  loaded!: boolean;

  @Field(() => CalendarSource, { nullable: true, description: '来源 — null when the year is not loaded' })
  source!: CalendarSource | null;

  @Field(() => String, { nullable: true, description: '说明 — e.g. the notice the arrangement comes from' })
  note!: string | null;

  @Field(() => Date, { nullable: true, description: '载入时间' })
  loadedAt!: Date | null;

  @Field(() => [CalendarDayObject], { description: '节假日 — the weekdays off, in date order' })
  holidays!: CalendarDayObject[];

  @Field(() => [CalendarDayObject], { description: '调休上班日 — the Saturdays and Sundays worked, in date order' })
  workingWeekendDays!: CalendarDayObject[];

  @Field(() => Int, { nullable: true, description: '工作日数 — working days of the year; null when it is not loaded' })
  workingDayCount!: number | null;

  static from(view: CalendarYearView): WorkingDayCalendarObject {
    const arrangement = arrangementOf(view);
    return {
      year: view.year,
      loaded: view.row !== null,
      source: view.row?.source ?? null,
      note: view.row?.note ?? null,
      loadedAt: view.row?.loadedAt ?? null,
      holidays: view.days.filter((d) => d.kind === CalendarDayKind.HOLIDAY).map(CalendarDayObject.from),
      workingWeekendDays: view.days.filter((d) => d.kind === CalendarDayKind.WORKDAY).map(CalendarDayObject.from),
      workingDayCount: arrangement ? workingDaysInYear(arrangement) : null,
    };
  }
}
