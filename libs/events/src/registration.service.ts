import { Injectable } from '@nestjs/common';
import { AccessService, BankAccessService, BankAccessRevocationReason, Permission } from '@zhirong/access';
import { Actor, AuditService, badInput, clock, ConnectionShape, notFound, paginate, Role } from '@zhirong/core';
import { BankAccessReason } from '@zhirong/enterprises';
import { DataSource, EntityManager } from 'typeorm';
import { EventRegistrationsArgs, RegisterForEventInput } from './dto/event.inputs';
import { EventStatus, EventVisibility, ParticipantRole, RegistrationStatus } from './entities/event.enums';
import { EventRegistration, MatchmakingEvent } from './entities/matchmaking-event.entity';
import { Meeting } from './entities/meeting.entity';
import { EventNotices } from './event-notices';
import { EventsError, EventsErrorCode } from './events.errors';

/** A bank sees a firm it meets at an event from the schedule's publication until the meeting ends. */
export const EVENT_MEETING_GRANT = BankAccessReason.EVENT_MEETING;

/**
 * Registration with its waitlist. Every change locks the event row first, so concurrent
 * registrations for the last place are decided one after another: exactly one wins it,
 * the rest queue on the waitlist in the order they came.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notices: EventNotices,
    private readonly bankAccess: BankAccessService,
  ) {}

  async register(actor: Actor, input: RegisterForEventInput): Promise<EventRegistration> {
    const role = actor.roles.includes(Role.ENTERPRISE_USER) ? ParticipantRole.FIRM : actor.roles.includes(Role.BANK_OFFICER) ? ParticipantRole.BANK : null;
    if (!role) throw new EventsError(EventsErrorCode.NOT_A_PARTICIPANT, 'Firms and banks register for events; offices and parks organise them');
    if (role === ParticipantRole.FIRM && !input.needId) throw badInput('input.needId', 'A firm registers with one of its open financing needs');
    if (role === ParticipantRole.FIRM && input.productIds) throw badInput('input.productIds', 'Products are what banks bring');
    if (role === ParticipantRole.BANK && !input.productIds?.length) throw badInput('input.productIds', 'A bank registers with the loan products it brings');
    if (role === ParticipantRole.BANK && input.needId) throw badInput('input.needId', 'Needs are what firms bring');
    return this.dataSource.transaction(async (manager) => {
      const ok = await this.access.allowed(actor, Permission.EVENT_READ, [input.eventId], manager);
      if (!ok.has(input.eventId)) throw notFound('MatchmakingEvent', input.eventId);
      const event = await manager.findOneOrFail(MatchmakingEvent, { where: { id: input.eventId }, lock: { mode: 'pessimistic_write' } });
      if (event.status !== EventStatus.PUBLISHED || event.registrationDeadline <= clock.now()) {
        throw new EventsError(EventsErrorCode.REGISTRATION_CLOSED, 'Registration for this event is closed', { field: 'input.eventId', details: { status: event.status, deadline: event.registrationDeadline } });
      }
      if (event.visibility === EventVisibility.INVITE_ONLY) {
        const [invited] = (await manager.query('select 1 from event_invitation where event_id = $1 and organization_id = $2', [event.id, actor.organizationId])) as unknown[];
        if (!invited) throw new EventsError(EventsErrorCode.NOT_INVITED, 'This event takes invited organisations only');
      }
      const details = role === ParticipantRole.FIRM ? await this.firmDetails(manager, actor, input.needId!) : await this.bankDetails(manager, actor, event, input);
      const existing = await manager.findOne(EventRegistration, { where: { eventId: event.id, organizationId: actor.organizationId, status: RegistrationStatus.REGISTERED } })
        ?? (await manager.findOne(EventRegistration, { where: { eventId: event.id, organizationId: actor.organizationId, status: RegistrationStatus.WAITLISTED } }));
      if (existing) {
        // The same request again (a retry, a double click) answers with the registration it made.
        const same = existing.needId === details.needId && sameSet(existing.productIds, details.productIds) && existing.representatives === details.representatives;
        if (same) return existing;
        throw new EventsError(EventsErrorCode.ALREADY_REGISTERED, 'You are registered for this event already; cancel that registration to register otherwise', { field: 'input.eventId', details: { registrationId: existing.id } });
      }
      const [{ n }] = (await manager.query(`select count(*)::int as n from event_registration where event_id = $1 and role = $2 and status = 'REGISTERED'`, [event.id, role])) as { n: number }[];
      const capacity = role === ParticipantRole.FIRM ? event.firmCapacity : event.bankCapacity;
      const registration = await manager.save(
        manager.create(EventRegistration, {
          eventId: event.id,
          organizationId: actor.organizationId,
          role,
          ...details,
          status: n < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED,
          registeredByUserId: actor.userId,
        }),
      );
      await this.audit.record(manager, { action: 'registerForEvent', entityType: 'EventRegistration', entityId: registration.id, after: registration });
      await this.notices.registration(manager, event, registration.id, actor.organizationId, registration.status === RegistrationStatus.REGISTERED ? 'REGISTERED' : 'WAITLISTED');
      return registration;
    });
  }

  async cancel(actor: Actor, registrationId: string): Promise<EventRegistration> {
    return this.dataSource.transaction(async (manager) => {
      const ok = await this.access.allowed(actor, Permission.EVENT_REGISTRATION_READ, [registrationId], manager);
      const found = ok.has(registrationId) ? await manager.findOne(EventRegistration, { where: { id: registrationId } }) : null;
      if (!found) throw notFound('EventRegistration', registrationId);
      if (found.organizationId !== actor.organizationId) await this.access.require(actor, Permission.EVENT_MANAGE, found.eventId, manager);
      const event = await manager.findOneOrFail(MatchmakingEvent, { where: { id: found.eventId }, lock: { mode: 'pessimistic_write' } });
      const registration = await manager.findOneOrFail(EventRegistration, { where: { id: registrationId } });
      // Cancelling twice is one cancellation.
      if (registration.status === RegistrationStatus.CANCELLED) return registration;
      if ([EventStatus.HELD, EventStatus.REPORTED].includes(event.status)) throw new EventsError(EventsErrorCode.EVENT_STATUS, 'The event is over: its registrations are its record');
      const freed = registration.status === RegistrationStatus.REGISTERED;
      registration.status = RegistrationStatus.CANCELLED;
      registration.cancelledAt = clock.now();
      await manager.save(registration);
      await this.endMeetingsOf(manager, event, registration.id, 'The other side cancelled its registration');
      await this.audit.record(manager, { action: 'cancelEventRegistration', entityType: 'EventRegistration', entityId: registration.id, after: { status: registration.status } });
      await this.notices.registration(manager, event, registration.id, registration.organizationId, 'CANCELLED');
      if (freed) await this.fillFromWaitlist(manager, event);
      return registration;
    });
  }

  /** Free places go to the waitlist in order (capacity raised, a registration cancelled); each promoted organisation hears. */
  async fillFromWaitlist(manager: EntityManager, event: MatchmakingEvent): Promise<number> {
    if (![EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED, EventStatus.SCHEDULED].includes(event.status)) return 0;
    const [promoted] = (await manager.query(
      `with taken as (
         select role, count(*) filter (where status = 'REGISTERED')::int as n from event_registration where event_id = $1 group by role
       ),
       queue as (
         select r.id, r.role, row_number() over (partition by r.role order by r.created_at, r.id) as position
         from event_registration r where r.event_id = $1 and r.status = 'WAITLISTED'
       )
       update event_registration r set status = 'REGISTERED', promoted_at = $4, updated_at = now()
       from queue q left join taken t on t.role = q.role
       where r.id = q.id and q.position <= (case q.role when 'FIRM' then $2::int else $3::int end) - coalesce(t.n, 0)
       returning r.id, r.organization_id`,
      [event.id, event.firmCapacity, event.bankCapacity, clock.now()],
    )) as [{ id: string; organization_id: string }[], number];
    for (const r of promoted) {
      await this.audit.record(manager, { action: 'promoteFromWaitlist', entityType: 'EventRegistration', entityId: r.id, after: { status: RegistrationStatus.REGISTERED } });
      await this.notices.registration(manager, event, r.id, r.organization_id, 'PROMOTED');
    }
    return promoted.length;
  }

  /** Ends a registration's open meetings: the other side hears when the schedule was out, and reminders go. */
  private async endMeetingsOf(manager: EntityManager, event: MatchmakingEvent, registrationId: string, reason: string): Promise<void> {
    const ended = (await manager.query(
      `update meeting set status = 'CANCELLED', sequence = sequence + 1, updated_at = now()
        where event_id = $1 and (firm_registration_id = $2 or bank_registration_id = $2) and status in ('PROPOSED', 'ACCEPTED') returning id`,
      [event.id, registrationId],
    )) as [{ id: string }[], number];
    const ids = ended[0].map((m) => m.id);
    if (!ids.length) return;
    await this.notices.disarmReminders(manager, ids);
    const meetings = await this.meetingFacts(manager, ids);
    for (const facts of meetings) {
      await this.endGrant(manager, facts.meeting);
      if (event.schedulePublishedAt) await this.notices.meetingChanged(manager, event, facts, 'CANCELLED', reason);
    }
  }

  /** The bank's sight of the firm that a meeting gave ends with the meeting. */
  async endGrant(manager: EntityManager, meeting: Pick<Meeting, 'id' | 'enterpriseId' | 'bankOrganizationId'>): Promise<void> {
    await this.bankAccess.revoke(manager, {
      enterpriseId: meeting.enterpriseId,
      bankOrganizationId: meeting.bankOrganizationId,
      grantReason: EVENT_MEETING_GRANT,
      sourceId: meeting.id,
      reason: BankAccessRevocationReason.MEETING_ENDED,
      causeId: meeting.id,
    });
  }

  async meetingFacts(manager: EntityManager, meetingIds: readonly string[]) {
    const rows = (await manager.query(
      `select m.*, f.display_name as firm_name, b.display_name as bank_name from meeting m
         join event_registration f on f.id = m.firm_registration_id join event_registration b on b.id = m.bank_registration_id
        where m.id = any($1::uuid[]) order by m.starts_at, m.table_index`,
      [meetingIds],
    )) as Record<string, unknown>[];
    return rows.map((r) => ({
      meeting: {
        id: r.id as string,
        eventId: r.event_id as string,
        startsAt: r.starts_at as Date,
        endsAt: r.ends_at as Date,
        tableIndex: r.table_index as number,
        sequence: r.sequence as number,
        firmOrganizationId: r.firm_organization_id as string,
        bankOrganizationId: r.bank_organization_id as string,
        enterpriseId: r.enterprise_id as string,
        status: r.status as string,
      },
      firmName: r.firm_name as string,
      bankName: r.bank_name as string,
    }));
  }

  /** Organisations with a live registration (for change and cancellation notices). */
  async liveOrganizations(manager: EntityManager, eventId: string, statuses: RegistrationStatus[] = [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED]): Promise<string[]> {
    const rows = (await manager.query('select distinct organization_id from event_registration where event_id = $1 and status = any($2::event_registration_status[])', [eventId, statuses])) as {
      organization_id: string;
    }[];
    return rows.map((r) => r.organization_id);
  }

  async list(actor: Actor, eventId: string, args: EventRegistrationsArgs): Promise<ConnectionShape<EventRegistration>> {
    const qb = this.dataSource.getRepository(EventRegistration).createQueryBuilder('r').where('r.event_id = :eventId', { eventId });
    this.access.scope(qb, actor, Permission.EVENT_REGISTRATION_READ, 'r.id');
    if (args.role) qb.andWhere('r.role = :role', { role: args.role });
    if (args.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: args.statuses });
    return paginate(qb, args, { column: 'r.created_at', direction: 'ASC', key: (r) => r.createdAt });
  }

  async own(actor: Actor, eventId: string): Promise<EventRegistration | null> {
    return this.dataSource.getRepository(EventRegistration).findOne({ where: [
      { eventId, organizationId: actor.organizationId, status: RegistrationStatus.REGISTERED },
      { eventId, organizationId: actor.organizationId, status: RegistrationStatus.WAITLISTED },
    ] });
  }

  /** 1-based places on the waitlist of the given registrations (others are absent). */
  async waitlistPositions(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = (await this.dataSource.query(
      `select id, position from (
         select r.id, row_number() over (partition by r.event_id, r.role order by r.created_at, r.id)::int as position
         from event_registration r
         where r.status = 'WAITLISTED' and r.event_id in (select event_id from event_registration where id = any($1::uuid[]))
       ) q where id = any($1::uuid[])`,
      [ids],
    )) as { id: string; position: number }[];
    return new Map(rows.map((r) => [r.id, r.position]));
  }

  private async firmDetails(manager: EntityManager, actor: Actor, needId: string) {
    const [need] = (await manager.query(
      `select n.id, n.status, n.enterprise_id, e.name from financing_need n join enterprise e on e.id = n.enterprise_id where n.id = $1 and e.organization_id = $2`,
      [needId, actor.organizationId],
    )) as { id: string; status: string; enterprise_id: string; name: string }[];
    if (!need) throw new EventsError(EventsErrorCode.NEED_NOT_OPEN, 'That is not a financing need of your firm', { field: 'input.needId' });
    if (need.status !== 'OPEN') throw new EventsError(EventsErrorCode.NEED_NOT_OPEN, `The need is ${need.status}: register with an open need`, { field: 'input.needId' });
    return { enterpriseId: need.enterprise_id, needId: need.id, displayName: need.name, productIds: [] as string[], representatives: 1 };
  }

  private async bankDetails(manager: EntityManager, actor: Actor, event: MatchmakingEvent, input: RegisterForEventInput) {
    const productIds = [...new Set(input.productIds!)];
    const active = (await manager.query(`select id from loan_product where id = any($1::uuid[]) and bank_organization_id = $2 and status = 'ACTIVE'`, [productIds, actor.organizationId])) as { id: string }[];
    const activeIds = new Set(active.map((p) => p.id));
    const bad = input.productIds!.findIndex((id) => !activeIds.has(id));
    if (bad >= 0) throw new EventsError(EventsErrorCode.PRODUCT_NOT_ACTIVE, 'Bring your own active loan products', { field: `input.productIds.${bad}` });
    const representatives = input.representatives ?? 1;
    if (representatives > event.maxRepresentatives) {
      throw new EventsError(EventsErrorCode.TOO_MANY_REPRESENTATIVES, `This event allows at most ${event.maxRepresentatives} representatives per bank`, { field: 'input.representatives' });
    }
    const [org] = (await manager.query('select name from organization where id = $1', [actor.organizationId])) as { name: string }[];
    return { enterpriseId: null, needId: null, displayName: org.name, productIds: [...productIds].sort(), representatives };
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
}
