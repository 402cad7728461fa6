import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchingModule } from '@zhirong/matching';
import { NotificationsModule } from '@zhirong/notifications';
import { EventInvitation, EventRegistration, EventSlot, MatchmakingEvent } from './entities/matchmaking-event.entity';
import { EventPairRule, EventSurveyResponse, Meeting, MeetingSchedule } from './entities/meeting.entity';
import { EventNotices } from './event-notices';
import { EventReportService } from './event-report.service';
import { EventResolver } from './event.resolver';
import { EventService } from './event.service';
import { EventsJobs } from './jobs/events.jobs';
import { MeetingSchedulingService } from './meeting-scheduling.service';
import { MeetingResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';
import { RegistrationService } from './registration.service';

export const EVENT_ENTITIES = [MatchmakingEvent, EventSlot, EventInvitation, EventRegistration, MeetingSchedule, Meeting, EventPairRule, EventSurveyResponse];

const SERVICES = [EventService, RegistrationService, MeetingService, MeetingSchedulingService, EventReportService, EventNotices];

@Module({
  imports: [TypeOrmModule.forFeature(EVENT_ENTITIES), NotificationsModule, MatchingModule],
  providers: [...SERVICES, EventResolver, MeetingResolver],
  exports: SERVICES,
})
export class EventsModule {}

/** The worker's side: scheduling runs, reminders and registration deadlines. */
@Module({
  imports: [TypeOrmModule.forFeature(EVENT_ENTITIES), NotificationsModule, MatchingModule],
  providers: [...SERVICES, EventsJobs],
})
export class EventsJobsModule {}
