import { Injectable } from '@nestjs/common';
import { clock } from '@zhirong/core';
import { JobName, JobOutbox, OutboxJob } from '@zhirong/jobs';
import { CalendarEntry, NotificationKind, NotificationService } from '@zhirong/notifications';
import { EntityManager } from 'typeorm';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';
import { Meeting } from './entities/meeting.entity';

/** How long before a meeting its reminders go out. */
export const REMINDER_LEADS = { '24h': 24 * 3600_000, '1h': 3600_000 } as const;
export type ReminderLead = keyof typeof REMINDER_LEADS;

const shanghai = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const shanghaiEn = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const when = (d: Date) => ({ zh: shanghai.format(d), en: `${shanghaiEn.format(d)} (Beijing time)` });

/** A meeting with what its notices name. */
export interface MeetingNoticeFacts {
  meeting: Pick<Meeting, 'id' | 'eventId' | 'startsAt' | 'endsAt' | 'tableIndex' | 'sequence' | 'firmOrganizationId' | 'bankOrganizationId'>;
  firmName: string;
  bankName: string;
}

/** The outbox rows of meetings' reminders that are still ahead of `now`: one per lead, under a stable job id. */
export function reminderJobs(meetings: readonly Pick<Meeting, 'id' | 'startsAt' | 'sequence'>[], now: Date): OutboxJob<JobName.NOTIFICATIONS_MEETING_REMINDER>[] {
  return meetings.flatMap((m) =>
    (Object.keys(REMINDER_LEADS) as ReminderLead[])
      .map((lead) => ({ lead, runAt: new Date(m.startsAt.getTime() - REMINDER_LEADS[lead]) }))
      .filter(({ runAt }) => runAt > now)
      .map(({ lead, runAt }) => ({
        data: { meetingId: m.id, lead, startsAt: m.startsAt.toISOString(), sequence: m.sequence },
        runAt,
        jobId: `meeting-reminder-${m.id}-${lead}-${m.sequence}`,
      })),
  );
}

type EventFacts = Pick<MatchmakingEvent, 'id' | 'title' | 'startsAt' | 'endsAt' | 'venue' | 'onlineUrl' | 'registrationDeadline'>;

/**
 * Every notice of the events domain: what it says in both languages, to whom, under which
 * idempotency key, with which calendar entries; and the meeting reminders, held as
 * delayed rows of the job outbox so moving or cancelling a meeting removes them in the
 * same transaction. All of it is written in the caller's transaction.
 */
@Injectable()
export class EventNotices {
  constructor(
    private readonly notifications: NotificationService,
    private readonly outbox: JobOutbox,
  ) {}

  private place(event: EventFacts): string {
    return [event.venue, event.onlineUrl].filter(Boolean).join(' · ');
  }

  async invited(manager: EntityManager, event: EventFacts, organizationIds: readonly string[]): Promise<void> {
    if (!organizationIds.length) return;
    const w = when(event.startsAt);
    const deadline = when(event.registrationDeadline);
    await this.notifications.send(manager, {
      kind: NotificationKind.EVENT_INVITATION,
      recipients: { organizationIds },
      key: `event-${event.id}-invitation`,
      title: { zh: `邀请：${event.title}`, en: `Invitation: ${event.title}` },
      body: {
        zh: `诚邀贵单位参加「${event.title}」，时间 ${w.zh}，地点 ${this.place(event)}。报名截止 ${deadline.zh}。`,
        en: `You are invited to “${event.title}” on ${w.en} at ${this.place(event)}. Registration closes ${deadline.en}.`,
      },
      link: `/events/${event.id}`,
      subject: { type: 'MatchmakingEvent', id: event.id },
    });
  }

  async registration(manager: EntityManager, event: EventFacts, registrationId: string, organizationId: string, outcome: 'REGISTERED' | 'WAITLISTED' | 'PROMOTED' | 'CANCELLED'): Promise<void> {
    const texts = {
      REGISTERED: { kind: NotificationKind.EVENT_REGISTRATION_CONFIRMED, zh: ['报名成功', '您已成功报名'], en: ['Registration confirmed', 'You are registered for'] },
      WAITLISTED: { kind: NotificationKind.EVENT_WAITLISTED, zh: ['已进入候补', '名额已满，您已进入候补名单：'], en: ['On the waitlist', 'The event is full; you are on the waitlist of'] },
      PROMOTED: { kind: NotificationKind.EVENT_WAITLIST_PROMOTED, zh: ['候补转正', '有名额释放，您已由候补转为正式报名：'], en: ['Promoted from the waitlist', 'A place freed up: you are now registered for'] },
      CANCELLED: { kind: NotificationKind.EVENT_REGISTRATION_CANCELLED, zh: ['报名已取消', '您的报名已取消：'], en: ['Registration cancelled', 'Your registration was cancelled for'] },
    }[outcome];
    const w = when(event.startsAt);
    await this.notifications.send(manager, {
      kind: texts.kind,
      recipients: { organizationIds: [organizationId] },
      key: `registration-${registrationId}-${outcome}`,
      title: { zh: `${texts.zh[0]}：${event.title}`, en: `${texts.en[0]}: ${event.title}` },
      body: { zh: `${texts.zh[1]}「${event.title}」（${w.zh}）。`, en: `${texts.en[1]} “${event.title}” (${w.en}).` },
      link: `/events/${event.id}`,
      subject: { type: 'EventRegistration', id: registrationId },
    });
  }

  /** The schedule as one notice per organisation, with a calendar entry per meeting. */
  async schedule(manager: EntityManager, event: EventFacts, meetings: readonly MeetingNoticeFacts[], runId?: string): Promise<void> {
    const byOrg = new Map<string, { counterpart: string; facts: MeetingNoticeFacts }[]>();
    for (const facts of meetings) {
      const add = (org: string, counterpart: string) => byOrg.set(org, [...(byOrg.get(org) ?? []), { counterpart, facts }]);
      add(facts.meeting.firmOrganizationId, facts.bankName);
      add(facts.meeting.bankOrganizationId, facts.firmName);
    }
    for (const [org, list] of byOrg) {
      const lines = list
        .sort((a, b) => a.facts.meeting.startsAt.getTime() - b.facts.meeting.startsAt.getTime())
        .map(({ counterpart, facts }) => ({ zh: `${when(facts.meeting.startsAt).zh} 第${facts.meeting.tableIndex + 1}桌 ${counterpart}`, en: `${when(facts.meeting.startsAt).en}, table ${facts.meeting.tableIndex + 1}: ${counterpart}` }));
      await this.notifications.send(manager, {
        kind: NotificationKind.EVENT_SCHEDULE,
        recipients: { organizationIds: [org] },
        // Meetings added by a later run are a notice of their own.
        key: runId ? `event-${event.id}-schedule-${runId}` : `event-${event.id}-schedule`,
        title: { zh: `洽谈安排：${event.title}`, en: `Your meetings: ${event.title}` },
        body: { zh: `您在「${event.title}」的一对一洽谈：\n${lines.map((l) => l.zh).join('\n')}`, en: `Your 1:1 meetings at “${event.title}”:\n${lines.map((l) => l.en).join('\n')}` },
        link: `/events/${event.id}/meetings`,
        subject: { type: 'MatchmakingEvent', id: event.id },
        calendar: list.map(({ counterpart, facts }) => this.calendarEntry(event, facts, counterpart, 'REQUEST')),
      });
    }
  }

  /** A meeting moved or was cancelled after the schedule went out: both sides hear, with the updated calendar entry. */
  async meetingChanged(manager: EntityManager, event: EventFacts, facts: MeetingNoticeFacts, change: 'MOVED' | 'CANCELLED', reason?: string): Promise<void> {
    const moved = change === 'MOVED';
    const w = when(facts.meeting.startsAt);
    for (const [org, counterpart] of [
      [facts.meeting.firmOrganizationId, facts.bankName],
      [facts.meeting.bankOrganizationId, facts.firmName],
    ] as const) {
      await this.notifications.send(manager, {
        kind: moved ? NotificationKind.MEETING_CHANGED : NotificationKind.MEETING_CANCELLED,
        recipients: { organizationIds: [org] },
        key: `meeting-${facts.meeting.id}-${change}-${facts.meeting.sequence}`,
        title: moved ? { zh: `洽谈时间调整：${counterpart}`, en: `Meeting moved: ${counterpart}` } : { zh: `洽谈取消：${counterpart}`, en: `Meeting cancelled: ${counterpart}` },
        body: moved
          ? { zh: `「${event.title}」中与${counterpart}的洽谈调整为 ${w.zh}，第${facts.meeting.tableIndex + 1}桌。`, en: `Your meeting with ${counterpart} at “${event.title}” moved to ${w.en}, table ${facts.meeting.tableIndex + 1}.` }
          : { zh: `「${event.title}」中与${counterpart}的洽谈已取消${reason ? `：${reason}` : '。'}`, en: `Your meeting with ${counterpart} at “${event.title}” is cancelled${reason ? `: ${reason}` : '.'}` },
        link: `/events/${event.id}/meetings`,
        subject: { type: 'Meeting', id: facts.meeting.id },
        calendar: [this.calendarEntry(event, facts, counterpart, moved ? 'REQUEST' : 'CANCEL')],
      });
    }
  }

  async reminder(manager: EntityManager, event: EventFacts, facts: MeetingNoticeFacts, lead: ReminderLead): Promise<void> {
    const w = when(facts.meeting.startsAt);
    const ahead = lead === '24h' ? { zh: '明天', en: 'tomorrow' } : { zh: '一小时后', en: 'in one hour' };
    for (const [org, counterpart] of [
      [facts.meeting.firmOrganizationId, facts.bankName],
      [facts.meeting.bankOrganizationId, facts.firmName],
    ] as const) {
      await this.notifications.send(manager, {
        kind: NotificationKind.MEETING_REMINDER,
        recipients: { organizationIds: [org] },
        // The start time is in the key: a reminder of the old time never stands in for the new one.
        key: `meeting-${facts.meeting.id}-reminder-${lead}-${facts.meeting.startsAt.toISOString()}`,
        title: { zh: `洽谈提醒（${ahead.zh}）：${counterpart}`, en: `Reminder (${ahead.en}): meeting with ${counterpart}` },
        body: {
          zh: `${ahead.zh}（${w.zh}）您将在「${event.title}」第${facts.meeting.tableIndex + 1}桌与${counterpart}洽谈。地点：${this.place(event)}。`,
          en: `${ahead.en[0].toUpperCase()}${ahead.en.slice(1)} (${w.en}) you meet ${counterpart} at table ${facts.meeting.tableIndex + 1} of “${event.title}”, ${this.place(event)}.`,
        },
        link: `/events/${event.id}/meetings`,
        subject: { type: 'Meeting', id: facts.meeting.id },
        email: true,
      });
    }
  }

  async eventChanged(manager: EntityManager, event: EventFacts & { version: number }, organizationIds: readonly string[], cancelled: boolean, reason?: string | null): Promise<void> {
    if (!organizationIds.length) return;
    const w = when(event.startsAt);
    await this.notifications.send(manager, {
      kind: cancelled ? NotificationKind.EVENT_CANCELLED : NotificationKind.EVENT_CHANGED,
      recipients: { organizationIds },
      key: cancelled ? `event-${event.id}-cancelled` : `event-${event.id}-changed-${event.version}`,
      title: cancelled ? { zh: `活动取消：${event.title}`, en: `Event cancelled: ${event.title}` } : { zh: `活动信息变更：${event.title}`, en: `Event changed: ${event.title}` },
      body: cancelled
        ? { zh: `「${event.title}」已取消${reason ? `，原因：${reason}` : '。'}`, en: `“${event.title}” is cancelled${reason ? `: ${reason}` : '.'}` }
        : { zh: `「${event.title}」信息已更新：时间 ${w.zh}，地点 ${this.place(event)}。`, en: `“${event.title}” changed: ${w.en} at ${this.place(event)}.` },
      link: `/events/${event.id}`,
      subject: { type: 'MatchmakingEvent', id: event.id },
    });
  }

  async survey(manager: EntityManager, event: EventFacts, organizationIds: readonly string[]): Promise<void> {
    if (!organizationIds.length) return;
    await this.notifications.send(manager, {
      kind: NotificationKind.EVENT_SURVEY,
      recipients: { organizationIds },
      key: `event-${event.id}-survey`,
      title: { zh: `满意度调查：${event.title}`, en: `Satisfaction survey: ${event.title}` },
      body: { zh: `感谢参加「${event.title}」，请花一分钟评价本次活动。`, en: `Thank you for attending “${event.title}”. Please rate the event; it takes a minute.` },
      link: `/events/${event.id}/survey`,
      subject: { type: 'MatchmakingEvent', id: event.id },
    });
  }

  /** Arms the 24 h and 1 h reminders of meetings still ahead on the platform clock. */
  async armReminders(manager: EntityManager, meetings: readonly Pick<Meeting, 'id' | 'startsAt' | 'sequence'>[]): Promise<void> {
    await this.outbox.addMany(manager, JobName.NOTIFICATIONS_MEETING_REMINDER, reminderJobs(meetings, clock.now()));
  }

  /**
   * Removes the reminders of meetings that moved or ended. Rows still waiting in the outbox go;
   * one already handed to the worker finds its meeting changed and does nothing (jobs/events.jobs.ts).
   */
  async disarmReminders(manager: EntityManager, meetingIds: readonly string[]): Promise<void> {
    if (!meetingIds.length) return;
    await manager.query(`delete from job_outbox where name = $1 and sent_at is null and payload->>'meetingId' = any($2::text[])`, [JobName.NOTIFICATIONS_MEETING_REMINDER, meetingIds]);
  }

  calendarEntry(event: EventFacts, facts: MeetingNoticeFacts, counterpart: string, method: CalendarEntry['method']): CalendarEntry {
    return {
      uid: `meeting-${facts.meeting.id}@zhirong`,
      sequence: facts.meeting.sequence,
      method,
      start: facts.meeting.startsAt,
      end: facts.meeting.endsAt,
      summary: `${event.title}：与${counterpart}一对一洽谈（第${facts.meeting.tableIndex + 1}桌）`,
      description: `${facts.firmName} × ${facts.bankName}`,
      location: this.place(event),
    };
  }
}
