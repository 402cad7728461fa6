import { Injectable, Logger } from '@nestjs/common';
import { AccessService, BankAccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, clock, notFound } from '@zhirong/core';
import { scheduleMeetings, SchedulingInputError, SchedulingProblem, SchedulingResult, solveExactly } from './scheduling';
import { JobName, JobOutbox } from '@zhirong/jobs';
import { MatchService } from '@zhirong/matching';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingPairInput, PinMeetingInput, ScheduleMeetingsInput } from './dto/event.inputs';
import { EventStatus, MeetingStatus, PairRuleKind, ParticipantRole, RegistrationStatus, ScheduleRunStatus } from './entities/event.enums';
import { EventRegistration, EventSlot, MatchmakingEvent } from './entities/matchmaking-event.entity';
import { EventPairRule, Meeting, MeetingSchedule } from './entities/meeting.entity';
import { EventNotices } from './event-notices';
import { EventService } from './event.service';
import { EventsError, EventsErrorCode } from './events.errors';
import { EVENT_MEETING_GRANT, RegistrationService } from './registration.service';

/** Events this small are also solved exactly by HiGHS (in a worker thread), and the better schedule is kept. */
const EXACT_MAX_PAIRS = 400;
const EXACT_TIME_LIMIT_SECONDS = 10;
const SCHEDULABLE = [EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED, EventStatus.SCHEDULED];

interface Fixed {
  firmRegistrationId: string;
  bankRegistrationId: string;
  slotIndex: number;
  tableIndex: number;
  field: string;
}

/**
 * The meeting scheduler around the algorithm of ./scheduling: pins and forbidden pairs,
 * a run as a job with progress, writing the schedule as a difference to the last one
 * (meetings that stay keep their id and calendar entry), and publishing it to the sides.
 */
@Injectable()
export class MeetingSchedulingService {
  private readonly logger = new Logger(MeetingSchedulingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly notices: EventNotices,
    private readonly outbox: JobOutbox,
    private readonly bankAccess: BankAccessService,
    private readonly matching: MatchService,
  ) {}

  /** Records the input's rules and queues a run; the job does the work (a large event takes seconds). */
  async request(actor: Actor, eventId: string, input: ScheduleMeetingsInput = {}): Promise<MeetingSchedule> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockForManager(manager, actor, eventId);
      if (!SCHEDULABLE.includes(event.status)) throw new EventsError(EventsErrorCode.EVENT_STATUS, `A ${event.status} event is not scheduled`);
      const running = await manager.findOne(MeetingSchedule, { where: [{ eventId, status: ScheduleRunStatus.QUEUED }, { eventId, status: ScheduleRunStatus.RUNNING }] });
      if (running) throw new EventsError(EventsErrorCode.SCHEDULE_RUNNING, 'A scheduling run of this event is under way', { details: { scheduleId: running.id } });
      const regs = await this.registered(manager, eventId);
      for (const [i, pair] of (input.cleared ?? []).entries()) {
        this.checkPair(regs, pair, `input.cleared.${i}`);
        await manager.delete(EventPairRule, { eventId, firmRegistrationId: pair.firmRegistrationId, bankRegistrationId: pair.bankRegistrationId });
      }
      for (const [i, pair] of (input.forbidden ?? []).entries()) {
        this.checkPair(regs, pair, `input.forbidden.${i}`);
        await this.saveRule(manager, actor, eventId, pair, PairRuleKind.FORBIDDEN, null);
      }
      const slots = await this.events.slots(manager, eventId);
      for (const [i, pin] of (input.pins ?? []).entries()) {
        this.checkPair(regs, pin, `input.pins.${i}`);
        this.checkPlace(event, slots, pin, `input.pins.${i}`);
        await this.saveRule(manager, actor, eventId, pin, PairRuleKind.PINNED, pin);
      }
      await this.checkFixed(manager, event, regs, (input.pins ?? []).map((p, i) => ({ ...p, field: `input.pins.${i}` })));
      if (!slots.length) throw new EventsError(EventsErrorCode.EVENT_STATUS, 'The event has no meeting slots to schedule into');
      const run = await manager.save(manager.create(MeetingSchedule, { eventId, status: ScheduleRunStatus.QUEUED, requestedByUserId: actor.userId }));
      await this.outbox.add(manager, JobName.EVENTS_SCHEDULE_MEETINGS, { data: { scheduleId: run.id }, jobId: `schedule-${run.id}`, options: { attempts: 2 } });
      await this.audit.record(manager, { action: 'scheduleEventMeetings', entityType: 'MeetingSchedule', entityId: run.id, after: { eventId, ...input } });
      return run;
    });
  }

  async getRun(actor: Actor, scheduleId: string): Promise<MeetingSchedule> {
    const run = await this.dataSource.manager.findOne(MeetingSchedule, { where: { id: scheduleId } });
    if (!run || !(await this.access.allowed(actor, Permission.EVENT_MANAGE, [run.eventId])).has(run.eventId)) throw notFound('MeetingSchedule', scheduleId);
    return run;
  }

  async latestRun(eventId: string): Promise<MeetingSchedule | null> {
    return this.dataSource.manager.findOne(MeetingSchedule, { where: { eventId }, order: { createdAt: 'DESC' } });
  }

  async rules(eventId: string): Promise<EventPairRule[]> {
    return this.dataSource.manager.find(EventPairRule, { where: { eventId }, order: { createdAt: 'ASC' } });
  }

  /** The job: load, solve, write. A run already finished (a retried job) does nothing. */
  async run(scheduleId: string): Promise<void> {
    const claimed = (await this.dataSource.query(
      `update meeting_schedule set status = 'RUNNING', progress = 5, started_at = now(), updated_at = now() where id = $1 and status in ('QUEUED', 'RUNNING') returning event_id`,
      [scheduleId],
    )) as [{ event_id: string }[], number];
    const eventId = claimed[0][0]?.event_id;
    if (!eventId) return;
    try {
      // Scores come from the matching engine: bring the registered needs' matches up to date first.
      const needs = (await this.dataSource.query(`select need_id from event_registration where event_id = $1 and role = 'FIRM' and status = 'REGISTERED'`, [eventId])) as { need_id: string }[];
      await this.matching.recomputeNeeds(needs.map((n) => n.need_id));
      await this.progress(scheduleId, 15);
      const loaded = await this.load(this.dataSource.manager, eventId);
      await this.progress(scheduleId, 25);
      let result: SchedulingResult = scheduleMeetings(loaded.problem, { onProgress: () => undefined });
      if (loaded.problem.pairs.length <= EXACT_MAX_PAIRS && result.gap > 0) {
        await this.progress(scheduleId, 50);
        const exact = await solveExactly(loaded.problem, { timeLimitSeconds: EXACT_TIME_LIMIT_SECONDS, atLeastFirmsMet: result.firmsMet }).catch((e: Error) => {
          this.logger.warn(`exact solve of ${eventId} failed, keeping the heuristic schedule: ${e.message}`);
          return null;
        });
        // Better is more firms met, then more quality (the scheduler's lexicographic order).
        if (exact && (exact.firmsMet > result.firmsMet || (exact.firmsMet === result.firmsMet && exact.objective > result.objective))) result = exact;
      }
      await this.progress(scheduleId, 75);
      await this.write(scheduleId, eventId, loaded, result);
    } catch (e) {
      const message = e instanceof SchedulingInputError ? `${e.field}: ${e.message}` : (e as Error).message;
      await this.dataSource.query(`update meeting_schedule set status = 'FAILED', error = $2, finished_at = now(), updated_at = now() where id = $1`, [scheduleId, message.slice(0, 2000)]);
      if (!(e instanceof SchedulingInputError)) throw e;
    }
  }

  /** Sends the schedule to its firms and banks: notices with calendar files, reminders armed, banks see the firms they meet. */
  async publish(actor: Actor, eventId: string): Promise<MatchmakingEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockForManager(manager, actor, eventId);
      if (event.status !== EventStatus.SCHEDULED) throw new EventsError(EventsErrorCode.EVENT_STATUS, `Schedule the meetings first; the event is ${event.status}`);
      if (event.schedulePublishedAt) return event;
      event.schedulePublishedAt = clock.now();
      event.version += 1;
      await manager.save(event);
      const ids = ((await manager.query(`select id from meeting where event_id = $1 and status in ('PROPOSED', 'ACCEPTED')`, [eventId])) as { id: string }[]).map((r) => r.id);
      const facts = await this.registrations.meetingFacts(manager, ids);
      await this.grant(manager, facts.map((f) => f.meeting));
      await this.notices.armReminders(manager, facts.map((f) => f.meeting));
      await this.notices.schedule(manager, event, facts);
      await this.audit.record(manager, { action: 'publishEventSchedule', entityType: 'MatchmakingEvent', entityId: eventId, after: { meetings: ids.length } });
      return event;
    });
  }

  /** Drag on the board: the meeting moves to the slot and table and is pinned there. */
  async pin(actor: Actor, input: PinMeetingInput): Promise<Meeting> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(Meeting, { where: { id: input.meetingId } });
      if (!found) throw notFound('Meeting', input.meetingId);
      const event = await this.events.lockForManager(manager, actor, found.eventId);
      const meeting = await manager.findOneOrFail(Meeting, { where: { id: input.meetingId } });
      if (![MeetingStatus.PROPOSED, MeetingStatus.ACCEPTED].includes(meeting.status)) throw new EventsError(EventsErrorCode.MEETING_CLOSED, `A ${meeting.status} meeting does not move`);
      if (!SCHEDULABLE.includes(event.status)) throw new EventsError(EventsErrorCode.EVENT_STATUS, `A ${event.status} event’s schedule no longer changes`);
      const slots = await this.events.slots(manager, event.id);
      this.checkPlace(event, slots, input, 'input');
      const regs = await this.registered(manager, event.id);
      await this.checkFixed(manager, event, regs, [{ ...input, firmRegistrationId: meeting.firmRegistrationId, bankRegistrationId: meeting.bankRegistrationId, field: 'input' }], meeting.id);
      const moved = meeting.slotIndex !== input.slotIndex || meeting.tableIndex !== input.tableIndex;
      const before = { slotIndex: meeting.slotIndex, tableIndex: meeting.tableIndex };
      const slot = slots[input.slotIndex];
      Object.assign(meeting, { slotIndex: input.slotIndex, tableIndex: input.tableIndex, startsAt: slot.startsAt, endsAt: slot.endsAt, pinned: true });
      if (moved && event.schedulePublishedAt) meeting.sequence += 1;
      await manager.save(meeting);
      await this.saveRule(manager, actor, event.id, meeting, PairRuleKind.PINNED, input);
      if (moved && event.schedulePublishedAt) {
        await this.notices.disarmReminders(manager, [meeting.id]);
        await this.notices.armReminders(manager, [meeting]);
        const [facts] = await this.registrations.meetingFacts(manager, [meeting.id]);
        await this.notices.meetingChanged(manager, event, facts, 'MOVED');
      }
      await this.audit.record(manager, { action: 'pinMeeting', entityType: 'Meeting', entityId: meeting.id, before, after: { slotIndex: input.slotIndex, tableIndex: input.tableIndex, pinned: true } });
      return meeting;
    });
  }

  private async progress(scheduleId: string, progress: number): Promise<void> {
    await this.dataSource.query('update meeting_schedule set progress = $2, updated_at = now() where id = $1', [scheduleId, progress]);
  }

  private async registered(manager: EntityManager, eventId: string): Promise<Map<string, EventRegistration>> {
    const regs = await manager.find(EventRegistration, { where: { eventId, status: RegistrationStatus.REGISTERED }, order: { createdAt: 'ASC', id: 'ASC' } });
    return new Map(regs.map((r) => [r.id, r]));
  }

  private checkPair(regs: Map<string, EventRegistration>, pair: MeetingPairInput, field: string): void {
    if (regs.get(pair.firmRegistrationId)?.role !== ParticipantRole.FIRM) throw new EventsError(EventsErrorCode.BAD_PAIR, 'Not a registered firm of this event', { field: `${field}.firmRegistrationId` });
    if (regs.get(pair.bankRegistrationId)?.role !== ParticipantRole.BANK) throw new EventsError(EventsErrorCode.BAD_PAIR, 'Not a registered bank of this event', { field: `${field}.bankRegistrationId` });
  }

  private checkPlace(event: MatchmakingEvent, slots: readonly EventSlot[], place: { slotIndex: number; tableIndex: number }, field: string): void {
    if (place.slotIndex >= slots.length) throw new EventsError(EventsErrorCode.BAD_PAIR, `The event has ${slots.length} slots (0–${slots.length - 1})`, { field: `${field}.slotIndex` });
    if (place.tableIndex >= event.tableCount) throw new EventsError(EventsErrorCode.BAD_PAIR, `The event has ${event.tableCount} tables (0–${event.tableCount - 1})`, { field: `${field}.tableIndex` });
  }

  /**
   * What a run may not move — pins and accepted meetings — must fit together: a firm in one
   * meeting per slot, a table once per slot, a bank within its representatives, a pair once.
   */
  private async checkFixed(manager: EntityManager, event: MatchmakingEvent, regs: Map<string, EventRegistration>, added: Fixed[], movingMeetingId?: string): Promise<void> {
    const existing = (await manager.query(
      `select firm_registration_id, bank_registration_id, slot_index, table_index, id from meeting
        where event_id = $1 and status in ('PROPOSED', 'ACCEPTED') and (pinned or status = 'ACCEPTED') and ($2::uuid is null or id <> $2)
       union all
       select firm_registration_id, bank_registration_id, slot_index, table_index, null from event_pair_rule
        where event_id = $1 and kind = 'PINNED'
          and not exists (select 1 from meeting m where m.event_id = $1 and m.firm_registration_id = event_pair_rule.firm_registration_id
                            and m.bank_registration_id = event_pair_rule.bank_registration_id and m.status in ('PROPOSED', 'ACCEPTED'))`,
      [event.id, movingMeetingId ?? null],
    )) as { firm_registration_id: string; bank_registration_id: string; slot_index: number; table_index: number }[];
    const addedPairs = new Set(added.map((a) => `${a.firmRegistrationId}|${a.bankRegistrationId}`));
    const all: Fixed[] = [
      ...existing
        .filter((e) => !addedPairs.has(`${e.firm_registration_id}|${e.bank_registration_id}`))
        .map((e) => ({ firmRegistrationId: e.firm_registration_id, bankRegistrationId: e.bank_registration_id, slotIndex: e.slot_index, tableIndex: e.table_index, field: '' })),
      ...added,
    ];
    const firmSlot = new Map<string, Fixed>();
    const table = new Map<string, Fixed>();
    const bankSlot = new Map<string, number>();
    const pairs = new Set<string>();
    for (const f of all) {
      const field = f.field || 'input';
      const pair = `${f.firmRegistrationId}|${f.bankRegistrationId}`;
      if (pairs.has(pair)) throw new EventsError(EventsErrorCode.SCHEDULE_CONFLICT, 'A firm meets a bank once: that pair is pinned twice', { field });
      pairs.add(pair);
      const fs = `${f.firmRegistrationId}|${f.slotIndex}`;
      if (firmSlot.has(fs)) throw new EventsError(EventsErrorCode.SCHEDULE_CONFLICT, `The firm already has a fixed meeting in slot ${f.slotIndex + 1}`, { field: `${field}.slotIndex` });
      firmSlot.set(fs, f);
      const ts = `${f.slotIndex}|${f.tableIndex}`;
      if (table.has(ts)) throw new EventsError(EventsErrorCode.SCHEDULE_CONFLICT, `Table ${f.tableIndex + 1} is taken in slot ${f.slotIndex + 1}`, { field: `${field}.tableIndex` });
      table.set(ts, f);
      const bs = `${f.bankRegistrationId}|${f.slotIndex}`;
      const n = (bankSlot.get(bs) ?? 0) + 1;
      if (n > (regs.get(f.bankRegistrationId)?.representatives ?? 1)) {
        throw new EventsError(EventsErrorCode.SCHEDULE_CONFLICT, `The bank has no free representative in slot ${f.slotIndex + 1}`, { field: `${field}.slotIndex` });
      }
      bankSlot.set(bs, n);
    }
    // A move must not land on a table or firm another (unpinned) meeting of the slot holds.
    if (movingMeetingId) {
      const [f] = added;
      const [clash] = (await manager.query(
        `select id, firm_registration_id = $3 as firm_busy from meeting where event_id = $1 and id <> $2 and status in ('PROPOSED', 'ACCEPTED') and slot_index = $4
           and (table_index = $5 or firm_registration_id = $3) limit 1`,
        [event.id, movingMeetingId, f.firmRegistrationId, f.slotIndex, f.tableIndex],
      )) as { id: string; firm_busy: boolean }[];
      if (clash) {
        throw new EventsError(EventsErrorCode.SCHEDULE_CONFLICT, clash.firm_busy ? 'The firm has another meeting in that slot' : 'That table is taken in that slot', {
          field: clash.firm_busy ? 'input.slotIndex' : 'input.tableIndex',
          details: { meetingId: clash.id },
        });
      }
      const [{ n }] = (await manager.query(
        `select count(*)::int as n from meeting where event_id = $1 and id <> $2 and status in ('PROPOSED', 'ACCEPTED') and slot_index = $3 and bank_registration_id = $4`,
        [event.id, movingMeetingId, f.slotIndex, f.bankRegistrationId],
      )) as { n: number }[];
      if (n >= (regs.get(f.bankRegistrationId)?.representatives ?? 1)) throw new EventsError(EventsErrorCode.SCHEDULE_CONFLICT, 'The bank has no free representative in that slot', { field: 'input.slotIndex' });
    }
  }

  private async saveRule(manager: EntityManager, actor: Actor, eventId: string, pair: MeetingPairInput, kind: PairRuleKind, place: { slotIndex: number; tableIndex: number } | null): Promise<void> {
    await manager.query(
      `insert into event_pair_rule (event_id, firm_registration_id, bank_registration_id, kind, slot_index, table_index, created_by_user_id)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (event_id, firm_registration_id, bank_registration_id) do update set kind = excluded.kind, slot_index = excluded.slot_index, table_index = excluded.table_index, updated_at = now()`,
      [eventId, pair.firmRegistrationId, pair.bankRegistrationId, kind, place?.slotIndex ?? null, place?.tableIndex ?? null, actor.userId],
    );
  }

  private async load(manager: EntityManager, eventId: string) {
    const event = await manager.findOneOrFail(MatchmakingEvent, { where: { id: eventId } });
    const slots = await this.events.slots(manager, eventId);
    const regs = [...(await this.registered(manager, eventId)).values()];
    const firms = regs.filter((r) => r.role === ParticipantRole.FIRM);
    const banks = regs.filter((r) => r.role === ParticipantRole.BANK);
    const firmIndex = new Map(firms.map((r, i) => [r.id, i]));
    const bankIndex = new Map(banks.map((r, i) => [r.id, i]));
    // The matching engine's score of the firm's need with the bank's best brought product.
    const scored = (await manager.query(
      `select distinct on (f.id, b.id) f.id as firm, b.id as bank, m.product_id, m.score
         from event_registration f join event_registration b on b.event_id = f.event_id and b.role = 'BANK' and b.status = 'REGISTERED'
         join match m on m.need_id = f.need_id and m.product_id = any(b.product_ids) and m.eligible
        where f.event_id = $1 and f.role = 'FIRM' and f.status = 'REGISTERED'
        order by f.id, b.id, m.score desc`,
      [eventId],
    )) as { firm: string; bank: string; product_id: string; score: number }[];
    const rules = await manager.find(EventPairRule, { where: { eventId } });
    const declined = (await manager.query(`select firm_registration_id, bank_registration_id from meeting where event_id = $1 and status = 'DECLINED'`, [eventId])) as {
      firm_registration_id: string;
      bank_registration_id: string;
    }[];
    const accepted = await manager.find(Meeting, { where: { eventId, status: MeetingStatus.ACCEPTED } });
    const declinedPairs = new Set(declined.map((d) => `${d.firm_registration_id}|${d.bank_registration_id}`));
    const pinRules = rules.filter((r) => r.kind === PairRuleKind.PINNED && !declinedPairs.has(`${r.firmRegistrationId}|${r.bankRegistrationId}`));
    const fixedPairs = new Set([...pinRules.map((r) => `${r.firmRegistrationId}|${r.bankRegistrationId}`)]);
    const pinned = [
      ...pinRules.map((r) => ({ firm: r.firmRegistrationId, bank: r.bankRegistrationId, slot: r.slotIndex!, table: r.tableIndex! })),
      ...accepted.filter((m) => !fixedPairs.has(`${m.firmRegistrationId}|${m.bankRegistrationId}`)).map((m) => ({ firm: m.firmRegistrationId, bank: m.bankRegistrationId, slot: m.slotIndex, table: m.tableIndex })),
    ].filter((p) => firmIndex.has(p.firm) && bankIndex.has(p.bank));
    const products = new Map(scored.map((s) => [`${s.firm}|${s.bank}`, s.product_id]));
    const scores = new Map(scored.map((s) => [`${s.firm}|${s.bank}`, s.score]));
    // A pin the matching engine does not score (the organiser knows better) still counts as a meeting.
    for (const p of pinned) if (!scores.has(`${p.firm}|${p.bank}`)) scores.set(`${p.firm}|${p.bank}`, 0);
    const problem: SchedulingProblem = {
      firmCount: firms.length,
      bankCount: banks.length,
      representatives: banks.map((b) => b.representatives),
      slotCount: slots.length,
      tableCount: event.tableCount,
      pairs: [...scores].map(([key, score]) => {
        const [f, b] = key.split('|');
        return { firm: firmIndex.get(f)!, bank: bankIndex.get(b)!, score };
      }),
      pinned: pinned.map((p) => ({ firm: firmIndex.get(p.firm)!, bank: bankIndex.get(p.bank)!, slot: p.slot, table: p.table })),
      forbidden: [
        ...rules.filter((r) => r.kind === PairRuleKind.FORBIDDEN).map((r) => ({ f: r.firmRegistrationId, b: r.bankRegistrationId })),
        ...declined.map((d) => ({ f: d.firm_registration_id, b: d.bank_registration_id })),
      ]
        .filter((p) => firmIndex.has(p.f) && bankIndex.has(p.b))
        .map((p) => ({ firm: firmIndex.get(p.f)!, bank: bankIndex.get(p.b)! })),
    };
    return { event, slots, firms, banks, problem, products };
  }

  private async write(scheduleId: string, eventId: string, loaded: Awaited<ReturnType<MeetingSchedulingService['load']>>, result: SchedulingResult): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const event = await manager.findOneOrFail(MatchmakingEvent, { where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
      const current = await manager.find(Meeting, { where: [{ eventId, status: MeetingStatus.PROPOSED }, { eventId, status: MeetingStatus.ACCEPTED }] });
      const byPair = new Map(current.map((m) => [`${m.firmRegistrationId}|${m.bankRegistrationId}`, m]));
      const firmsById = new Map(loaded.firms.map((f) => [f.id, f]));
      const wanted = result.meetings.map((m) => ({ ...m, firm: loaded.firms[m.firm], bank: loaded.banks[m.bank] }));
      const keep = new Set(wanted.map((w) => `${w.firm.id}|${w.bank.id}`));
      const published = Boolean(event.schedulePublishedAt);
      const cancelled = current.filter((m) => !keep.has(`${m.firmRegistrationId}|${m.bankRegistrationId}`));
      if (cancelled.length) {
        await manager.query(`update meeting set status = 'CANCELLED', sequence = sequence + $2, updated_at = now() where id = any($1::uuid[])`, [cancelled.map((m) => m.id), published ? 1 : 0]);
      }
      // Two steps, because meetings may swap places and the database allows no two on one table at any moment.
      const moved = wanted.filter((w) => {
        const m = byPair.get(`${w.firm.id}|${w.bank.id}`);
        return m && (m.slotIndex !== w.slot || m.tableIndex !== w.table);
      });
      for (const [i, w] of moved.entries()) {
        await manager.query('update meeting set slot_index = $2, table_index = $2 where id = $1', [byPair.get(`${w.firm.id}|${w.bank.id}`)!.id, -1 - i]);
      }
      for (const w of moved) {
        const slot = loaded.slots[w.slot];
        await manager.query(
          `update meeting set slot_index = $2, table_index = $3, starts_at = $4, ends_at = $5, schedule_id = $6, sequence = sequence + $7, updated_at = now() where id = $1`,
          [byPair.get(`${w.firm.id}|${w.bank.id}`)!.id, w.slot, w.table, slot.startsAt, slot.endsAt, scheduleId, published ? 1 : 0],
        );
      }
      const fresh = wanted.filter((w) => !byPair.has(`${w.firm.id}|${w.bank.id}`));
      const inserted = fresh.length
        ? ((await manager.query(
            `insert into meeting (event_id, schedule_id, firm_registration_id, bank_registration_id, enterprise_id, firm_organization_id, bank_organization_id, product_id, score, slot_index, table_index, starts_at, ends_at, pinned)
             select $1, $2, f, b, e, fo, bo, p, s, sl, t, st, en, pn
               from unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[], $9::real[], $10::int[], $11::int[], $12::timestamptz[], $13::timestamptz[], $14::boolean[])
                 as x(f, b, e, fo, bo, p, s, sl, t, st, en, pn)
             returning id`,
            [
              eventId,
              scheduleId,
              fresh.map((w) => w.firm.id),
              fresh.map((w) => w.bank.id),
              fresh.map((w) => firmsById.get(w.firm.id)!.enterpriseId),
              fresh.map((w) => w.firm.organizationId),
              fresh.map((w) => w.bank.organizationId),
              fresh.map((w) => loaded.products.get(`${w.firm.id}|${w.bank.id}`) ?? null),
              fresh.map((w) => loaded.problem.pairs.find((p) => loaded.firms[p.firm].id === w.firm.id && loaded.banks[p.bank].id === w.bank.id)?.score ?? 0),
              fresh.map((w) => w.slot),
              fresh.map((w) => w.table),
              fresh.map((w) => loaded.slots[w.slot].startsAt),
              fresh.map((w) => loaded.slots[w.slot].endsAt),
              fresh.map((w) => w.pinned),
            ],
          )) as { id: string }[])
        : [];
      await manager.query(`update meeting set pinned = true where event_id = $1 and status in ('PROPOSED', 'ACCEPTED') and (firm_registration_id, bank_registration_id) in (select firm_registration_id, bank_registration_id from event_pair_rule where event_id = $1 and kind = 'PINNED')`, [eventId]);
      if (event.status !== EventStatus.SCHEDULED) {
        event.status = EventStatus.SCHEDULED;
        event.version += 1;
        await manager.save(event);
      }
      await manager.query(
        `update meeting_schedule set status = 'DONE', progress = 100, objective = $2, quality = $3, upper_bound = $4, gap = $5, firms_met = $6, firms_registered = $7,
           meeting_count = $8, solver = $9, finished_at = now(), updated_at = now() where id = $1`,
        [scheduleId, result.objective, result.quality, result.upperBound, result.gap, result.firmsMet, loaded.firms.length, result.meetings.length, result.solver],
      );
      if (published) {
        // After publication every change reaches the sides; reminders follow the meetings.
        const movedIds = moved.map((w) => byPair.get(`${w.firm.id}|${w.bank.id}`)!.id);
        await this.notices.disarmReminders(manager, [...movedIds, ...cancelled.map((m) => m.id)]);
        for (const facts of await this.registrations.meetingFacts(manager, cancelled.map((m) => m.id))) {
          await this.registrations.endGrant(manager, facts.meeting);
          await this.notices.meetingChanged(manager, event, facts, 'CANCELLED');
        }
        const movedFacts = await this.registrations.meetingFacts(manager, movedIds);
        for (const facts of movedFacts) await this.notices.meetingChanged(manager, event, facts, 'MOVED');
        const freshFacts = await this.registrations.meetingFacts(manager, inserted.map((r) => r.id));
        await this.grant(manager, freshFacts.map((f) => f.meeting));
        await this.notices.armReminders(manager, [...movedFacts, ...freshFacts].map((f) => f.meeting));
        await this.notices.schedule(manager, event, freshFacts, scheduleId);
      }
      await this.audit.record(manager, {
        action: 'writeMeetingSchedule',
        entityType: 'MeetingSchedule',
        entityId: scheduleId,
        actor: null,
        after: { meetings: result.meetings.length, moved: moved.length, added: fresh.length, cancelled: cancelled.length, objective: result.objective, gap: result.gap },
      });
    });
  }

  private async grant(manager: EntityManager, meetings: readonly { id: string; enterpriseId: string; bankOrganizationId: string }[]): Promise<void> {
    for (const m of meetings) await this.bankAccess.grant(manager, { enterpriseId: m.enterpriseId, bankOrganizationId: m.bankOrganizationId, reason: EVENT_MEETING_GRANT, sourceId: m.id });
  }
}
