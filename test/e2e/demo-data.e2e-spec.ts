import { MatchService } from '@zhirong/matching';
import { TestApp } from '@zhirong/platform/testing';
import { startApi, tokenFor } from '../support/api';

/** Issue 3's promise: the demo seed's sizes, seen through the API as the platform sees them. */
describe('demo data through the API', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApi()));
  afterAll(() => t.close());

  it('holds 300+ firms, 1,500+ IP assets, 40+ products and 200+ open needs', async () => {
    const res = await t.gql<{
      enterprises: { totalCount: number };
      ipAssets: { totalCount: number };
      loanProducts: { totalCount: number };
      financingNeeds: { totalCount: number };
    }>(
      `{ enterprises(first: 1) { totalCount } ipAssets(first: 1) { totalCount }
         loanProducts(first: 1) { totalCount } financingNeeds(first: 1, filter: { status: OPEN }) { totalCount } }`,
      {},
      await tokenFor(t, 'admin@zhirong.test'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.enterprises.totalCount).toBeGreaterThanOrEqual(300);
    expect(res.data!.ipAssets.totalCount).toBeGreaterThanOrEqual(1500);
    expect(res.data!.loanProducts.totalCount).toBeGreaterThanOrEqual(40);
    expect(res.data!.financingNeeds.totalCount).toBeGreaterThanOrEqual(200);
  });

  it('shows the Minhang office only Minhang firms, and the demo firm only itself', async () => {
    const office = await t.gql<{ enterprises: { totalCount: number; edges: { node: { region: { name: string } } }[] } }>(
      '{ enterprises(first: 100) { totalCount edges { node { region { name } } } } }',
      {},
      await tokenFor(t, 'office@zhirong.test'),
    );
    expect(office.data!.enterprises.totalCount).toBeGreaterThan(0);
    expect(office.data!.enterprises.edges.every((e) => e.node.region.name === '闵行区')).toBe(true);
    const firm = await t.gql<{ enterprises: { totalCount: number; edges: { node: { name: string } }[] } }>(
      '{ enterprises(first: 10) { totalCount edges { node { name } } } }',
      {},
      await tokenFor(t, 'firm@zhirong.test'),
    );
    expect(firm.data!.enterprises.totalCount).toBe(1);
    expect(firm.data!.enterprises.edges[0].node.name).toBe('上海闵芯微电子科技有限公司');
  });

  it('shows a bank no firm before any whitelist push, but those it meets at the demo matchmaking event and those that applied to it', async () => {
    const bank = await t.gql<{ enterprises: { totalCount: number; edges: { node: { id: string } }[] } }>(
      '{ enterprises(first: 100) { totalCount edges { node { id } } } }',
      {},
      await tokenFor(t, 'bank@zhirong.test'),
    );
    const seen = bank.data!.enterprises.edges.map((e) => e.node.id).sort();
    const met = (await t.dataSource.query(
      `select distinct m.enterprise_id from meeting m join app_user u on u.organization_id = m.bank_organization_id where u.email = 'bank@zhirong.test' and m.status in ('PROPOSED', 'ACCEPTED')`,
    )) as { enterprise_id: string }[];
    const applied = (await t.dataSource.query(
      `select distinct a.enterprise_id from loan_application a join app_user u on u.organization_id = a.bank_organization_id
        where u.email = 'bank@zhirong.test' and (a.status in ('SUBMITTED', 'COUNTER_OFFERED') or exists (select 1 from loan l where l.application_id = a.id and l.status not in ('REPAID', 'CANCELLED')))`,
    )) as { enterprise_id: string }[];
    expect(met.length).toBeGreaterThan(0);
    expect(applied.length).toBeGreaterThan(0);
    expect(seen).toEqual([...new Set([...met, ...applied].map((m) => m.enterprise_id))].sort());
  });

  it('gives the demo bank a need library of published needs its products match, none naming its firm', async () => {
    await t.module.get(MatchService).recomputeAll();
    const res = await t.gql<{ needLibrary: { totalCount: number; edges: { node: { id: string; cityName: string; match: { eligible: boolean } | null } }[] } }>(
      '{ needLibrary(first: 20) { totalCount edges { node { id cityName match { eligible } } } } }',
      {},
      await tokenFor(t, 'bank@zhirong.test'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.needLibrary.totalCount).toBeGreaterThan(0);
    expect(res.data!.needLibrary.edges.every((e) => e.node.cityName && e.node.match)).toBe(true);
    const names = (await t.dataSource.query('select name from enterprise')) as { name: string }[];
    const text = JSON.stringify(res.data);
    expect(names.filter((n) => text.includes(n.name))).toEqual([]);
  });

  it('gives the demo valuer two engagements from the demo firm, which it sees and can appraise', async () => {
    const valuer = await tokenFor(t, 'valuer@zhirong.test');
    const queue = await t.gql<{
      valuationEngagements: { totalCount: number; edges: { node: { ipAssetId: string; requestedBy: { name: string }; ipAsset: { title: string } } }[] };
    }>('{ valuationEngagements(first: 10, filter: { status: OPEN }) { totalCount edges { node { ipAssetId requestedBy { name } ipAsset { title } } } } }', {}, valuer);
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.valuationEngagements.totalCount).toBe(2);
    expect(queue.data!.valuationEngagements.edges[0].node.requestedBy.name).toBe('上海闵芯微电子科技有限公司');
    const assets = await t.gql<{ ipAssets: { totalCount: number } }>('{ ipAssets(first: 10) { totalCount } }', {}, valuer);
    expect(assets.data!.ipAssets.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('serves a page of 100 firms with their assets and valuations in a bounded number of SQL queries', async () => {
    const query = `{ enterprises(first: 100) { edges { node { id name region { name } ipAssets(first: 10) { totalCount edges { node {
      id type number title legalStatus latestValuation { value { amountFen } valuedOn valid valuer { name } } } } } } } } }`;
    const token = await tokenFor(t, 'admin@zhirong.test');
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    try {
      const res = await t.gql<{ enterprises: { edges: { node: { ipAssets: { totalCount: number } } }[] } }>(query, {}, token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.enterprises.edges).toHaveLength(100);
      expect(res.data!.enterprises.edges.every((e) => e.node.ipAssets.totalCount === 5)).toBe(true);
      // Shown in the test output for the closing note.
      process.stdout.write(`page of 100 enterprises with regions, 10 assets each and their latest valuations: ${spy.mock.calls.length} SQL queries\n`);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(12);
    } finally {
      spy.mockRestore();
    }
  });

  it('holds an upcoming, scheduled matchmaking event in Minhang whose meetings the firm, the banks and the office see', async () => {
    const office = await t.gql<{
      matchmakingEvents: { edges: { node: { id: string; status: string; regionName: string; places: { firmsRegistered: number; banksRegistered: number } } }[] };
    }>(
      '{ matchmakingEvents(first: 10, filter: { upcoming: true }) { edges { node { id status regionName places { firmsRegistered banksRegistered } } } } }',
      {},
      await tokenFor(t, 'office@zhirong.test'),
    );
    expect(office.errors).toBeUndefined();
    const event = office.data!.matchmakingEvents.edges.map((e) => e.node).find((e) => e.status === 'SCHEDULED')!;
    expect(event.regionName).toBe('上海市闵行区');
    expect(event.places.firmsRegistered).toBeGreaterThanOrEqual(10);
    expect(event.places.banksRegistered).toBeGreaterThanOrEqual(2);
    const board = await t.gql<{ matchmakingEvent: { meetings: { id: string }[]; latestSchedule: { status: string; firmsMet: number } } }>(
      'query($id: ID!) { matchmakingEvent(id: $id) { meetings { id } latestSchedule { status firmsMet } } }',
      { id: event.id },
      await tokenFor(t, 'office@zhirong.test'),
    );
    expect(board.data!.matchmakingEvent.meetings.length).toBeGreaterThanOrEqual(10);
    expect(board.data!.matchmakingEvent.latestSchedule.status).toBe('DONE');
    for (const who of ['firm', 'bank']) {
      const mine = await t.gql<{ myMeetings: { totalCount: number } }>(
        'query($id: ID) { myMeetings(eventId: $id) { totalCount } }',
        { id: event.id },
        await tokenFor(t, `${who}@zhirong.test`),
      );
      expect(mine.data!.myMeetings.totalCount).toBeGreaterThan(0);
    }
  });

  it('gives the demo bank pledge registrations in every state (one breached) with their loans, and a monitoring alert; bank2 sees only its own', async () => {
    type Reg = {
      status: string;
      dueAt: string;
      slaWorkingDays: number;
      breachedAt: string | null;
      returnedReason: string | null;
      loan: { status: string; application: { enterpriseName: string; bankName: string } | null } | null;
    };
    const query = `{ pledgeRegistrations(first: 50) { totalCount edges { node { status dueAt slaWorkingDays breachedAt returnedReason loan { status application { enterpriseName bankName } } } } }
      monitoringAlerts(first: 10) { totalCount edges { node { message loan { status application { enterpriseName } } } } } }`;
    const read = async (who: string) => {
      const res = await t.gql<{
        pledgeRegistrations: { edges: { node: Reg }[] };
        monitoringAlerts: { totalCount: number; edges: { node: { message: string; loan: { status: string } | null } }[] };
      }>(query, {}, await tokenFor(t, `${who}@zhirong.test`));
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const bank = await read('bank');
    const regs = bank.pledgeRegistrations.edges.map((e) => e.node);
    expect(new Set(regs.map((r) => r.status))).toEqual(new Set(['RETURNED', 'REGISTERED', ...(regs.some((r) => r.status === 'SUBMITTED') ? ['SUBMITTED'] : [])]));
    expect(regs.find((r) => r.status === 'RETURNED')!.returnedReason).toContain('签章');
    // The registration names its loan's firm and bank; the breach is on the overdue loan.
    expect(regs.every((r) => r.loan?.application?.bankName === '申江银行上海科技支行' && r.slaWorkingDays >= 1)).toBe(true);
    expect(regs.filter((r) => r.breachedAt).map((r) => r.loan!.status)).toEqual(['OVERDUE']);
    const waiting = regs.find((r) => r.status === 'SUBMITTED');
    if (waiting) {
      expect(waiting.loan!.status).toBe('CONTRACTED');
      expect(new Date(waiting.dueAt).getTime()).toBeGreaterThan(Date.now());
    }
    expect(bank.monitoringAlerts.totalCount).toBe(1);
    expect(bank.monitoringAlerts.edges[0].node).toMatchObject({ loan: { status: 'OVERDUE' } });
    expect(bank.monitoringAlerts.edges[0].node.message).toContain('LAPSED_UNPAID_FEES');

    const bank2 = await read('bank2');
    expect(bank2.pledgeRegistrations.edges.map((e) => [e.node.status, e.node.loan?.status])).toEqual([['REGISTERED', 'REPAID']]);
    expect(bank2.monitoringAlerts.totalCount).toBe(0);
  });

  it('lists the guarantee companies a bank may name in a decision, but no firms', async () => {
    const bank = await tokenFor(t, 'bank@zhirong.test');
    const res = await t.gql<{ institutions: { name: string; type: string }[] }>('{ institutions(type: GUARANTOR) { name type } }', {}, bank);
    expect(res.errors).toBeUndefined();
    expect(res.data!.institutions.map((o) => o.name)).toContain('沪科融资担保有限公司');
    expect(new Set(res.data!.institutions.map((o) => o.type))).toEqual(new Set(['GUARANTOR']));
    const firms = await t.gql('{ institutions(type: ENTERPRISE) { id } }', {}, bank);
    expect(firms.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
  });
});
