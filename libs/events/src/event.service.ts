import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AccessService, Permission } from '@zhirong/access';
import { Access, Actor, AuditService, badInput, clock, ConnectionShape, notFound, paginate, Role } from '@zhirong/core';
import { JobName, JobOutbox } from '@zhirong/jobs';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { CreateMatchmakingEventInput, MatchmakingEventsArgs, UpdateMatchmakingEventInput } from './dto/event.inputs';
import { EventPlaces } from './dto/event.objects';
import { EventStatus, InvitationSource, ParticipantRole, RegistrationStatus } from './entities/event.enums';
import { EventSlot, MatchmakingEvent } from './entities/matchmaking-event.entity';
import { EventNotices } from './event-notices';
import { checkEventPlan, orderedSlots } from './event.rules';
import { EventsError, EventsErrorCode } from './events.errors';
import { RegistrationService } from './registration.service';

/** Statuses in which an event still changes (and can be cancelled). */
const OPEN_STATUSES = [EventStatus.DRAFT, EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED, EventStatus.SCHEDULED];

/**
 * An event's life from draft to report: plan, publish (invitations), close registration,
 * hold, report, or cancel. Registration, scheduling and meetings have their own services.
 */
@Injectable()
export class EventService {
  constructor(
    @InjectRepository(MatchmakingEvent) private readonly events: Repository<MatchmakingEvent>,
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notices: EventNotices,
    private readonly outbox: JobOutbox,
    private readonly registrations: RegistrationService,
  ) {}

  /** The event the actor may see, or NOT_FOUND (an event one may not see does not exist for one). */
  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<MatchmakingEvent> {
    const ok = await this.access.allowed(actor, Permission.EVENT_READ, [id], manager);
    const event = ok.has(id) ? await manager.findOne(MatchmakingEvent, { where: { id } }) : null;
    if (!event) throw notFound('MatchmakingEvent', id);
    return event;
  }

  /** Locks the event for a change by one of its managers. */
  async lockForManager(manager: EntityManager, actor: Actor, id: string): Promise<MatchmakingEvent> {
    await this.get(actor, id, manager);
    await this.access.require(actor, Permission.EVENT_MANAGE, id, manager);
    return manager.findOneOrFail(MatchmakingEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async list(actor: Actor, args: MatchmakingEventsArgs): Promise<ConnectionShape<MatchmakingEvent>> {
    const qb = this.events.createQueryBuilder('ev');
    this.access.scope(qb, actor, Permission.EVENT_READ, 'ev.id');
    const f = args.filter ?? {};
    if (f.statuses?.length) qb.andWhere('ev.status IN (:...statuses)', { statuses: f.statuses });
    if (f.type) qb.andWhere('ev.type = :type', { type: f.type });
    if (f.upcoming) qb.andWhere('ev.ends_at > :now', { now: clock.now() });
    if (f.mine) {
      qb.andWhere(
        `(ev.organizer_organization_id = :org OR EXISTS (SELECT 1 FROM event_registration r WHERE r.event_id = ev.id AND r.organization_id = :org AND r.status <> 'CANCELLED'))`,
        { org: actor.organizationId },
      );
    }
    return paginate(qb, args, { column: 'ev.starts_at', direction: f.upcoming ? 'ASC' : 'DESC', key: (e) => e.startsAt });
  }

  async create(actor: Actor, input: CreateMatchmakingEventInput): Promise<MatchmakingEvent> {
    Access.requireRole(actor, Role.GOV_OFFICER, Role.PARK_OFFICER);
    checkEventPlan(input);
    return this.dataSource.transaction(async (manager) => {
      await this.checkInvitees(manager, input);
      const [org] = (await manager.query('select o.region_id, r.path from organization o join region r on r.id = o.region_id where o.id = $1', [actor.organizationId])) as {
        region_id: string;
        path: string;
      }[];
      if (!org) throw notFound('Organization', actor.organizationId);
      const event = await manager.save(
        manager.create(MatchmakingEvent, {
          organizerOrganizationId: actor.organizationId,
          regionId: org.region_id,
          regionPath: org.path,
          type: input.type,
          title: input.title.trim(),
          description: input.description ?? '',
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          venue: input.venue ?? null,
          onlineUrl: input.onlineUrl ?? null,
          firmCapacity: input.firmCapacity,
          bankCapacity: input.bankCapacity,
          maxRepresentatives: input.maxRepresentatives ?? 3,
          registrationDeadline: input.registrationDeadline,
          tableCount: input.tableCount,
          visibility: input.visibility,
          invitedRegionIds: unique(input.invitedRegionIds),
          invitedParkIds: unique(input.invitedParkIds),
          invitedBatchIds: unique(input.invitedBatchIds),
          invitedOrganizationIds: unique(input.invitedOrganizationIds),
          createdByUserId: actor.userId,
        }),
      );
      await this.saveSlots(manager, event.id, input.slots);
      await this.audit.record(manager, { action: 'createMatchmakingEvent', entityType: 'MatchmakingEvent', entityId: event.id, after: { ...input, slots: input.slots.length } });
      return event;
    });
  }

  async update(actor: Actor, input: UpdateMatchmakingEventInput): Promise<MatchmakingEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockForManager(manager, actor, input.eventId);
      if (event.version !== input.version) throw new EventsError(EventsErrorCode.STALE_VERSION, `The event changed since you read it (version ${event.version}, you sent ${input.version})`, { field: 'input.version' });
      if (!OPEN_STATUSES.includes(event.status)) throw new EventsError(EventsErrorCode.EVENT_STATUS, `A ${event.status} event no longer changes`);
      const slots = input.slots ?? (await this.slots(manager, event.id));
      const next = { ...event };
      for (const key of ['type', 'title', 'description', 'startsAt', 'endsAt', 'venue', 'onlineUrl', 'firmCapacity', 'bankCapacity', 'maxRepresentatives', 'registrationDeadline', 'tableCount', 'visibility'] as const) {
        if (input[key] !== undefined) (next as Record<string, unknown>)[key] = input[key];
      }
      for (const key of ['invitedRegionIds', 'invitedParkIds', 'invitedBatchIds', 'invitedOrganizationIds'] as const) {
        if (input[key] !== undefined) next[key] = unique(input[key]);
      }
      checkEventPlan({ ...next, slots });
      await this.checkInvitees(manager, input);
      const hasMeetings = Number(((await manager.query('select count(*)::int as n from meeting where event_id = $1', [event.id])) as { n: number }[])[0].n) > 0;
      if (hasMeetings && (input.slots || (input.tableCount !== undefined && input.tableCount !== event.tableCount))) {
        throw new EventsError(EventsErrorCode.SCHEDULE_EXISTS, 'Slots and tables are fixed once meetings are scheduled', { field: input.slots ? 'input.slots' : 'input.tableCount' });
      }
      const places = await this.places(manager, event.id);
      if (next.firmCapacity < places.firmsRegistered) {
        throw new EventsError(EventsErrorCode.CAPACITY_BELOW_REGISTRATIONS, `${places.firmsRegistered} firms are registered: capacity cannot be ${next.firmCapacity}`, { field: 'input.firmCapacity' });
      }
      if (next.bankCapacity < places.banksRegistered) {
        throw new EventsError(EventsErrorCode.CAPACITY_BELOW_REGISTRATIONS, `${places.banksRegistered} banks are registered: capacity cannot be ${next.bankCapacity}`, { field: 'input.bankCapacity' });
      }
      const tooMany = (await manager.query(`select count(*)::int as n from event_registration where event_id = $1 and role = 'BANK' and status <> 'CANCELLED' and representatives > $2`, [event.id, next.maxRepresentatives])) as { n: number }[];
      if (tooMany[0].n > 0) throw new EventsError(EventsErrorCode.TOO_MANY_REPRESENTATIVES, 'A registered bank brings more representatives than that', { field: 'input.maxRepresentatives' });
      next.version = event.version + 1;
      const saved = await manager.save(MatchmakingEvent, next);
      if (input.slots) {
        await manager.delete(EventSlot, { eventId: event.id });
        await this.saveSlots(manager, event.id, input.slots);
      }
      await this.registrations.fillFromWaitlist(manager, saved);
      if (event.status !== EventStatus.DRAFT) {
        if (saved.registrationDeadline.getTime() !== event.registrationDeadline.getTime()) await this.armDeadline(manager, saved);
        await this.invite(manager, saved);
        const timeOrPlace = ['startsAt', 'endsAt', 'venue', 'onlineUrl'].some((k) => String((saved as never)[k]) !== String((event as never)[k]));
        if (timeOrPlace) await this.notices.eventChanged(manager, saved, await this.registrations.liveOrganizations(manager, event.id), false);
      }
      await this.audit.record(manager, { action: 'updateMatchmakingEvent', entityType: 'MatchmakingEvent', entityId: event.id, before: event, after: saved });
      return saved;
    });
  }

  async publish(actor: Actor, eventId: string): Promise<MatchmakingEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockForManager(manager, actor, eventId);
      if (event.status !== EventStatus.DRAFT) throw new EventsError(EventsErrorCode.EVENT_STATUS, `Only a draft is published; this event is ${event.status}`);
      if (event.registrationDeadline <= clock.now()) throw badInput('eventId', 'The registration deadline has passed: move it before publishing');
      event.status = EventStatus.PUBLISHED;
      event.publishedAt = clock.now();
      event.version += 1;
      await manager.save(event);
      const invited = await this.invite(manager, event);
      await this.armDeadline(manager, event);
      await this.audit.record(manager, { action: 'publishMatchmakingEvent', entityType: 'MatchmakingEvent', entityId: event.id, after: { status: event.status, invited } });
      return event;
    });
  }

  async closeRegistration(actor: Actor, eventId: string): Promise<MatchmakingEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockForManager(manager, actor, eventId);
      if (event.status !== EventStatus.PUBLISHED) throw new EventsError(EventsErrorCode.EVENT_STATUS, `Registration is open only while an event is PUBLISHED; it is ${event.status}`);
      return this.close(manager, event);
    });
  }

  /** The deadline job: closes registration if the deadline it was armed for still holds and has passed. */
  async closeAtDeadline(eventId: string, deadline: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.findOne(MatchmakingEvent, { where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
      if (!event || event.status !== EventStatus.PUBLISHED || event.registrationDeadline.toISOString() !== deadline || event.registrationDeadline > clock.now()) return false;
      await this.close(manager, event, null);
      return true;
    });
  }

  private async close(manager: EntityManager, event: MatchmakingEvent, actor?: Actor | null): Promise<MatchmakingEvent> {
    event.status = EventStatus.REGISTRATION_CLOSED;
    event.registrationClosedAt = clock.now();
    event.version += 1;
    await manager.save(event);
    await this.audit.record(manager, { action: 'closeEventRegistration', entityType: 'MatchmakingEvent', entityId: event.id, after: { status: event.status }, ...(actor === null ? { actor: null } : {}) });
    return event;
  }

  async cancel(actor: Actor, eventId: string, reason: string): Promise<MatchmakingEvent> {
    const why = reason.trim();
    if (!why || why.length > 500) throw badInput('reason', 'Give the reason participants will read (1–500 characters)');
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockForManager(manager, actor, eventId);
      if (!OPEN_STATUSES.includes(event.status)) throw new EventsError(EventsErrorCode.EVENT_STATUS, `A ${event.status} event cannot be cancelled`);
      const wasPublished = event.status !== EventStatus.DRAFT;
      const organizations = await this.registrations.liveOrganizations(manager, event.id);
      event.status = EventStatus.CANCELLED;
      event.cancelledAt = clock.now();
      event.cancelReason = why;
      event.version += 1;
      await manager.save(event);
      const meetings = (await manager.query(
        `update meeting set status = 'CANCELLED', sequence = sequence + 1 where event_id = $1 and status in ('PROPOSED', 'ACCEPTED') returning id`,
        [event.id],
      )) as [{ id: string }[], number];
      await this.notices.disarmReminders(manager, meetings[0].map((m) => m.id));
      await manager.query(`delete from job_outbox where name = $1 and sent_at is null and payload->>'eventId' = $2`, [JobName.DEADLINES_EVENT_REGISTRATION, event.id]);
      if (wasPublished) await this.notices.eventChanged(manager, event, organizations, true, why);
      await this.audit.record(manager, { action: 'cancelMatchmakingEvent', entityType: 'MatchmakingEvent', entityId: event.id, after: { reason: why, meetingsCancelled: meetings[0].length } });
      return event;
    });
  }

  /** The event took place: outcomes can be recorded and the participants are sent the survey. */
  async markHeld(actor: Actor, eventId: string): Promise<MatchmakingEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockForManager(manager, actor, eventId);
      if (![EventStatus.REGISTRATION_CLOSED, EventStatus.SCHEDULED].includes(event.status)) {
        throw new EventsError(EventsErrorCode.EVENT_STATUS, `Only a closed or scheduled event is marked held; this one is ${event.status}`);
      }
      if (event.startsAt > clock.now()) throw new EventsError(EventsErrorCode.EVENT_STATUS, 'The event has not started yet');
      event.status = EventStatus.HELD;
      event.heldAt = clock.now();
      event.version += 1;
      await manager.save(event);
      await this.notices.survey(manager, event, await this.registrations.liveOrganizations(manager, event.id, [RegistrationStatus.REGISTERED]));
      await this.audit.record(manager, { action: 'markEventHeld', entityType: 'MatchmakingEvent', entityId: event.id, after: { status: event.status } });
      return event;
    });
  }

  /** The report is final: outcomes and survey answers no longer change. */
  async finalizeReport(actor: Actor, eventId: string): Promise<MatchmakingEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockForManager(manager, actor, eventId);
      if (event.status !== EventStatus.HELD) throw new EventsError(EventsErrorCode.NOT_HELD, `Only a held event is reported; this one is ${event.status}`);
      event.status = EventStatus.REPORTED;
      event.reportedAt = clock.now();
      event.version += 1;
      await manager.save(event);
      await this.audit.record(manager, { action: 'finalizeEventReport', entityType: 'MatchmakingEvent', entityId: event.id, after: { status: event.status } });
      return event;
    });
  }

  async slots(manager: EntityManager, eventId: string): Promise<EventSlot[]> {
    return manager.find(EventSlot, { where: { eventId }, order: { index: 'ASC' } });
  }

  async places(manager: EntityManager, eventId: string): Promise<EventPlaces> {
    const rows = (await manager.query(
      `select role, status, count(*)::int as n from event_registration where event_id = $1 and status <> 'CANCELLED' group by role, status`,
      [eventId],
    )) as { role: ParticipantRole; status: RegistrationStatus; n: number }[];
    const n = (role: ParticipantRole, status: RegistrationStatus) => rows.find((r) => r.role === role && r.status === status)?.n ?? 0;
    return {
      firmsRegistered: n(ParticipantRole.FIRM, RegistrationStatus.REGISTERED),
      firmsWaitlisted: n(ParticipantRole.FIRM, RegistrationStatus.WAITLISTED),
      banksRegistered: n(ParticipantRole.BANK, RegistrationStatus.REGISTERED),
      banksWaitlisted: n(ParticipantRole.BANK, RegistrationStatus.WAITLISTED),
    };
  }

  async invitations(eventId: string): Promise<{ organizationId: string; organizationName: string; source: InvitationSource }[]> {
    const rows = (await this.dataSource.query(
      `select i.organization_id, o.name, i.source from event_invitation i join organization o on o.id = i.organization_id where i.event_id = $1 order by o.name`,
      [eventId],
    )) as { organization_id: string; name: string; source: InvitationSource }[];
    return rows.map((r) => ({ organizationId: r.organization_id, organizationName: r.name, source: r.source }));
  }

  private async saveSlots(manager: EntityManager, eventId: string, slots: readonly { startsAt: Date; endsAt: Date }[]): Promise<void> {
    if (!slots.length) return;
    await manager.insert(
      EventSlot,
      orderedSlots(slots).map((s, index) => ({ eventId, index, startsAt: s.startsAt, endsAt: s.endsAt })),
    );
  }

  /** Invitees must exist: regions and parks in the region tree, published batches, firms or banks. */
  private async checkInvitees(manager: EntityManager, input: Partial<CreateMatchmakingEventInput>): Promise<void> {
    const checks: [keyof CreateMatchmakingEventInput, string][] = [
      ['invitedRegionIds', `select id from region where id = any($1::uuid[])`],
      ['invitedParkIds', `select id from region where id = any($1::uuid[]) and level = 'PARK'`],
      ['invitedBatchIds', `select id from whitelist_batch where id = any($1::uuid[]) and status in ('PUBLISHED', 'SUPERSEDED')`],
      ['invitedOrganizationIds', `select id from organization where id = any($1::uuid[]) and type in ('ENTERPRISE', 'BANK')`],
    ];
    for (const [key, sql] of checks) {
      const ids = unique(input[key] as string[] | undefined);
      if (!ids.length) continue;
      const found = new Set(((await manager.query(sql, [ids])) as { id: string }[]).map((r) => r.id));
      const index = (input[key] as string[]).findIndex((id) => !found.has(id));
      if (index >= 0) throw badInput(`input.${key}.${index}`, `No such ${key.replace('invited', '').replace('Ids', '').toLowerCase()} to invite`);
    }
  }

  /** Resolves the event's invitation rules to organisations; the newly invited hear of it. */
  private async invite(manager: EntityManager, event: MatchmakingEvent): Promise<number> {
    const rows = (await manager.query(
      `with region_roots as (select path from region where id = any($2::uuid[])),
       candidates as (
         select e.organization_id as id, 'REGION'::text as source from enterprise e
           where exists (select 1 from region_roots rr where e.region_path = rr.path or e.region_path like rr.path || '/%')
         union all
         select o.id, 'REGION' from organization o join region r on r.id = o.region_id
           where o.type = 'BANK' and exists (select 1 from region_roots rr where rr.path = r.path or rr.path like r.path || '/%' or r.path like rr.path || '/%')
         union all
         select e.organization_id, 'PARK' from enterprise e where e.park_id = any($3::uuid[])
         union all
         select e.organization_id, 'WHITELIST_BATCH' from whitelist_entry we join enterprise e on e.id = we.enterprise_id where we.batch_id = any($4::uuid[]) and we.included
         union all
         select unnest($5::uuid[]), 'HAND_PICKED'
       ),
       -- Firms without an organisation of their own (no accounts) cannot be invited.
       picked as (select distinct on (id) id, source from candidates where id is not null order by id, source)
       insert into event_invitation (event_id, organization_id, source)
       select $1, id, source::event_invitation_source from picked
       on conflict (event_id, organization_id) do nothing
       returning organization_id`,
      [event.id, event.invitedRegionIds, event.invitedParkIds, event.invitedBatchIds, event.invitedOrganizationIds],
    )) as { organization_id: string }[];
    await this.notices.invited(manager, event, rows.map((r) => r.organization_id));
    return rows.length;
  }

  private async armDeadline(manager: EntityManager, event: MatchmakingEvent): Promise<void> {
    await manager.query(`delete from job_outbox where name = $1 and sent_at is null and payload->>'eventId' = $2`, [JobName.DEADLINES_EVENT_REGISTRATION, event.id]);
    await this.outbox.add(manager, JobName.DEADLINES_EVENT_REGISTRATION, {
      data: { eventId: event.id, deadline: event.registrationDeadline.toISOString() },
      runAt: event.registrationDeadline,
    });
  }
}

function unique(ids: readonly string[] | undefined): string[] {
  return [...new Set(ids ?? [])];
}
