import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob } from '@zhirong/jobs';
import { DataSource } from 'typeorm';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { EventNotices } from '../event-notices';
import { EventService } from '../event.service';
import { MeetingSchedulingService } from '../meeting-scheduling.service';
import { RegistrationService } from '../registration.service';

@Injectable()
export class EventsJobs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduling: MeetingSchedulingService,
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly notices: EventNotices,
  ) {}

  @OnJob({ name: JobName.EVENTS_SCHEDULE_MEETINGS })
  async schedule(data: JobPayloads[JobName.EVENTS_SCHEDULE_MEETINGS]): Promise<void> {
    await this.scheduling.run(data.scheduleId);
  }

  @OnJob({ name: JobName.DEADLINES_EVENT_REGISTRATION })
  async deadline(data: JobPayloads[JobName.DEADLINES_EVENT_REGISTRATION]): Promise<void> {
    await this.events.closeAtDeadline(data.eventId, data.deadline);
  }

  /**
   * A reminder is sent only for the meeting as it was when the reminder was armed: moved
   * (another start or sequence), declined, cancelled, or its event cancelled, it is stale and does
   * nothing. The notice's key makes a retried job one notice.
   */
  @OnJob({ name: JobName.NOTIFICATIONS_MEETING_REMINDER })
  async remind(data: JobPayloads[JobName.NOTIFICATIONS_MEETING_REMINDER]): Promise<{ sent: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const [facts] = await this.registrations.meetingFacts(manager, [data.meetingId]);
      if (!facts) return { sent: false };
      const live = ['PROPOSED', 'ACCEPTED'].includes(facts.meeting.status);
      if (!live || facts.meeting.startsAt.toISOString() !== data.startsAt || facts.meeting.sequence !== data.sequence) return { sent: false };
      const event = await manager.findOneOrFail(MatchmakingEvent, { where: { id: facts.meeting.eventId } });
      if (event.status !== 'SCHEDULED' || !event.schedulePublishedAt) return { sent: false };
      await this.notices.reminder(manager, event, facts, data.lead);
      return { sent: true };
    });
  }
}
