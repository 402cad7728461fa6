import { EnterprisesModule } from '@zhirong/enterprises';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { IdentityModule } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, firstError, FixtureWho, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import request from 'supertest';
import { refreshStatistics } from './statistics-refresh.service';
import { StatsModule } from './stats.module';

const QUERY = `query($filter: StatisticsFilter!) {
  financingStatistics(filter: $filter) {
    from to asOf source groupBy csvPath
    totals { ...F }
    previousYear { ...F }
    yearOnYear { countGrowthBp amountGrowthBp targetBp countMeetsTarget amountMeetsTarget }
    groups { key label figures { ...F } previousYear { newLoanCount newLoanAmount { amountFen } } yearOnYear { countGrowthBp amountGrowthBp countMeetsTarget amountMeetsTarget } }
    satisfaction { responses averageRating }
  }
}
fragment F on FinancingFigures {
  newLoanCount newLoanAmount { amountFen } customers balance { amountFen } nonPerformingBalance { amountFen } nplRatioBp
  averagePledgeRateBp pledgedPatents implementedPatents implementationRateBp
}`;

interface Figures {
  newLoanCount: number;
  newLoanAmount: { amountFen: string };
  customers: number;
  balance: { amountFen: string };
  nonPerformingBalance: { amountFen: string };
  nplRatioBp: number | null;
  averagePledgeRateBp: number | null;
  pledgedPatents: number;
  implementedPatents: number;
  implementationRateBp: number | null;
}
interface Answer {
  financingStatistics: {
    from: string;
    to: string;
    source: string;
    csvPath: string;
    totals: Figures;
    previousYear: Figures;
    yearOnYear: { countGrowthBp: number | null; amountGrowthBp: number | null; targetBp: number; countMeetsTarget: boolean | null; amountMeetsTarget: boolean | null };
    groups: {
      key: string;
      label: string;
      figures: Figures;
      previousYear: { newLoanCount: number; newLoanAmount: { amountFen: string } };
      yearOnYear: { countGrowthBp: number | null; amountGrowthBp: number | null; countMeetsTarget: boolean | null; amountMeetsTarget: boolean | null };
    }[];
    satisfaction: { responses: number; averageRating: number | null };
  };
}

/** ¥ in fen, as the API writes it: yuan(1_000_000) = "100000000". */
const yuan = (y: number) => String(BigInt(Math.round(y * 100)));

/*
 * The fixture (¥; period 2026-01…2026-03, a year earlier 2025-01…2025-03):
 *   L1 firm A (闵行)        bank  P1  disbursed 2026-01-15  1,000,000  pledge 5000 bp  repaid principal 100,000 on 2026-02-15 and 100,000 on 2026-04-15
 *   L2 firm A (闵行)        bank2 P2  disbursed 2026-02-10  3,000,000  pledge 3000 bp  repaid 500,000 on 2026-03-01, DEFAULTED on 2026-03-20
 *   L3 firm B (松江/G60)    bank  P1  disbursed 2026-03-05  2,000,000  pledge 4000 bp  from event E1
 *   L4 firm C (海淀)        bank  P1  disbursed 2026-02-01    500,000  pledge 6000 bp
 *   L5 firm A (闵行)        bank  P1  disbursed 2025-02-01  1,500,000  pledge 5000 bp  repaid in full 2025-12-31 (REPAID)
 *   L6 firm B (松江/G60)    bank  P1  disbursed 2025-03-10  2,000,000  pledge 5000 bp
 *   L7 firm A, CANCELLED, and L8 firm A, CONTRACTED: never disbursed, never counted.
 * Pledged: L1 an implemented invention patent and a trademark (not a patent), L2 an
 * unimplemented utility model, L3 an implemented design patent.
 * Survey of E1 (松江): firm B 5 and bank 4 in March 2026; bank2 3 in May 2026 (outside).
 */
describe('financingStatistics: figures by SQL against hand-computed expectations', () => {
  let t: TestApp;
  let f: IdentityFixture;
  const ids: Record<string, string> = {};

  const askAny = async (who: FixtureWho, filter: Record<string, unknown>) => t.gql<Answer>(QUERY, { filter }, await f.token(who));
  const Q1 = { from: '2026-01', to: '2026-03' };

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, EnterprisesModule, StatsModule]);
    f = await createIdentityFixture(t);
    const q = async (sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as { id: string }[])[0]?.id;
    const m = t.dataSource.manager;
    const firmA = await insertTestEnterprise(m, { region: f.regions.minhang, name: '闵行甲科技有限公司' });
    const firmB = await insertTestEnterprise(m, { region: f.regions.songjiang, park: f.regions.g60, name: '松江乙科技有限公司' });
    const firmC = await insertTestEnterprise(m, { region: f.regions.haidian, name: '海淀丙科技有限公司' });
    const product = (bank: string, name: string) =>
      q(
        `insert into loan_product (bank_organization_id, name, status, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
         values ($1, $2, 'ACTIVE', 10000000, 1000000000, 6, 36, 300, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 5000}', '2024-01-01') returning id`,
        [bank, name],
      );
    ids.p1 = await product(f.orgs.bank.id, '知识产权质押贷');
    ids.p2 = await product(f.orgs.bank2.id, '科创快贷');
    ids.e1 = await q(
      `insert into matchmaking_event (organizer_organization_id, region_id, region_path, type, title, starts_at, ends_at, venue, firm_capacity, bank_capacity, registration_deadline, table_count, visibility, status)
       values ($1, $2, $3, 'MATCHMAKING_FAIR', '松江银企对接会', '2026-02-20 09:00+08', '2026-02-20 17:00+08', '松江区政府', 10, 5, '2026-02-18 09:00+08', 4, 'PUBLIC', 'PUBLISHED') returning id`,
      [f.orgs['office.sj'].id, f.regions.songjiang.id, f.regions.songjiang.path],
    );
    const firms = { A: firmA, B: firmB, C: firmC };
    const loan = async (
      name: string,
      firm: keyof typeof firms,
      bank: 'bank' | 'bank2',
      productId: string,
      principalYuan: number,
      pledgeBp: number,
      status: string,
      disbursedOn: string | null,
      extra: { defaultedOn?: string; repaidOn?: string; eventId?: string } = {},
    ) => {
      const e = firms[firm];
      const app = await q(
        `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status, event_id)
         values ($1, $2, $3, $4, 12, 'EQUAL_INSTALMENT', 'APPROVED', $5) returning id`,
        [e.id, f.orgs[bank].id, productId, yuan(principalYuan), extra.eventId ?? null],
      );
      ids[name] = await q(
        `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, park_id, event_id, principal_fen, annual_rate_bp, term_months,
                           repayment_method, appraised_value_fen, pledge_rate_bp, status, contracted_at, disbursed_on, maturity_date, outstanding_principal_fen, defaulted_on, repaid_on)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 450, 12, 'EQUAL_INSTALMENT', $10, $11, $12, '2025-01-01', $13::date, $13::date + 365, $14, $15, $16) returning id`,
        [
          app,
          e.id,
          f.orgs[bank].id,
          productId,
          e.regionId,
          e.regionPath,
          e.parkId,
          extra.eventId ?? null,
          yuan(principalYuan),
          yuan((principalYuan * 10000) / pledgeBp),
          pledgeBp,
          status,
          disbursedOn,
          status === 'REPAID' ? '0' : yuan(principalYuan),
          extra.defaultedOn ?? null,
          extra.repaidOn ?? null,
        ],
      );
    };
    await loan('L1', 'A', 'bank', ids.p1, 1_000_000, 5000, 'ACTIVE', '2026-01-15');
    await loan('L2', 'A', 'bank2', ids.p2, 3_000_000, 3000, 'DEFAULTED', '2026-02-10', { defaultedOn: '2026-03-20' });
    await loan('L3', 'B', 'bank', ids.p1, 2_000_000, 4000, 'ACTIVE', '2026-03-05', { eventId: ids.e1 });
    await loan('L4', 'C', 'bank', ids.p1, 500_000, 6000, 'ACTIVE', '2026-02-01');
    await loan('L5', 'A', 'bank', ids.p1, 1_500_000, 5000, 'REPAID', '2025-02-01', { repaidOn: '2025-12-31' });
    await loan('L6', 'B', 'bank', ids.p1, 2_000_000, 5000, 'ACTIVE', '2025-03-10');
    await loan('L7', 'A', 'bank', ids.p1, 800_000, 5000, 'CANCELLED', null);
    await loan('L8', 'A', 'bank', ids.p1, 900_000, 5000, 'CONTRACTED', null);
    const repay = (l: string, on: string, principalYuan: number) =>
      t.dataSource.query(`insert into repayment (loan_id, paid_on, principal_fen, interest_fen) values ($1, $2, $3, 100)`, [ids[l], on, yuan(principalYuan)]);
    await repay('L1', '2026-02-15', 100_000);
    await repay('L1', '2026-04-15', 100_000);
    await repay('L2', '2026-03-01', 500_000);
    await repay('L5', '2025-12-31', 1_500_000);

    let serial = 0;
    const asset = (firm: keyof typeof firms, type: string, number: string, implemented: boolean) =>
      q(`insert into ip_asset (type, number, title, enterprise_id, region_path, expires_on, implemented) values ($1, $2, $3, $4, $5, '2040-01-01', $6) returning id`, [
        type,
        number,
        `质押资产${++serial}`,
        firms[firm].id,
        firms[firm].regionPath,
        implemented,
      ]);
    const pledge = (l: string, assetId: string) =>
      t.dataSource.query(`insert into loan_pledged_asset (loan_id, ip_asset_id, value_fen) values ($1, $2, 100000000)`, [ids[l], assetId]);
    await pledge('L1', await asset('A', 'INVENTION_PATENT', 'CN202410567801.X', true));
    await pledge('L1', await asset('A', 'TRADEMARK', '52345678', true));
    await pledge('L2', await asset('A', 'UTILITY_MODEL', 'CN202420567802.5', false));
    await pledge('L3', await asset('B', 'DESIGN_PATENT', 'CN202430567803.1', true));

    const survey = (who: FixtureWho, rating: number, at: string) =>
      t.dataSource.query(`insert into event_survey_response (event_id, organization_id, rating, created_at) values ($1, $2, $3, $4)`, [ids.e1, f.orgs[who].id, rating, at]);
    await survey('firm', 5, '2026-03-10 10:00+08');
    await survey('bank', 4, '2026-03-10 11:00+08');
    await survey('bank2', 3, '2026-05-01 10:00+08');
    // The fixture bypassed the loan services (which ask for a refresh): bring the view up to date.
    await refreshStatistics(t.dataSource);
  });

  afterAll(async () => {
    await t?.close();
  });

  // Every hand-worked figure twice: from the loan tables and from the materialised view.
  describe.each(['BASE_TABLES', 'MATERIALISED_VIEW'])('from %s', (source) => {
    const ask = (who: FixtureWho, filter: Record<string, unknown>) => askAny(who, { ...filter, source });
    const stats = async (who: FixtureWho, filter: Record<string, unknown>) => {
      const res = await ask(who, filter);
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.financingStatistics;
    };

    it('gives the platform the totals over all loans, with the definitions worked by hand', async () => {
      const s = await stats('admin', Q1);
      expect(s.source).toBe(source);
      expect(s.totals).toEqual({
        // L1 + L2 + L3 + L4 = 1,000,000 + 3,000,000 + 2,000,000 + 500,000 = ¥6,500,000; firms A, B, C.
        newLoanCount: 4,
        newLoanAmount: { amountFen: yuan(6_500_000) },
        customers: 3,
        // At 2026-03-31: disbursed L1..L6 = 10,000,000; principal repaid by then L1 100,000 + L2 500,000 + L5 1,500,000 = 2,100,000.
        balance: { amountFen: yuan(7_900_000) },
        // L2, defaulted 2026-03-20: 3,000,000 − 500,000 = 2,500,000; 2,500,000 / 7,900,000 = 0.316456 → 3165 bp.
        nonPerformingBalance: { amountFen: yuan(2_500_000) },
        nplRatioBp: 3165,
        // (5000×1.0 + 3000×3.0 + 4000×2.0 + 6000×0.5) / 6.5 = 25000 / 6.5 = 3846.15 → 3846 bp.
        averagePledgeRateBp: 3846,
        // Patents of the new loans: invention (implemented), utility model (not), design (implemented); the trademark is no patent. 2/3 → 6667 bp.
        pledgedPatents: 3,
        implementedPatents: 2,
        implementationRateBp: 6667,
      });
      // 2025-01…03: L5 and L6, ¥3,500,000; balance at 2025-03-31 = 1,500,000 + 2,000,000 (nothing repaid yet).
      expect(s.previousYear).toMatchObject({
        newLoanCount: 2,
        newLoanAmount: { amountFen: yuan(3_500_000) },
        customers: 2,
        balance: { amountFen: yuan(3_500_000) },
        nplRatioBp: 0,
      });
      // Count (4 − 2) / 2 = +100% = 10000 bp; amount (6.5 − 3.5) / 3.5 = 0.857143 → 8571 bp; both ≥ 1000 bp.
      expect(s.yearOnYear).toEqual({ countGrowthBp: 10000, amountGrowthBp: 8571, targetBp: 1000, countMeetsTarget: true, amountMeetsTarget: true });
      // E1's answers in the period: 5 and 4 → 4.5; bank2's May answer is outside.
      expect(s.satisfaction).toEqual({ responses: 2, averageRating: 4.5 });
      expect(s.csvPath).toBe('/api/statistics.csv?from=2026-01&to=2026-03');
    });

    it('breaks down by month: new loans in each month, balances at each month end, growth against the same month a year earlier', async () => {
      const s = await stats('admin', { ...Q1, groupBy: 'MONTH' });
      expect(
        s.groups.map((g) => [g.key, g.figures.newLoanCount, g.figures.newLoanAmount.amountFen, g.figures.balance.amountFen, g.figures.nonPerformingBalance.amountFen]),
      ).toEqual([
        // Jan: L1. Balance at 01-31: L1 1.0 + L5 1.5 + L6 2.0 − L5's 1.5 repaid = 3,000,000.
        ['2026-01', 1, yuan(1_000_000), yuan(3_000_000), '0'],
        // Feb: L2, L4. At 02-28: 1.0 + 3.0 + 0.5 + 1.5 + 2.0 = 8.0 − (L1 0.1 + L5 1.5) = 6,400,000; L2 not yet defaulted.
        ['2026-02', 2, yuan(3_500_000), yuan(6_400_000), '0'],
        // Mar: L3; the range-end figures.
        ['2026-03', 1, yuan(2_000_000), yuan(7_900_000), yuan(2_500_000)],
      ]);
      // Jan 2025 had no loan: no growth figure. Feb: (2 − 1)/1 = 10000 bp, (3.5 − 1.5)/1.5 = 1.3333 → 13333 bp. Mar: 1 vs 1, 2.0M vs 2.0M = 0, short of the target.
      expect(s.groups.map((g) => g.yearOnYear)).toEqual([
        { countGrowthBp: null, amountGrowthBp: null, countMeetsTarget: null, amountMeetsTarget: null },
        { countGrowthBp: 10000, amountGrowthBp: 13333, countMeetsTarget: true, amountMeetsTarget: true },
        { countGrowthBp: 0, amountGrowthBp: 0, countMeetsTarget: false, amountMeetsTarget: false },
      ]);
    });

    it('breaks down by bank (largest lending first), park and event, naming each group', async () => {
      const byBank = await stats('admin', { ...Q1, groupBy: 'BANK' });
      // bank: L1 + L3 + L4 = 3.5M; bank2: L2 = 3.0M.
      expect(byBank.groups.map((g) => [g.label, g.figures.newLoanCount, g.figures.newLoanAmount.amountFen, g.figures.nplRatioBp])).toEqual([
        // bank's balance: 1.0 + 2.0 + 0.5 + 1.5 + 2.0 − (0.1 + 1.5) = 5.4M, none non-performing.
        ['测试银行', 3, yuan(3_500_000), 0],
        // bank2: L2 only, 2.5M outstanding, all of it non-performing.
        ['另一家银行', 1, yuan(3_000_000), 10000],
      ]);
      const byPark = await stats('admin', { ...Q1, groupBy: 'PARK' });
      const g60 = byPark.groups.find((g) => g.key === f.regions.g60.id);
      expect(g60).toMatchObject({ label: f.regions.g60.name, figures: { newLoanCount: 1, balance: { amountFen: yuan(4_000_000) } } });
      expect(byPark.groups.find((g) => g.key === '')).toMatchObject({ label: '未入园 (no park)', figures: { newLoanCount: 3 } });
      const byEvent = await stats('admin', { ...Q1, groupBy: 'EVENT' });
      expect(byEvent.groups.find((g) => g.key === ids.e1)).toMatchObject({ label: '松江银企对接会', figures: { newLoanCount: 1, newLoanAmount: { amountFen: yuan(2_000_000) } } });
    });

    it('narrows to a region subtree, a park, a product and an event', async () => {
      // 松江 subtree: L3 (G60 park) and L6. Balance 2.0 + 2.0.
      expect((await stats('admin', { ...Q1, regionId: f.regions.songjiang.id })).totals).toMatchObject({ newLoanCount: 1, balance: { amountFen: yuan(4_000_000) }, customers: 1 });
      expect((await stats('admin', { ...Q1, parkId: f.regions.g60.id })).totals).toMatchObject({ newLoanCount: 1, balance: { amountFen: yuan(4_000_000) } });
      expect((await stats('admin', { ...Q1, productId: ids.p2 })).totals).toMatchObject({ newLoanCount: 1, nplRatioBp: 10000 });
      const event = await stats('admin', { ...Q1, eventId: ids.e1 });
      expect(event.totals).toMatchObject({ newLoanCount: 1, newLoanAmount: { amountFen: yuan(2_000_000) }, balance: { amountFen: yuan(2_000_000) } });
      expect(event.satisfaction).toEqual({ responses: 2, averageRating: 4.5 });
    });

    it('lets an office count its subtree and a bank its own loans; a firm has no statistics view', async () => {
      // 闵行: L1, L2 new (4.0M); balance L1 0.9 + L2 2.5 + L5 0 = 3.4M; NPL 2.5 / 3.4 = 0.735294 → 7353 bp. E1 is in 松江: no answers.
      const office = await stats('office', Q1);
      expect(office.totals).toMatchObject({
        newLoanCount: 2,
        newLoanAmount: { amountFen: yuan(4_000_000) },
        balance: { amountFen: yuan(3_400_000) },
        nplRatioBp: 7353,
        customers: 1,
      });
      expect(office.satisfaction).toEqual({ responses: 0, averageRating: null });
      // The office asking for another district gets nothing beyond its own subtree.
      expect((await stats('office', { ...Q1, regionId: f.regions.songjiang.id })).totals.newLoanCount).toBe(0);
      // bank: L1, L3, L4 new; balance 5.4M; its own survey answer only (4).
      const bank = await stats('bank', Q1);
      expect(bank.totals).toMatchObject({ newLoanCount: 3, newLoanAmount: { amountFen: yuan(3_500_000) }, balance: { amountFen: yuan(5_400_000) }, nplRatioBp: 0 });
      expect(bank.satisfaction).toEqual({ responses: 1, averageRating: 4 });
      const firm = firstError(await ask('firm', Q1));
      expect(firm.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_STATISTICS_VIEW' });
    });

    it('refuses a malformed or reversed range and an unknown region, naming the input', async () => {
      expect(firstError(await ask('admin', { from: '2026-1', to: '2026-03' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
      expect(firstError(await ask('admin', { from: '2026-04', to: '2026-03' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_PERIOD', field: 'filter.to' });
      expect(firstError(await ask('admin', { ...Q1, regionId: '00000000-0000-4000-8000-000000000000' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.regionId',
      });
    });
  });

  it('serves the same figures as CSV with a BOM, under the same access', async () => {
    const server = t.app.getHttpServer();
    const res = await request(server)
      .get('/api/statistics.csv')
      .query({ ...Q1, groupBy: 'BANK' })
      .set('authorization', `Bearer ${await f.token('bank')}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const text = res.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    // The bank's totals: 3 loans, ¥3,500,000.00, 3 firms (A for L1, B for L3, C for L4), balance ¥5,400,000.00, no NPL.
    expect(text).toContain('\r\n*,合计 Total,3,3500000.00,3,5400000.00,0.00,0.00,');
    expect(text).not.toContain('另一家银行');
    expect((await request(server).get('/api/statistics.csv').query(Q1)).status).toBe(401);
    expect(
      (
        await request(server)
          .get('/api/statistics.csv')
          .query({ from: 'x', to: '2026-03' })
          .set('authorization', `Bearer ${await f.token('bank')}`)
      ).status,
    ).toBe(400);
  });
});
