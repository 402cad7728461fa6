import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarDay, CalendarYear } from './entities/calendar.entity';
import { WorkingDayCalendarResolver } from './working-day-calendar.resolver';
import { WorkingDayCalendar } from './working-day-calendar.service';

export const CALENDAR_ENTITIES = [CalendarYear, CalendarDay];

/** The working-day calendar without its API, for the worker and for domains that count working days. */
@Module({
  imports: [TypeOrmModule.forFeature(CALENDAR_ENTITIES)],
  providers: [WorkingDayCalendar],
  exports: [WorkingDayCalendar],
})
export class CalendarCoreModule {}

@Module({
  imports: [CalendarCoreModule],
  providers: [WorkingDayCalendarResolver],
  exports: [CalendarCoreModule],
})
export class CalendarModule {}
