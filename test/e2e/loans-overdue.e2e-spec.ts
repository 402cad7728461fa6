import { PLAUSIBLE_CALENDAR_2027 } from '@zhirong/calendar/testing';
import { WorkingDayCalendar } from '@zhirong/calendar';
import { Actor, OrganizationType, Role } from '@zhirong/core';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { LoansJobs } from '@zhirong/loans';
import { createIdentityFixture, FixtureRegion, IdentityFixture, TestApp, createTestApp } from '@zhirong/platform/testing';
import { checkPolicyRules, NATIONAL_DEFAULT_RULES, PolicyRules, PolicyStatus, RegionalPolicy } from '@zhirong/policy';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/**
 * The daily overdue job as the worker app runs it, on a real Postgres: each loan is judged by
 * its region's overdue rule (grace in calendar or working days, days past due before default),
 * the working days on the calendar the platform holds; a year it does not hold skips the loan
 * that needs it, and the next run after the year is loaded puts it right.
 *
 * Regions and rules here (the migration's national default and two versions written below):
 * - Minhang: national — no grace, calendar days, default after 90 days past due;
 * - Songjiang: grace 5 calendar days, default after 60;
 * - Haidian: grace 3 working days, default after 30.
 */
jest.setTimeout(120_000);

type RegionKey = 'minhang' | 'songjiang' | 'haidian';

describe('overdue sweep by the region’s policy (worker)', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let jobs: LoansJobs;
  let productId: string;
  const firms: Partial<Record<RegionKey, string>> = {};

  const q = async <T>(sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params)) as T[];
  const statusOf = async (loanId: string) =>
    (await q<{ status: string; days_past_due: number; ever_overdue: boolean }>('select status, days_past_due, ever_overdue from loan where id = $1', [loanId]))[0];
  const instalmentOf = async (loanId: string) =>
    (await q<{ status: string; days_past_due: number }>('select status, days_past_due from loan_instalment where loan_id = $1', [loanId]))[0];

  /** An ACTIVE loan of a firm in `region` with one unpaid instalment due on `dueDate`. */
  async function activeLoan(region: RegionKey, dueDate: string): Promise<string> {
    const r: FixtureRegion = f.regions[region];
    firms[region] ??= (await insertTestEnterprise(t.dataSource.manager, { name: `逾期测试${region}有限公司`, region: r })).id;
    const [app] = await q<{ id: string }>(
      `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status)
       values ($1, $2, $3, 100000000, 12, 'INTEREST_ONLY_BULLET', 'APPROVED') returning id`,
      [firms[region], f.orgs.bank.id, productId],
    );
    const [loan] = await q<{ id: string }>(
      `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, principal_fen, annual_rate_bp, term_months, repayment_method,
         appraised_value_fen, pledge_rate_bp, contracted_at, outstanding_principal_fen, status, disbursed_on, maturity_date)
       values ($1, $2, $3, $4, $5, $6, 100000000, 400, 12, 'INTEREST_ONLY_BULLET', 300000000, 3333, '2026-01-05', 100000000, 'ACTIVE', '2026-01-05', $7) returning id`,
      [app.id, firms[region], f.orgs.bank.id, productId, r.id, r.path, dueDate],
    );
    await q(`insert into loan_instalment (loan_id, seq, due_date, principal_fen, interest_fen) values ($1, 1, $2, 100000000, 4000000)`, [loan.id, dueDate]);
    return loan.id;
  }

  async function publishOverdueRule(region: RegionKey, overdue: PolicyRules['overdue']): Promise<void> {
    const checked = checkPolicyRules({ ...NATIONAL_DEFAULT_RULES, overdue, citations: undefined });
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    await t.dataSource.manager.insert(RegionalPolicy, {
      regionId: f.regions[region].id,
      version: 1,
      validFrom: '2026-01-01',
      validTo: null,
      status: PolicyStatus.PUBLISHED,
      rules: checked.rules,
      note: `逾期测试 ${region}`,
      publishedAt: new Date(),
    });
  }

  const sweep = (today: string) => jobs.overdue({ today });

  beforeAll(async () => {
    t = await createTestApp((config) => WorkerModule.forRoot(config));
    f = await createIdentityFixture(t);
    jobs = t.module.get(LoansJobs);
    [{ id: productId }] = await q<{ id: string }>(
      `insert into loan_product (bank_organization_id, name, status, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, '逾期测试贷', 'ACTIVE', 100000000, 1000000000, 6, 36, 300, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 3000}', '2026-01-01') returning id`,
      [f.orgs.bank.id],
    );
    await publishOverdueRule('songjiang', { graceDays: 5, workingDays: false, defaultAfterDaysPastDue: 60 });
    await publishOverdueRule('haidian', { graceDays: 3, workingDays: true, defaultAfterDaysPastDue: 30 });
  });
  afterAll(() => t?.close());

  it('across National Day 2026: each region’s grace and default line, working days where Haidian’s policy says so', async () => {
    // Every loan's one instalment is due Wednesday 30 September 2026, the eve of the holiday (1–7 Oct off, Sat 10 Oct worked).
    const minhang = await activeLoan('minhang', '2026-09-30');
    const songjiang = await activeLoan('songjiang', '2026-09-30');
    const haidian = await activeLoan('haidian', '2026-09-30');

    // 1 Oct: 1 day past due. Minhang has no grace → OVERDUE; Songjiang (5) and Haidian (3 working days, none yet) wait.
    expect(await sweep('2026-10-01')).toMatchObject({ changed: 1, skipped: [] });
    expect(await statusOf(minhang)).toEqual({ status: 'OVERDUE', days_past_due: 1, ever_overdue: true });
    expect((await statusOf(songjiang)).status).toBe('ACTIVE');
    expect(await statusOf(haidian)).toEqual({ status: 'ACTIVE', days_past_due: 1, ever_overdue: false });

    // 6 Oct: 6 calendar days > Songjiang's 5 → OVERDUE. Haidian: no working day since the due date.
    await sweep('2026-10-06');
    expect((await statusOf(songjiang)).status).toBe('OVERDUE');
    expect((await statusOf(haidian)).status).toBe('ACTIVE');

    // Sat 10 Oct (worked): Haidian has had 8, 9 and 10 October — 3 working days, still within its grace,
    // though 10 calendar days past due. Sun 11 Oct adds none.
    await sweep('2026-10-10');
    await sweep('2026-10-11');
    expect(await statusOf(haidian)).toEqual({ status: 'ACTIVE', days_past_due: 11, ever_overdue: false });
    expect(await instalmentOf(haidian)).toEqual({ status: 'SCHEDULED', days_past_due: 11 });

    // Mon 12 Oct is the 4th working day → OVERDUE.
    await sweep('2026-10-12');
    expect(await statusOf(haidian)).toEqual({ status: 'OVERDUE', days_past_due: 12, ever_overdue: true });
    expect(await instalmentOf(haidian)).toEqual({ status: 'OVERDUE', days_past_due: 12 });

    // Default lines in calendar days past due: Haidian 30 → 30 Oct; Songjiang 60 → 29 Nov; Minhang 90 → 29 Dec.
    await sweep('2026-10-29');
    expect((await statusOf(haidian)).status).toBe('OVERDUE');
    await sweep('2026-10-30');
    expect((await statusOf(haidian)).status).toBe('DEFAULTED');
    expect((await statusOf(songjiang)).status).toBe('OVERDUE');
    await sweep('2026-11-29');
    expect((await statusOf(songjiang)).status).toBe('DEFAULTED');
    expect((await statusOf(minhang)).status).toBe('OVERDUE');
    await sweep('2026-12-29');
    expect(await statusOf(minhang)).toMatchObject({ status: 'DEFAULTED', days_past_due: 90 });

    // The audit names the policy version and the rule each change was made by.
    const [audit] = await q<{ after: { status: string; policyId: string; overdueRule: PolicyRules['overdue'] } }>(
      `select after from audit_log where action = 'loanStatusBySweep' and entity_id = $1 and after->>'status' = 'OVERDUE'`,
      [haidian],
    );
    expect(audit.after.overdueRule).toEqual({ graceDays: 3, workingDays: true, defaultAfterDaysPastDue: 30 });
    const [haidianPolicy] = await q<{ id: string }>('select id from regional_policy where region_id = $1', [f.regions.haidian.id]);
    expect(audit.after.policyId).toBe(haidianPolicy.id);
  });

  it('skips, and says so, a loan whose working days fall in a year without calendar data; the next run after loading it catches up', async () => {
    // Due Wed 30 Dec 2026. On Sun 10 Jan 2027 it is 11 calendar days past due: Haidian must count 2027's working days.
    const haidian = await activeLoan('haidian', '2026-12-30');
    const minhang = await activeLoan('minhang', '2026-12-30');
    const result = await sweep('2027-01-10');
    expect(result.skipped).toEqual([{ loanId: haidian, code: 'CALENDAR_YEAR_MISSING', message: expect.stringContaining('2027') }]);
    // The others went on; the skipped one is as it was.
    expect((await statusOf(minhang)).status).toBe('OVERDUE');
    expect(await statusOf(haidian)).toEqual({ status: 'ACTIVE', days_past_due: 0, ever_overdue: false });

    const admin: Actor = {
      userId: f.users.admin.id,
      email: f.users.admin.email,
      roles: [Role.PLATFORM_ADMIN],
      organizationId: f.orgs.admin.id,
      organizationType: OrganizationType.PLATFORM,
      regionPath: f.regions.shanghai.path,
    };
    await t.module.get(WorkingDayCalendar).load(admin, PLAUSIBLE_CALENDAR_2027);
    // With the (test) 2027 data — 31 Dec a working day, 1 Jan off — the working days after 30 Dec are 31 Dec, 4, 5, 6, 7, 8 Jan: 6 > 3.
    const again = await sweep('2027-01-10');
    expect(again.skipped).toEqual([]);
    expect(await statusOf(haidian)).toEqual({ status: 'OVERDUE', days_past_due: 11, ever_overdue: true });
  });
});
