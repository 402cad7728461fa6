import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { clock } from '@zhirong/core';
import { MatchService } from '@zhirong/matching';
import { MailCatcher, startMailCatcher } from '@zhirong/notifications/testing';
import { firstError, TestApp } from '@zhirong/platform/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { startApi, tokenFor } from '../support/api';

/**
 * Issue 13 over the API with the real worker: an office plans and publishes an event, firms and
 * banks register (the last place raced), the scheduler runs as a job, the schedule goes out with
 * calendar files, reminders follow a moved meeting across a worker restart, a decline frees its
 * slot, and the report counts the outcomes. Time moves on the platform's test clock.
 */
const HOUR = 3600_000;
const EVENT_FIELDS = 'id status version registrationDeadline startsAt places { firmsRegistered banksRegistered banksWaitlisted }';
const CREATE = `mutation($input: CreateMatchmakingEventInput!) { createMatchmakingEvent(input: $input) { ${EVENT_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishMatchmakingEvent(eventId: $id) { ${EVENT_FIELDS} } }`;
const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { id status waitlistPosition } }`;
const CANCEL = `mutation($id: ID!) { cancelEventRegistration(registrationId: $id) { id status } }`;
const EVENT = `query($id: ID!) { matchmakingEvent(id: $id) { ${EVENT_FIELDS} myRegistration { id status } } }`;
const MEETING_FIELDS = 'id slotIndex tableIndex startsAt status firmName bankName bankOrganizationId firmResponse bankResponse';
const BOARD = `query($id: ID!) { matchmakingEvent(id: $id) { status meetings(activeOnly: true) { ${MEETING_FIELDS} } } }`;
const SCHEDULE = `mutation($id: ID!, $input: ScheduleMeetingsInput) { scheduleEventMeetings(eventId: $id, input: $input) { id status } }`;
const RUN = `query($id: ID!) { meetingSchedule(id: $id) { status progress objective quality upperBound gap firmsMet firmsRegistered meetingCount solver error } }`;
const INBOX = `{ notifications(first: 100) { edges { node { kind subjectId title { zh } } } } }`;

type Who = 'office' | 'firm' | 'bank' | 'bank2' | 'office.bj';
interface Meeting {
  id: string;
  slotIndex: number;
  tableIndex: number;
  startsAt: string;
  status: string;
  bankOrganizationId: string;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

jest.setTimeout(120_000);

describe('matchmaking events, end to end', () => {
  let t: TestApp;
  let catcher: MailCatcher;
  let worker: INestApplication | null = null;
  const base = Date.now();
  let eventId: string;
  let needId: string;
  const products: Record<'bank' | 'bank2', string> = { bank: '', bank2: '' };
  const orgs: Record<string, string> = {};

  const gql = async <T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, await tokenFor(t, `${who}@zhirong.test`));
  const ok = async <T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await gql<T>(who, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const plan = (over: Record<string, unknown> = {}, startInHours = 72) => {
    const start = new Date(base + startInHours * HOUR);
    return {
      type: 'MATCHMAKING_FAIR',
      title: '闵行区知识产权质押融资银企对接会（测试）',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 8 * HOUR).toISOString(),
      venue: '闵行区莘庄工业区科创中心',
      firmCapacity: 10,
      bankCapacity: 5,
      registrationDeadline: new Date(start.getTime() - 24 * HOUR).toISOString(),
      tableCount: 4,
      visibility: 'PUBLIC',
      slots: [0, 1, 2, 3].map((i) => ({ startsAt: new Date(start.getTime() + (i * 30 + 30) * 60_000).toISOString(), endsAt: new Date(start.getTime() + (i * 30 + 50) * 60_000).toISOString() })),
      ...over,
    };
  };
  const inbox = async (who: Who) => (await ok<{ notifications: { edges: { node: { kind: string; subjectId: string | null; title: { zh: string } } }[] } }>(who, INBOX)).notifications.edges.map((e) => e.node);
  const board = async () => (await ok<{ matchmakingEvent: { status: string; meetings: Meeting[] } }>('office', BOARD, { id: eventId })).matchmakingEvent;
  const runSchedule = async (input: Record<string, unknown> = {}) => {
    const queued = await ok<{ scheduleEventMeetings: { id: string; status: string } }>('office', SCHEDULE, { id: eventId, input });
    expect(queued.scheduleEventMeetings.status).toBe('QUEUED');
    return until('the scheduling run', async () => {
      const run = (await ok<{ meetingSchedule: Record<string, unknown> }>('office', RUN, { id: queued.scheduleEventMeetings.id })).meetingSchedule;
      return run.status === 'DONE' || run.status === 'FAILED' ? run : null;
    });
  };
  /** Reminders still waiting in the job outbox for their time. */
  const reminderRows = (meetingId: string) =>
    t.dataSource.query(`select payload->>'startsAt' as starts_at, payload->>'lead' as lead from job_outbox where name = 'notifications.meeting-reminder' and sent_at is null and payload->>'meetingId' = $1`, [meetingId]) as Promise<
      { starts_at: string; lead: string }[]
    >;

  async function startWorker(): Promise<void> {
    const module = await Test.createTestingModule({ imports: [WorkerModule.forRoot({ ...t.config, mail: { ...t.config.mail, smtpUrl: catcher.url } })] }).compile();
    worker = module.createNestApplication({ logger: false });
    await worker.init();
  }

  beforeAll(async () => {
    catcher = await startMailCatcher();
    t = await startApi();
    await startWorker();
    for (const key of ['firm', 'bank', 'bank2']) {
      orgs[key] = ((await t.dataSource.query('select organization_id from app_user where email = $1', [`${key}@zhirong.test`])) as { organization_id: string }[])[0].organization_id;
    }
    // The firm's open need, and a product of bank made to fit it (the scheduler proposes pairs the matching engine finds eligible).
    const [need] = (await t.dataSource.query(
      `select n.id, n.amount_fen::text as amount, n.term_months, n.max_rate_bp from financing_need n join enterprise e on e.id = n.enterprise_id
        where e.organization_id = $1 and n.status = 'OPEN' order by n.created_at limit 1`,
      [orgs.firm],
    )) as { id: string; amount: string; term_months: number; max_rate_bp: number }[];
    needId = need.id;
    const created = await ok<{ createLoanProduct: { id: string } }>('bank', 'mutation($input: CreateLoanProductInput!) { createLoanProduct(input: $input) { id } }', {
      input: {
        name: '对接会专享知识产权质押贷',
        status: 'ACTIVE',
        minAmount: { amountFen: '100000' },
        maxAmount: { amountFen: (BigInt(need.amount) * 2n).toString() },
        minTermMonths: 1,
        maxTermMonths: Math.max(need.term_months, 12),
        minRateBp: 100,
        maxRateBp: Math.max(need.max_rate_bp, 200),
        acceptedIpTypes: ['INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'TRADEMARK', 'COPYRIGHT', 'SOFTWARE_COPYRIGHT'],
        pledgeRates: ['INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'TRADEMARK', 'COPYRIGHT', 'SOFTWARE_COPYRIGHT'].map((ipType) => ({ ipType, rateBp: 5000 })),
        bundleAllowed: true,
      },
    });
    products.bank = created.createLoanProduct.id;
    await t.module.get(MatchService).recomputeNeeds([needId]);
    const [fit] = await t.dataSource.query('select eligible from match where need_id = $1 and product_id = $2', [needId, products.bank]);
    expect(fit?.eligible).toBe(true);
    products.bank2 = ((await t.dataSource.query(`select id from loan_product where bank_organization_id = $1 and status = 'ACTIVE' order by id limit 1`, [orgs.bank2])) as { id: string }[])[0].id;
  });

  afterAll(async () => {
    clock.reset();
    await worker?.close();
    await t?.close();
    await catcher?.close();
  });

  it('refuses a bad plan with the field at fault, and writes nothing', async () => {
    const before = (await t.dataSource.query('select count(*)::int as n from matchmaking_event'))[0].n;
    const p = plan();
    const overlapping = { ...p, slots: [p.slots[0], p.slots[1], { startsAt: p.slots[1].startsAt, endsAt: p.slots[2].endsAt }] };
    const outside = { ...p, slots: [{ startsAt: new Date(base + 60 * HOUR).toISOString(), endsAt: new Date(base + 61 * HOUR).toISOString() }] };
    const late = { ...p, registrationDeadline: new Date(base + 73 * HOUR).toISOString() };
    for (const [input, field] of [
      [overlapping, 'input.slots.2'],
      [outside, 'input.slots.0'],
      [late, 'input.registrationDeadline'],
    ] as const) {
      const error = firstError(await gql('office', CREATE, { input }));
      expect([error.extensions?.code, error.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(firstError(await gql('firm', CREATE, { input: p })).extensions?.code).toBe('FORBIDDEN');
    expect((await t.dataSource.query('select count(*)::int as n from matchmaking_event'))[0].n).toBe(before);
  });

  it('publishes an event and invites the region’s firms', async () => {
    const minhang = ((await t.dataSource.query(`select id from region where code = '310112'`)) as { id: string }[])[0].id;
    const created = await ok<{ createMatchmakingEvent: { id: string; status: string } }>('office', CREATE, { input: plan({ invitedRegionIds: [minhang] }) });
    eventId = created.createMatchmakingEvent.id;
    expect(created.createMatchmakingEvent.status).toBe('DRAFT');
    // A draft is the organisers' alone.
    expect(firstError(await gql('firm', EVENT, { id: eventId })).extensions?.code).toBe('NOT_FOUND');
    expect((await ok<{ publishMatchmakingEvent: { status: string } }>('office', PUBLISH, { id: eventId })).publishMatchmakingEvent.status).toBe('PUBLISHED');
    expect((await inbox('firm')).some((n) => n.kind === 'EVENT_INVITATION' && n.subjectId === eventId)).toBe(true);
  });

  it('registers a firm with its open need and banks with their products; the same request twice is one registration', async () => {
    const first = await ok<{ registerForEvent: { id: string; status: string } }>('firm', REGISTER, { input: { eventId, needId } });
    const again = await ok<{ registerForEvent: { id: string } }>('firm', REGISTER, { input: { eventId, needId } });
    expect(again.registerForEvent.id).toBe(first.registerForEvent.id);
    expect(first.registerForEvent.status).toBe('REGISTERED');
    for (const bank of ['bank', 'bank2'] as const) {
      expect((await ok<{ registerForEvent: { status: string } }>(bank, REGISTER, { input: { eventId, productIds: [products[bank]], representatives: bank === 'bank' ? 2 : 1 } })).registerForEvent.status).toBe('REGISTERED');
    }
    const places = (await ok<{ matchmakingEvent: { places: { firmsRegistered: number; banksRegistered: number } } }>('office', EVENT, { id: eventId })).matchmakingEvent.places;
    expect(places).toMatchObject({ firmsRegistered: 1, banksRegistered: 2 });
  });

  it('says what is wrong with a registration, and a capacity below the places taken', async () => {
    const other = plan({ title: '错误输入检查' });
    const id = (await ok<{ createMatchmakingEvent: { id: string } }>('office', CREATE, { input: other })).createMatchmakingEvent.id;
    expect(firstError(await gql('firm', REGISTER, { input: { eventId: id, needId } })).extensions?.code).toBe('NOT_FOUND'); // a draft
    await ok('office', PUBLISH, { id });
    const [closedNeed] = (await t.dataSource.query(
      `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, max_rate_bp, purpose, status, created_by_organization_id)
       select enterprise_id, region_path, 100000000, 12, 600, '已撤回的需求', 'WITHDRAWN', created_by_organization_id from financing_need where id = $1 returning id`,
      [needId],
    )) as { id: string }[];
    const cases: [Who, Record<string, unknown>, string, string][] = [
      ['firm', { eventId: id, needId: closedNeed.id }, 'BAD_USER_INPUT', 'input.needId'],
      ['firm', { eventId: id }, 'BAD_USER_INPUT', 'input.needId'],
      ['bank', { eventId: id, productIds: [products.bank], representatives: 4 }, 'BAD_USER_INPUT', 'input.representatives'],
      ['bank', { eventId: id, productIds: [products.bank2] }, 'BAD_USER_INPUT', 'input.productIds.0'],
    ];
    for (const [who, input, code, field] of cases) {
      const error = firstError(await gql(who, REGISTER, { input }));
      expect([error.extensions?.code, error.extensions?.field]).toEqual([code, field]);
    }
    expect((await t.dataSource.query('select count(*)::int as n from event_registration where event_id = $1', [id]))[0].n).toBe(0);
    const version = (await ok<{ matchmakingEvent: { version: number } }>('office', EVENT, { id: eventId })).matchmakingEvent.version;
    const shrink = firstError(await gql('office', 'mutation($input: UpdateMatchmakingEventInput!) { updateMatchmakingEvent(input: $input) { id } }', { input: { eventId, version, bankCapacity: 1 } }));
    expect([shrink.extensions?.code, shrink.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.bankCapacity']);
    const stale = firstError(await gql('office', 'mutation($input: UpdateMatchmakingEventInput!) { updateMatchmakingEvent(input: $input) { id } }', { input: { eventId, version: version - 1, title: '新名称' } }));
    expect(stale.extensions?.code).toBe('CONFLICT');
  });

  it('gives the last place to exactly one of two banks registering at once, and promotes the waitlist when it frees', async () => {
    const id = (await ok<{ createMatchmakingEvent: { id: string } }>('office', CREATE, { input: plan({ title: '最后一个名额', bankCapacity: 1, registrationDeadline: new Date(base + HOUR).toISOString() }) }))
      .createMatchmakingEvent.id;
    await ok('office', PUBLISH, { id });
    const raced = await Promise.all((['bank', 'bank2'] as const).map((bank) => ok<{ registerForEvent: { id: string; status: string; waitlistPosition: number | null } }>(bank, REGISTER, { input: { eventId: id, productIds: [products[bank]] } })));
    const statuses = raced.map((r) => r.registerForEvent.status).sort();
    expect(statuses).toEqual(['REGISTERED', 'WAITLISTED']);
    const winner = raced.findIndex((r) => r.registerForEvent.status === 'REGISTERED');
    const [winnerBank, loserBank] = winner === 0 ? (['bank', 'bank2'] as const) : (['bank2', 'bank'] as const);
    expect(raced[1 - winner].registerForEvent.waitlistPosition).toBe(1);
    const cancelled = await ok<{ cancelEventRegistration: { status: string } }>(winnerBank, CANCEL, { id: raced[winner].registerForEvent.id });
    expect(cancelled.cancelEventRegistration.status).toBe('CANCELLED');
    // Cancelling twice is one cancellation.
    expect((await ok<{ cancelEventRegistration: { status: string } }>(winnerBank, CANCEL, { id: raced[winner].registerForEvent.id })).cancelEventRegistration.status).toBe('CANCELLED');
    expect((await ok<{ matchmakingEvent: { myRegistration: { status: string } } }>(loserBank, EVENT, { id })).matchmakingEvent.myRegistration.status).toBe('REGISTERED');
    expect((await inbox(loserBank)).some((n) => n.kind === 'EVENT_WAITLIST_PROMOTED')).toBe(true);

    // The deadline passes on the platform clock: registration is refused, and the deadline job closes the event.
    clock.advance(2 * HOUR);
    const late = firstError(await gql('firm', REGISTER, { input: { eventId: id, needId } }));
    expect([late.extensions?.code, late.extensions?.field]).toEqual(['CONFLICT', 'input.eventId']);
    await until('the deadline job', async () => (await ok<{ matchmakingEvent: { status: string } }>('office', EVENT, { id })).matchmakingEvent.status === 'REGISTRATION_CLOSED');
  });

  it('schedules as a job with its quality, and refuses pins that clash', async () => {
    await ok('office', 'mutation($id: ID!) { closeEventRegistration(eventId: $id) { id } }', { id: eventId });
    const regs = (await ok<{ matchmakingEvent: { registrations: { edges: { node: { id: string; role: string; organizationId: string } }[] } } }>(
      'office',
      'query($id: ID!) { matchmakingEvent(id: $id) { registrations(first: 10) { edges { node { id role organizationId } } } } }',
      { id: eventId },
    )).matchmakingEvent.registrations.edges.map((e) => e.node);
    const firmReg = regs.find((r) => r.role === 'FIRM')!.id;
    const bankReg = regs.find((r) => r.organizationId === orgs.bank)!.id;
    const bank2Reg = regs.find((r) => r.organizationId === orgs.bank2)!.id;
    // Two meetings of one firm in one slot.
    const clash = firstError(
      await gql('office', SCHEDULE, {
        id: eventId,
        input: {
          pins: [
            { firmRegistrationId: firmReg, bankRegistrationId: bankReg, slotIndex: 0, tableIndex: 0 },
            { firmRegistrationId: firmReg, bankRegistrationId: bank2Reg, slotIndex: 0, tableIndex: 1 },
          ],
        },
      }),
    );
    expect([clash.extensions?.code, clash.extensions?.field]).toEqual(['CONFLICT', 'input.pins.1.slotIndex']);
    const outOfRange = firstError(await gql('office', SCHEDULE, { id: eventId, input: { pins: [{ firmRegistrationId: firmReg, bankRegistrationId: bankReg, slotIndex: 9, tableIndex: 0 }] } }));
    expect([outOfRange.extensions?.code, outOfRange.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.pins.0.slotIndex']);
    expect((await t.dataSource.query('select count(*)::int as n from event_pair_rule where event_id = $1', [eventId]))[0].n).toBe(0);

    // Both banks meet the firm: bank2 by the organiser's pin (its product need not fit), bank wherever the scheduler puts it.
    const run = await runSchedule({ pins: [{ firmRegistrationId: firmReg, bankRegistrationId: bank2Reg, slotIndex: 1, tableIndex: 2 }] });
    expect(run).toMatchObject({ status: 'DONE', firmsRegistered: 1, firmsMet: 1 });
    expect(Number(run.upperBound)).toBeGreaterThanOrEqual(Number(run.objective));
    const { status, meetings } = await board();
    expect(status).toBe('SCHEDULED');
    const pinned = meetings.find((m) => m.bankOrganizationId === orgs.bank2)!;
    expect([pinned.slotIndex, pinned.tableIndex]).toEqual([1, 2]);
    // Nobody is in two meetings at once.
    expect(new Set(meetings.map((m) => m.slotIndex)).size).toBe(meetings.length);
    // Not published yet: the sides do not see their meetings.
    expect((await ok<{ myMeetings: { totalCount: number } }>('firm', 'query($id: ID) { myMeetings(eventId: $id) { totalCount } }', { id: eventId })).myMeetings.totalCount).toBe(0);
  });

  it('publishes the schedule: notices with a calendar file, reminders armed, and the banks see the firm they meet', async () => {
    await ok('office', 'mutation($id: ID!) { publishEventSchedule(eventId: $id) { id } }', { id: eventId });
    const { meetings } = await board();
    const mine = await ok<{ myMeetings: { edges: { node: { id: string } }[] } }>('firm', 'query($id: ID) { myMeetings(eventId: $id, first: 10) { edges { node { id } } } }', { id: eventId });
    expect(mine.myMeetings.edges.map((e) => e.node.id).sort()).toEqual(meetings.map((m) => m.id).sort());
    expect((await inbox('firm')).some((n) => n.kind === 'EVENT_SCHEDULE' && n.subjectId === eventId)).toBe(true);
    for (const m of meetings) expect((await reminderRows(m.id)).map((r) => r.lead).sort()).toEqual(['1h', '24h']);
    const mail = await catcher.waitFor((m) => (m.subject ?? '').includes('洽谈安排') && JSON.stringify(m.to).includes('firm@zhirong.test'));
    const ics = mail.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
    expect(ics).toHaveLength(meetings.length);
    const text = ics[0].content.toString('utf8');
    expect(text).toContain('BEGIN:VEVENT');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const enterpriseId = ((await t.dataSource.query('select id from enterprise where organization_id = $1', [orgs.firm])) as { id: string }[])[0].id;
    expect((await gql('bank2', 'query($id: ID!) { enterprise(id: $id) { id name } }', { id: enterpriseId })).errors).toBeUndefined();
  });

  it('moves reminders with a moved meeting, and sends no stale one, also across a worker restart', async () => {
    const { meetings } = await board();
    const target = meetings.find((m) => m.bankOrganizationId === orgs.bank)!;
    const taken = new Set(meetings.map((m) => m.slotIndex));
    const slotIndex = [0, 1, 2, 3].find((s) => !taken.has(s))!;
    const oldStart = target.startsAt;
    const moved = await ok<{ pinMeeting: Meeting }>('office', `mutation($input: PinMeetingInput!) { pinMeeting(input: $input) { ${MEETING_FIELDS} } }`, { input: { meetingId: target.id, slotIndex, tableIndex: 3 } });
    const newStart = moved.pinMeeting.startsAt;
    expect(newStart).not.toBe(oldStart);
    expect((await reminderRows(target.id)).map((r) => r.starts_at)).toEqual([new Date(newStart).toISOString(), new Date(newStart).toISOString()]);
    expect((await inbox('firm')).some((n) => n.kind === 'MEETING_CHANGED' && n.subjectId === target.id)).toBe(true);

    await worker!.close();
    await startWorker();
    // Past both reminder times of the moved meeting (and of the old time).
    const latest = Math.max(new Date(newStart).getTime(), new Date(oldStart).getTime());
    clock.advance(latest - HOUR + 60_000 - clock.now().getTime());
    const reminders = await until('both reminders of the moved meeting', async () => {
      const list = (await inbox('firm')).filter((n) => n.kind === 'MEETING_REMINDER' && n.subjectId === target.id);
      return list.length >= 2 ? list : null;
    });
    expect(reminders).toHaveLength(2);
    const keys = (await t.dataSource.query(`select distinct dedupe_key from notification where kind = 'MEETING_REMINDER' and subject_id = $1`, [target.id])) as { dedupe_key: string }[];
    expect(keys.every((k) => k.dedupe_key.endsWith(new Date(newStart).toISOString()))).toBe(true);
  });

  it('lets a side decline: the slot frees, the other side hears, and a re-run does not propose the pair again', async () => {
    const { meetings } = await board();
    const declined = meetings.find((m) => m.bankOrganizationId === orgs.bank2)!;
    const res = await ok<{ respondToMeeting: { status: string } }>('bank2', 'mutation($id: ID!) { respondToMeeting(meetingId: $id, accept: false, reason: "产品不匹配") { status } }', { id: declined.id });
    expect(res.respondToMeeting.status).toBe('DECLINED');
    expect((await inbox('firm')).some((n) => n.kind === 'MEETING_CANCELLED' && n.subjectId === declined.id)).toBe(true);
    expect(await reminderRows(declined.id)).toEqual([]);
    await ok('bank', 'mutation($id: ID!) { respondToMeeting(meetingId: $id, accept: true) { status } }', { id: meetings.find((m) => m.bankOrganizationId === orgs.bank)!.id });
    const run = await runSchedule();
    expect(run.status).toBe('DONE');
    expect((await board()).meetings.some((m) => m.bankOrganizationId === orgs.bank2)).toBe(false);
    // bank2 no longer meets the firm: its sight of the firm ended with the meeting.
    const grants = await t.dataSource.query(`select 1 from enterprise_bank_access where bank_organization_id = $1 and reason = 'EVENT_MEETING' and source_id = $2`, [orgs.bank2, declined.id]);
    expect(grants).toEqual([]);
  });

  it('records outcomes and the survey, and reports them as GraphQL and CSV', async () => {
    const { meetings } = await board();
    const held = meetings.find((m) => m.bankOrganizationId === orgs.bank)!;
    clock.advance(new Date(held.startsAt).getTime() + 60_000 - clock.now().getTime());
    await ok('office', 'mutation($id: ID!) { markEventHeld(eventId: $id) { id } }', { id: eventId });
    const OUTCOME = 'mutation($input: MeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { status intent offeredAmount { amountFen } } }';
    const noAmount = firstError(await gql('bank', OUTCOME, { input: { meetingId: held.id, held: true, intent: 'CREDIT_LINE_OFFERED' } }));
    expect([noAmount.extensions?.code, noAmount.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.offeredAmount.amountFen']);
    const outcome = await ok<{ recordMeetingOutcome: { status: string; offeredAmount: { amountFen: string } } }>('bank', OUTCOME, {
      input: { meetingId: held.id, held: true, intent: 'CREDIT_LINE_OFFERED', offeredAmount: { amountFen: '500000000' }, note: '授信500万元' },
    });
    expect(outcome.recordMeetingOutcome).toMatchObject({ status: 'HELD', offeredAmount: { amountFen: '500000000' } });
    expect((await inbox('firm')).some((n) => n.kind === 'EVENT_SURVEY' && n.subjectId === eventId)).toBe(true);
    await ok('firm', 'mutation($input: EventSurveyInput!) { submitEventSurvey(input: $input) { rating } }', { input: { eventId, rating: 5, comment: '对接高效' } });
    await ok('bank', 'mutation($input: EventSurveyInput!) { submitEventSurvey(input: $input) { rating } }', { input: { eventId, rating: 4 } });
    const report = await ok<{ matchmakingEvent: { report: Record<string, unknown>; reportCsv: string } }>(
      'office',
      `query($id: ID!) { matchmakingEvent(id: $id) { reportCsv report { firmsRegistered banksRegistered meetingsHeld meetingsDeclined noShows creditOffered { amountFen } surveyResponses averageRating
        intents { intent count } byBank { bankName creditOffered { amountFen } } } } }`,
      { id: eventId },
    );
    expect(report.matchmakingEvent.report).toMatchObject({
      firmsRegistered: 1,
      banksRegistered: 2,
      meetingsHeld: 1,
      meetingsDeclined: 1,
      noShows: 0,
      creditOffered: { amountFen: '500000000' },
      surveyResponses: 2,
      averageRating: 4.5,
    });
    expect(report.matchmakingEvent.reportCsv).toContain('5000000.00');
    expect(report.matchmakingEvent.reportCsv).toContain('上海闵芯微电子科技有限公司');
    // The report is the organisers': a participant asking for it is refused.
    expect(firstError(await gql('firm', 'query($id: ID!) { matchmakingEvent(id: $id) { report { meetingsHeld } } }', { id: eventId })).extensions?.code).toBe('FORBIDDEN');
  });

  it('attributes loan applications and loans to the event by the meeting they name, and counts them in the report', async () => {
    const { meetings } = await board();
    const held = meetings.find((m) => m.bankOrganizationId === orgs.bank)!;
    // bank2's meeting (declined earlier) is still the firm's, but not with this product's bank.
    const [other] = (await t.dataSource.query(`select id from meeting where event_id = $1 and bank_organization_id = $2 limit 1`, [eventId, orgs.bank2])) as { id: string }[];
    const [asset] = (await t.dataSource.query(
      `select a.id from ip_asset a join enterprise e on e.id = a.enterprise_id join valuation v on v.ip_asset_id = a.id
        where e.organization_id = $1 and a.type = 'INVENTION_PATENT' and a.pledge_status = 'FREE' and v.valued_on <= current_date and v.valid_until >= current_date order by a.id limit 1`,
      [orgs.firm],
    )) as { id: string }[];
    const APPLY = 'mutation($input: ApplyForLoanInput!) { applyForLoan(input: $input) { id status meetingId eventId } }';
    const input = {
      productId: products.bank,
      ipAssetIds: [asset.id],
      amount: { amountFen: '300000' },
      termMonths: 12,
      repaymentMethod: 'EQUAL_INSTALMENT',
      purpose: '对接会后申请',
    };
    const wrong = firstError(await gql('firm', APPLY, { input: { ...input, meetingId: other.id } }));
    expect([wrong.extensions?.code, wrong.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.meetingId']);
    const applied = (await ok<{ applyForLoan: { id: string; meetingId: string; eventId: string } }>('firm', APPLY, { input: { ...input, meetingId: held.id } })).applyForLoan;
    expect([applied.meetingId, applied.eventId]).toEqual([held.id, eventId]);
    // A second application from the same meeting, which the bank approves: a loan of ¥2,000.
    const second = (await ok<{ applyForLoan: { id: string } }>('firm', APPLY, { input: { ...input, amount: { amountFen: '200000' }, meetingId: held.id } })).applyForLoan;
    await ok('bank', 'mutation($input: DecideLoanApplicationInput!) { decideLoanApplication(input: $input) { loanId } }', {
      input: {
        applicationId: second.id,
        expectedVersion: 1,
        decision: 'APPROVE',
        amount: { amountFen: '200000' },
        annualRateBp: 400,
        termMonths: 12,
        repaymentMethod: 'EQUAL_INSTALMENT',
      },
    });
    const report = await ok<{ matchmakingEvent: { report: Record<string, unknown>; reportCsv: string } }>(
      'office',
      `query($id: ID!) { matchmakingEvent(id: $id) { reportCsv report { loanApplications loans loanAmount { amountFen } byBank { bankId loans loanAmount { amountFen } } } } }`,
      { id: eventId },
    );
    expect(report.matchmakingEvent.report).toMatchObject({ loanApplications: 2, loans: 1, loanAmount: { amountFen: '200000' } });
    const byBank = report.matchmakingEvent.report.byBank as { bankId: string; loans: number; loanAmount: { amountFen: string } }[];
    expect(byBank.find((b) => b.bankId === orgs.bank)).toMatchObject({ loans: 1, loanAmount: { amountFen: '200000' } });
    expect(byBank.find((b) => b.bankId === orgs.bank2)).toMatchObject({ loans: 0, loanAmount: { amountFen: '0' } });
    expect(report.matchmakingEvent.reportCsv).toContain('贷款申请 Loan applications,2');
    expect(report.matchmakingEvent.reportCsv).toContain('贷款金额(元) Loan amount (CNY),2000.00');
  });
});
