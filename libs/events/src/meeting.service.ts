import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, badInput, clock, ConnectionShape, notFound, paginate } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { EventSurveyInput, MeetingOutcomeInput, MyMeetingsArgs } from './dto/event.inputs';
import { MeetingRow } from './dto/meeting.objects';
import { EventStatus, MeetingIntent, MeetingResponse, MeetingStatus, RegistrationStatus } from './entities/event.enums';
import { EventRegistration, MatchmakingEvent } from './entities/matchmaking-event.entity';
import { EventSurveyResponse, Meeting } from './entities/meeting.entity';
import { EventNotices } from './event-notices';
import { EventsError, EventsErrorCode } from './events.errors';
import { RegistrationService } from './registration.service';

/** The names a meeting shows: both sides as registered, the event, the product. */
const NAMED = `select m.*, f.display_name as "firmName", b.display_name as "bankName", ev.title as "eventTitle", p.name as "productName"
  from meeting m join event_registration f on f.id = m.firm_registration_id join event_registration b on b.id = m.bank_registration_id
  join matchmaking_event ev on ev.id = m.event_id left join loan_product p on p.id = m.product_id`;

/** A side's answer to its meetings, outcomes afterwards, and the satisfaction survey. */
@Injectable()
export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notices: EventNotices,
    private readonly registrations: RegistrationService,
  ) {}

  /** Meetings by id with their names, only those the actor may see (one query, for the loaders). */
  async named(actor: Actor, ids: readonly string[]): Promise<MeetingRow[]> {
    const ok = await this.access.allowed(actor, Permission.MEETING_READ, ids);
    if (!ok.size) return [];
    const rows = (await this.dataSource.query(`${NAMED} where m.id = any($1::uuid[]) order by m.starts_at, m.table_index`, [[...ok]])) as Record<string, unknown>[];
    return rows.map(toRow);
  }

  async one(actor: Actor, id: string): Promise<MeetingRow> {
    const [row] = await this.named(actor, [id]);
    if (!row) throw notFound('Meeting', id);
    return row;
  }

  /** An organisation's meetings across events, once their schedules are published. */
  async mine(actor: Actor, args: MyMeetingsArgs): Promise<ConnectionShape<MeetingRow>> {
    const qb = this.dataSource.getRepository(Meeting).createQueryBuilder('m').where('(m.firm_organization_id = :org OR m.bank_organization_id = :org)', { org: actor.organizationId });
    qb.andWhere(`EXISTS (SELECT 1 FROM matchmaking_event e WHERE e.id = m.event_id AND e.schedule_published_at IS NOT NULL)`);
    this.access.scope(qb, actor, Permission.MEETING_READ, 'm.id');
    if (args.eventId) qb.andWhere('m.event_id = :eventId', { eventId: args.eventId });
    if (args.upcoming) qb.andWhere('m.ends_at > :now', { now: clock.now() });
    const page = await paginate(qb, args, { column: 'm.starts_at', direction: 'ASC', key: (m) => m.startsAt });
    return this.withNames(actor, page);
  }

  /** An event's meetings the actor may see: all for its managers, a side's own otherwise. */
  async ofEvent(actor: Actor, eventId: string, activeOnly: boolean): Promise<MeetingRow[]> {
    const qb = this.dataSource.getRepository(Meeting).createQueryBuilder('m').select('m.id', 'id').where('m.event_id = :eventId', { eventId });
    this.access.scope(qb, actor, Permission.MEETING_READ, 'm.id');
    if (activeOnly) qb.andWhere(`m.status IN ('PROPOSED', 'ACCEPTED', 'HELD', 'NO_SHOW')`);
    const ids = ((await qb.getRawMany()) as { id: string }[]).map((r) => r.id);
    if (!ids.length) return [];
    const rows = (await this.dataSource.query(`${NAMED} where m.id = any($1::uuid[]) order by m.slot_index, m.table_index`, [ids])) as Record<string, unknown>[];
    return rows.map(toRow);
  }

  async respond(actor: Actor, meetingId: string, accept: boolean, reason?: string | null): Promise<MeetingRow> {
    if (reason && reason.length > 500) throw badInput('reason', 'At most 500 characters');
    await this.dataSource.transaction(async (manager) => {
      const visible = await this.access.allowed(actor, Permission.MEETING_READ, [meetingId], manager);
      if (!visible.has(meetingId)) throw notFound('Meeting', meetingId);
      const meeting = await manager.findOneOrFail(Meeting, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      const side = meeting.firmOrganizationId === actor.organizationId ? 'firmResponse' : meeting.bankOrganizationId === actor.organizationId ? 'bankResponse' : null;
      if (!side) throw new EventsError(EventsErrorCode.NOT_A_SIDE, 'Only the meeting’s firm or bank answers for itself');
      const event = await manager.findOneOrFail(MatchmakingEvent, { where: { id: meeting.eventId } });
      if (event.status !== EventStatus.SCHEDULED || !event.schedulePublishedAt) throw new EventsError(EventsErrorCode.EVENT_STATUS, `Meetings are answered while the event is scheduled; it is ${event.status}`);
      const answer = accept ? MeetingResponse.ACCEPTED : MeetingResponse.DECLINED;
      if (meeting[side] === answer && [MeetingStatus.PROPOSED, MeetingStatus.ACCEPTED, MeetingStatus.DECLINED].includes(meeting.status)) return; // the same answer again
      if (![MeetingStatus.PROPOSED, MeetingStatus.ACCEPTED].includes(meeting.status)) throw new EventsError(EventsErrorCode.MEETING_CLOSED, `The meeting is ${meeting.status}`);
      meeting[side] = answer;
      if (!accept) {
        meeting.status = MeetingStatus.DECLINED;
        meeting.declineReason = reason?.trim() || null;
        meeting.sequence += 1;
      } else if (meeting.firmResponse === MeetingResponse.ACCEPTED && meeting.bankResponse === MeetingResponse.ACCEPTED) {
        meeting.status = MeetingStatus.ACCEPTED;
      }
      await manager.save(meeting);
      if (!accept) {
        // A declined pair is no longer pinned: a re-run leaves it out (meeting-scheduling.service.ts).
        await manager.query(`delete from event_pair_rule where event_id = $1 and firm_registration_id = $2 and bank_registration_id = $3 and kind = 'PINNED'`, [
          meeting.eventId,
          meeting.firmRegistrationId,
          meeting.bankRegistrationId,
        ]);
        await this.notices.disarmReminders(manager, [meeting.id]);
        await this.registrations.endGrant(manager, meeting);
        const [facts] = await this.registrations.meetingFacts(manager, [meeting.id]);
        await this.notices.meetingChanged(manager, event, facts, 'CANCELLED', meeting.declineReason ?? undefined);
      }
      await this.audit.record(manager, { action: 'respondToMeeting', entityType: 'Meeting', entityId: meeting.id, after: { [side]: answer, status: meeting.status, reason: meeting.declineReason } });
    });
    return this.one(actor, meetingId);
  }

  async recordOutcome(actor: Actor, input: MeetingOutcomeInput): Promise<MeetingRow> {
    const intent = input.held ? (input.intent ?? MeetingIntent.NONE) : null;
    if (!input.held && (input.intent || input.offeredAmount)) throw badInput('input.intent', 'A no-show has no intent or offer');
    if (intent === MeetingIntent.CREDIT_LINE_OFFERED && !(input.offeredAmount && BigInt(input.offeredAmount.amountFen) > 0n)) {
      throw badInput('input.offeredAmount.amountFen', 'Give the amount of the credit line offered');
    }
    if (intent !== MeetingIntent.CREDIT_LINE_OFFERED && input.offeredAmount) throw badInput('input.offeredAmount', 'An amount goes with CREDIT_LINE_OFFERED only');
    await this.dataSource.transaction(async (manager) => {
      const visible = await this.access.allowed(actor, Permission.MEETING_READ, [input.meetingId], manager);
      if (!visible.has(input.meetingId)) throw notFound('Meeting', input.meetingId);
      const meeting = await manager.findOneOrFail(Meeting, { where: { id: input.meetingId }, lock: { mode: 'pessimistic_write' } });
      const isSide = [meeting.firmOrganizationId, meeting.bankOrganizationId].includes(actor.organizationId);
      if (!isSide) await this.access.require(actor, Permission.EVENT_MANAGE, meeting.eventId, manager);
      const event = await manager.findOneOrFail(MatchmakingEvent, { where: { id: meeting.eventId } });
      if (![EventStatus.SCHEDULED, EventStatus.HELD].includes(event.status)) throw new EventsError(EventsErrorCode.EVENT_STATUS, `Outcomes are recorded at a scheduled or held event; it is ${event.status}`);
      if (meeting.startsAt > clock.now()) throw new EventsError(EventsErrorCode.NOT_HELD, 'The meeting has not started yet');
      if ([MeetingStatus.DECLINED, MeetingStatus.CANCELLED].includes(meeting.status)) throw new EventsError(EventsErrorCode.MEETING_CLOSED, `The meeting was ${meeting.status}`);
      const before = { status: meeting.status, intent: meeting.intent, offeredAmountFen: meeting.offeredAmountFen };
      Object.assign(meeting, {
        status: input.held ? MeetingStatus.HELD : MeetingStatus.NO_SHOW,
        intent,
        offeredAmountFen: intent === MeetingIntent.CREDIT_LINE_OFFERED ? input.offeredAmount!.amountFen : null,
        outcomeNote: input.note?.trim() || null,
        outcomeRecordedAt: clock.now(),
        outcomeRecordedByUserId: actor.userId,
      });
      await manager.save(meeting);
      await this.audit.record(manager, { action: 'recordMeetingOutcome', entityType: 'Meeting', entityId: meeting.id, before, after: { status: meeting.status, intent, offeredAmountFen: meeting.offeredAmountFen } });
    });
    return this.one(actor, input.meetingId);
  }

  /** One answer per organisation; answering again replaces it until the report is final. */
  async submitSurvey(actor: Actor, input: EventSurveyInput): Promise<EventSurveyResponse> {
    return this.dataSource.transaction(async (manager) => {
      const visible = await this.access.allowed(actor, Permission.EVENT_READ, [input.eventId], manager);
      if (!visible.has(input.eventId)) throw notFound('MatchmakingEvent', input.eventId);
      const event = await manager.findOneOrFail(MatchmakingEvent, { where: { id: input.eventId } });
      if (event.status !== EventStatus.HELD) throw new EventsError(EventsErrorCode.NOT_HELD, event.status === EventStatus.REPORTED ? 'The report is final' : 'The survey opens when the event is held');
      const registration = await manager.findOne(EventRegistration, { where: { eventId: event.id, organizationId: actor.organizationId, status: RegistrationStatus.REGISTERED } });
      if (!registration) throw new EventsError(EventsErrorCode.NOT_A_PARTICIPANT, 'Only registered participants answer the survey');
      await manager.query(
        `insert into event_survey_response (event_id, organization_id, user_id, rating, comment) values ($1, $2, $3, $4, $5)
         on conflict (event_id, organization_id) do update set rating = excluded.rating, comment = excluded.comment, user_id = excluded.user_id, updated_at = now()`,
        [event.id, actor.organizationId, actor.userId, input.rating, input.comment?.trim() ?? ''],
      );
      const saved = await manager.findOneOrFail(EventSurveyResponse, { where: { eventId: event.id, organizationId: actor.organizationId } });
      await this.audit.record(manager, { action: 'submitEventSurvey', entityType: 'EventSurveyResponse', entityId: saved.id, after: { rating: saved.rating } });
      return saved;
    });
  }

  async ownSurvey(actor: Actor, eventId: string): Promise<EventSurveyResponse | null> {
    return this.dataSource.manager.findOne(EventSurveyResponse, { where: { eventId, organizationId: actor.organizationId } });
  }

  private async withNames(actor: Actor, page: ConnectionShape<Meeting>): Promise<ConnectionShape<MeetingRow>> {
    const named = new Map((await this.named(actor, page.edges.map((e) => e.node.id))).map((m) => [m.id, m]));
    return { ...page, edges: page.edges.filter((e) => named.has(e.node.id)).map((e) => ({ cursor: e.cursor, node: named.get(e.node.id)! })) };
  }
}

function toRow(r: Record<string, unknown>): MeetingRow {
  const camel = Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
  return { ...(camel as unknown as MeetingRow), offeredAmountFen: r.offered_amount_fen === null ? null : String(r.offered_amount_fen) };
}
