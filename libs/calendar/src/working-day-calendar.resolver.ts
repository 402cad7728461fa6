import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Role, Roles } from '@zhirong/core';
import { WorkingDayCalendarObject } from './dto/calendar.objects';
import { LoadWorkingDayCalendarInput } from './dto/calendar.inputs';
import { WorkingDayCalendar } from './working-day-calendar.service';

@Resolver(() => WorkingDayCalendarObject)
export class WorkingDayCalendarResolver {
  constructor(private readonly calendar: WorkingDayCalendar) {}

  @Query(() => WorkingDayCalendarObject, {
    description: '工作日历 — one year of the Chinese working-day calendar the platform holds (public reference data: every signed-in user); loaded=false when the year has no data',
  })
  async workingDayCalendar(@Args('year', { type: () => Int, description: '年度' }) year: number): Promise<WorkingDayCalendarObject> {
    return WorkingDayCalendarObject.from(await this.calendar.year(year));
  }

  @Roles(Role.PLATFORM_ADMIN)
  @Mutation(() => WorkingDayCalendarObject, {
    description: '导入年度工作日历 — the platform administrator loads a year’s official holidays and swapped working weekend days (调休), replacing that year’s data; audited',
  })
  async loadWorkingDayCalendar(@CurrentActor() actor: Actor, @Args('input', { description: '年度安排' }) input: LoadWorkingDayCalendarInput): Promise<WorkingDayCalendarObject> {
    return WorkingDayCalendarObject.from(await this.calendar.load(actor, input));
  }
}
