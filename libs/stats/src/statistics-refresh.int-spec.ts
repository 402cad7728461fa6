import { EnterprisesModule } from '@zhirong/enterprises';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { IdentityModule } from '@zhirong/identity';
import { LoansModule } from '@zhirong/loans';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { StatsJobs } from './jobs/stats.jobs';
import { StatisticsRefresh } from './statistics-refresh.service';
import { StatsJobsModule, StatsModule } from './stats.module';

const STATS = `query($filter: StatisticsFilter!) {
  financingStatistics(filter: $filter) { asOf source totals { balance { amountFen } nonPerformingBalance { amountFen } nplRatioBp }
    groups { key figures { balance { amountFen } nonPerformingBalance { amountFen } } } }
}`;
const REPAY = `mutation($input: RecordRepaymentInput!) { recordRepayment(input: $input) { id } }`;

interface Stats {
  asOf: string;
  source: string;
  totals: { balance: { amountFen: string }; nonPerformingBalance: { amountFen: string }; nplRatioBp: number | null };
  groups: { key: string; figures: { balance: { amountFen: string }; nonPerformingBalance: { amountFen: string } } }[];
}

/*
 * One loan of ¥10,000 (1,000,000 fen) to a Minhang firm: disbursed 2025-12-15, a single
 * instalment of 1,000,000 principal + 4,000 interest due 2026-01-15, never paid; DEFAULTED on
 * 2026-04-15 (90 days past due). The borrower then pays everything on 2026-11-20.
 */
describe('statistics view: refresh after loan changes, and a defaulted loan repaid later', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let loanId: string;

  const stats = async (filter: Record<string, unknown>): Promise<Stats> => {
    const res = await t.gql<{ financingStatistics: Stats }>(STATS, { filter }, await f.token('admin'));
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.financingStatistics;
  };
  const byMonth = async (source: string) =>
    Object.fromEntries(
      (await stats({ from: '2026-03', to: '2026-11', groupBy: 'MONTH', source })).groups.map((g) => [
        g.key,
        [g.figures.balance.amountFen, g.figures.nonPerformingBalance.amountFen],
      ]),
    );

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, EnterprisesModule, LoansModule, StatsModule, StatsJobsModule]);
    f = await createIdentityFixture(t);
    const q = async (sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as { id: string }[])[0]?.id;
    const firm = await insertTestEnterprise(t.dataSource.manager, { region: f.regions.minhang, name: '闵行不良后结清科技有限公司' });
    const product = await q(
      `insert into loan_product (bank_organization_id, name, status, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, '知识产权质押贷', 'ACTIVE', 100000, 1000000000, 1, 36, 300, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 5000}', '2024-01-01') returning id`,
      [f.orgs.bank.id],
    );
    const app = await q(
      `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status)
       values ($1, $2, $3, 1000000, 1, 'INTEREST_ONLY_BULLET', 'APPROVED') returning id`,
      [firm.id, f.orgs.bank.id, product],
    );
    loanId = await q(
      `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, principal_fen, annual_rate_bp, term_months, repayment_method,
                         appraised_value_fen, pledge_rate_bp, status, contracted_at, disbursed_on, maturity_date, outstanding_principal_fen, ever_overdue, days_past_due, max_days_past_due,
                         defaulted_on, principal_at_default_fen)
       values ($1, $2, $3, $4, $5, $6, 1000000, 480, 1, 'INTEREST_ONLY_BULLET', 2000000, 5000, 'DEFAULTED', '2025-12-10', '2025-12-15', '2026-01-15', 1000000, true, 90, 90,
               '2026-04-15', 1000000) returning id`,
      [app, firm.id, f.orgs.bank.id, product, firm.regionId, firm.regionPath],
    );
    await t.dataSource.query(
      `insert into loan_instalment (loan_id, seq, due_date, principal_fen, interest_fen, status, days_past_due) values ($1, 1, '2026-01-15', 1000000, 4000, 'OVERDUE', 90)`,
      [loanId],
    );
    await t.module.get(StatisticsRefresh).refresh();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts the loan as non-performing from the month of its default, from both sources', async () => {
    for (const source of ['BASE_TABLES', 'MATERIALISED_VIEW']) {
      const months = await byMonth(source);
      // March: outstanding 1,000,000, not yet defaulted. April onwards: all of it non-performing.
      expect(months['2026-03']).toEqual(['1000000', '0']);
      expect(months['2026-04']).toEqual(['1000000', '1000000']);
      expect(months['2026-11']).toEqual(['1000000', '1000000']);
    }
  });

  it('takes the borrower’s repayment of the defaulted loan, keeps defaulted_on and asks for a refresh', async () => {
    const res = await t.gql(REPAY, { input: { loanId, paidOn: '2026-11-20', principal: { amountFen: '1000000' }, interest: { amountFen: '4000' } } }, await f.token('bank'));
    expect(res.errors).toBeUndefined();
    const [loan] = (await t.dataSource.query('select status, defaulted_on::text, repaid_on::text from loan where id = $1', [loanId])) as Record<string, string>[];
    // REPAID, and the default stays on record (the old CHK_loan_defaulted forced it away).
    expect(loan).toEqual({ status: 'REPAID', defaulted_on: '2026-04-15', repaid_on: '2026-11-20' });
    const outbox = (await t.dataSource.query(`select dedupe_key, payload->>'reason' as reason, run_at > now() as delayed from job_outbox where name = 'stats.refresh'`)) as {
      dedupe_key: string;
      reason: string;
      delayed: boolean;
    }[];
    expect(outbox).toEqual([{ dedupe_key: 'stats-refresh', reason: `recordRepayment ${loanId}`, delayed: true }]);
  });

  it('shows the view as of its last refresh until the job refreshes it; then both sources agree on the history', async () => {
    const stale = await stats({ from: '2026-11', to: '2026-11' });
    expect(stale.source).toBe('MATERIALISED_VIEW');
    // Not refreshed yet: still the November before the repayment.
    expect(stale.totals.balance.amountFen).toBe('1000000');
    const asOfBefore = new Date(stale.asOf).getTime();

    await t.module.get(StatsJobs).refresh({ reason: 'test' });
    const fresh = await stats({ from: '2026-11', to: '2026-11' });
    expect(new Date(fresh.asOf).getTime()).toBeGreaterThan(asOfBefore);
    for (const source of ['BASE_TABLES', 'MATERIALISED_VIEW']) {
      const months = await byMonth(source);
      // April…October still non-performing (the history kept); November repaid in full: nothing outstanding.
      expect(months['2026-04']).toEqual(['1000000', '1000000']);
      expect(months['2026-10']).toEqual(['1000000', '1000000']);
      expect(months['2026-11']).toEqual(['0', '0']);
    }
  });
});
