import { clock, todayInShanghai } from '@zhirong/core';
import { CompensationService, SubsidyKind, SubsidyService } from '@zhirong/subsidies';
import { Loan, RiskShareRole } from '@zhirong/loans';
import { TestApp } from '@zhirong/platform/testing';
import { startApi, tokenFor } from '../support/api';

/**
 * Issue 14, subsidies and risk compensation over the API on the demo seed, every amount worked
 * by hand below. Minhang's reference policy: 贴息 50% of interest paid, caps ¥300,000 per loan and
 * ¥500,000 per firm and year, once-overdue loans refused. Songjiang's: 风险补偿 30% for bank,
 * guarantor and insurer, only after a failed recovery (追偿无果), never for batch-package loans.
 * Each case writes its own loans; amounts are integer fen.
 */
type Who = 'firm' | 'bank' | 'bank2' | 'office' | 'office.sj' | 'guarantor' | 'admin';
const GRANT = 'id status version amount { amountFen } steps { labelEn expression value { amountFen } result } facts { name value } rejectReason paidOn paymentReference';
const APPLY = `mutation($input: ApplyForSubsidyInput!) { applyForSubsidy(input: $input) { ${GRANT} kind } }`;
const APPROVE = `mutation($input: ApproveSubsidyInput!) { approveSubsidyApplication(input: $input) { ${GRANT} } }`;
const PAY = `mutation($input: RecordSubsidyPaymentInput!) { recordSubsidyPayment(input: $input) { ${GRANT} } }`;
const CLAIM = `mutation($input: ClaimRiskCompensationInput!) { claimRiskCompensation(input: $input) { ${GRANT} role } }`;
const APPROVE_CLAIM = `mutation($input: ApproveSubsidyInput!) { approveCompensationClaim(input: $input) { ${GRANT} } }`;
const BUDGET = `mutation($input: SetSubsidyBudgetInput!) { setSubsidyBudget(input: $input) { amount { amountFen } used { amountFen } remaining { amountFen } source } }`;

interface Grant {
  id: string;
  status: string;
  version: number;
  amount: { amountFen: string };
  steps: { labelEn: string; expression: string; value: { amountFen: string } | null; result: string | null }[];
}

jest.setTimeout(180_000);

describe('subsidies and risk compensation, end to end', () => {
  let t: TestApp;
  let firmId: string;
  let songjiangFirmId: string;
  let productId: string;
  let bankOrg: string;
  let guarantorOrg: string;
  let minhangRegionId: string;
  let seeded: { kind: string; status: string; amount: string }[];
  const year = Number(todayInShanghai(clock.now()).slice(0, 4));
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.dataSource.query(sql, params) as Promise<T[]>;
  const gql = async <T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, variables, await tokenFor(t, `${who}@zhirong.test`));
  const ok = async <T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await gql<T>(who, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const apply = async (loanId: string, kind = 'INTEREST') => (await ok<{ applyForSubsidy: Grant }>('firm', APPLY, { input: { loanId, kind } })).applyForSubsidy;
  const approve = async (g: Grant) =>
    (await ok<{ approveSubsidyApplication: Grant }>('office', APPROVE, { input: { id: g.id, expectedVersion: g.version } })).approveSubsidyApplication;

  /** A disbursed loan written straight into the loan tables: one paid instalment per interest amount given, on time unless said. */
  const loanOf = async (
    enterpriseId: string,
    plan: {
      status: 'ACTIVE' | 'REPAID' | 'OVERDUE' | 'DEFAULTED';
      interestPaidFen?: number[];
      everOverdue?: boolean;
      principalAtDefaultFen?: number;
      batchPackage?: string;
      shares?: { role: RiskShareRole; party: string; shareBp: number; passedOnBp: number }[];
      recoveries?: { recoveredFen: number; failed: boolean }[];
      fees?: { kind: string; amountFen: number }[];
    },
  ): Promise<string> => {
    const [app] = await q<{ id: string }>(
      `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status)
       values ($1, $2, $3, 100000000, 12, 'INTEREST_ONLY_BULLET', 'APPROVED') returning id`,
      [enterpriseId, bankOrg, productId],
    );
    const defaulted = plan.status === 'DEFAULTED';
    const repaid = plan.status === 'REPAID';
    const [loan] = await q<{ id: string }>(
      `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, principal_fen, annual_rate_bp, term_months, repayment_method,
         appraised_value_fen, pledge_rate_bp, status, contracted_at, disbursed_on, maturity_date, outstanding_principal_fen, ever_overdue, defaulted_on, principal_at_default_fen, repaid_on, batch_package)
       select $1, e.id, $2, $3, e.region_id, e.region_path, 100000000, 400, 12, 'INTEREST_ONLY_BULLET', 400000000, 2500, $4, now() - interval '200 days', current_date - 190, current_date + 170,
         $5, $6, $7, $8, $9, $10 from enterprise e where e.id = $11 returning id`,
      [
        app.id,
        bankOrg,
        productId,
        plan.status,
        repaid ? 0 : 100000000,
        plan.everOverdue ?? defaulted,
        defaulted ? todayInShanghai(clock.now()) : null,
        defaulted ? (plan.principalAtDefaultFen ?? 100000000) : null,
        repaid ? todayInShanghai(clock.now()) : null,
        plan.batchPackage ?? null,
        enterpriseId,
      ],
    );
    for (const [i, interest] of (plan.interestPaidFen ?? []).entries()) {
      await q(
        `insert into loan_instalment (loan_id, seq, due_date, principal_fen, interest_fen, paid_interest_fen, status, paid_on) values ($1, $2, current_date - $3::int, 0, $4, $4, 'PAID', current_date - $3::int)`,
        [loan.id, i + 1, 150 - i * 30, interest],
      );
      await q(`insert into repayment (loan_id, paid_on, principal_fen, interest_fen) values ($1, current_date - $2::int, 0, $3)`, [loan.id, 150 - i * 30, interest]);
    }
    if (plan.status === 'OVERDUE') {
      await q(`insert into loan_instalment (loan_id, seq, due_date, principal_fen, interest_fen, status, days_past_due) values ($1, 99, current_date - 5, 0, 1000, 'OVERDUE', 5)`, [
        loan.id,
      ]);
    }
    for (const s of plan.shares ?? [{ role: RiskShareRole.BANK, party: bankOrg, shareBp: 10000, passedOnBp: 0 }]) {
      await q('insert into loan_risk_share (loan_id, party_organization_id, role, share_bp, passed_on_bp) values ($1, $2, $3, $4, $5)', [
        loan.id,
        s.party,
        s.role,
        s.shareBp,
        s.passedOnBp,
      ]);
    }
    for (const r of plan.recoveries ?? []) {
      await q('insert into loan_recovery (loan_id, recovered_fen, recorded_on, failed) values ($1, $2, current_date, $3)', [loan.id, r.recoveredFen, r.failed]);
    }
    for (const f of plan.fees ?? []) await q(`insert into loan_fee (loan_id, kind, amount_fen, paid_on) values ($1, $2, $3, current_date - 190)`, [loan.id, f.kind, f.amountFen]);
    return loan.id;
  };

  beforeAll(async () => {
    t = await startApi();
    const orgOf = async (email: string) => (await q<{ organization_id: string }>(`select organization_id from app_user where email = $1`, [email]))[0].organization_id;
    bankOrg = await orgOf('bank@zhirong.test');
    guarantorOrg = await orgOf('guarantor@zhirong.test');
    firmId = (await q<{ id: string }>('select id from enterprise where organization_id = $1', [await orgOf('firm@zhirong.test')]))[0].id;
    songjiangFirmId = (await q<{ id: string }>(`select id from enterprise where region_path like '%310117' order by credit_code limit 1`))[0].id;
    productId = (await q<{ id: string }>(`select id from loan_product where bank_organization_id = $1 order by id limit 1`, [bankOrg]))[0].id;
    minhangRegionId = (await q<{ id: string }>(`select id from region where code = '310112'`))[0].id;
    seeded = await q(
      `select kind::text, status::text, amount_fen::text amount from subsidy_application where enterprise_id = $1
       union all select 'COMPENSATION_' || role, status::text, amount_fen::text from compensation_claim order by 1`,
      [firmId],
    );
    // The hand-worked caps start from nothing granted: the demo seed's subsidies of the firm go.
    await q('delete from subsidy_application where enterprise_id = $1', [firmId]);
  });

  afterAll(() => t?.close());

  it('the demo seed holds a paid and a pending subsidy of the demo firm and the bank’s claim on the Songjiang default', () => {
    // Registration fee ¥300 × 100% = ¥300. The claim: ratio 30% of the bank's 50% of the loss, computed by the seed with the formula.
    expect(seeded.map((r) => [r.kind, r.status])).toEqual([
      ['COMPENSATION_BANK', 'PENDING'],
      ['FEE_REGISTRATION', 'PENDING'],
      ['FEE_VALUATION', 'PAID'],
    ]);
    expect(seeded.find((r) => r.kind === 'FEE_REGISTRATION')?.amount).toBe('30000');
    expect(BigInt(seeded.find((r) => r.kind === 'COMPENSATION_BANK')!.amount)).toBeGreaterThan(0n);
  });

  it('grants an interest subsidy after normal repayment: interest actually paid × 50%, rounded down to the fen', async () => {
    // Interest paid: 1,234,567 + 1,000,002 = 2,234,569 fen (¥22,345.69).
    // × 50% = 1,117,284.5 fen → rounded down to 1,117,284 fen (¥11,172.84); under the ¥300,000 per-loan cap.
    const loanId = await loanOf(firmId, { status: 'REPAID', interestPaidFen: [1_234_567, 1_000_002] });
    const preview = (
      await ok<{ previewSubsidy: { eligible: boolean; amount: { amountFen: string }; steps: { expression: string }[] } }>(
        'firm',
        'query($loanId: ID!) { previewSubsidy(loanId: $loanId, kind: INTEREST) { eligible amount { amountFen } steps { expression } } }',
        { loanId },
      )
    ).previewSubsidy;
    expect(preview).toMatchObject({ eligible: true, amount: { amountFen: '1117284' } });
    const applied = await apply(loanId);
    expect(applied).toMatchObject({ status: 'PENDING', version: 1, amount: { amountFen: '1117284' } });
    expect(applied.steps.map((s) => s.expression)).toContain('¥22,345.69 × 50.00% = ¥11172.845 → ¥11,172.84（向下取整到分 / rounded down to fen）');
    const [stored] = await q<{ policy_id: string; facts: Record<string, string> }>('select policy_id, facts from subsidy_application where id = $1', [applied.id]);
    expect(stored.facts).toMatchObject({ interestPaidFen: '2234569', repaidNormally: 'true', everOverdue: 'false' });
    expect((await q<{ note: string }>('select note from regional_policy where id = $1', [stored.policy_id]))[0].note).toContain('闵行');
    // One application per loan and kind.
    expect((await gql('firm', APPLY, { input: { loanId, kind: 'INTEREST' } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    // The office approves on the version it read; a stale version is CONFLICT; then it records the payment.
    const stale = await gql('office', APPROVE, { input: { id: applied.id, expectedVersion: 7 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 1 });
    const approved = await approve(applied);
    expect(approved).toMatchObject({ status: 'APPROVED', version: 2, amount: { amountFen: '1117284' } });
    const paid = (
      await ok<{ recordSubsidyPayment: Grant & { paidOn: string } }>('office', PAY, {
        input: { id: approved.id, expectedVersion: 2, paidOn: todayInShanghai(clock.now()), reference: 'MH-2026-0100' },
      })
    ).recordSubsidyPayment;
    expect(paid).toMatchObject({ status: 'PAID', paidOn: todayInShanghai(clock.now()) });
    // Neither another bank nor another region's office sees it.
    expect((await gql('bank2', 'query($id: ID!) { subsidyApplication(id: $id) { id } }', { id: applied.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql('office.sj', APPROVE, { input: { id: applied.id, expectedVersion: 3 } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The loan shows its subsidies (Loan.subsidies, resolved by the subsidies module).
    const onLoan = await ok<{ loan: { subsidies: { id: string; status: string }[] } }>('firm', 'query($id: ID!) { loan(id: $id) { subsidies { id status } } }', { id: loanId });
    expect(onLoan.loan.subsidies).toEqual([{ id: applied.id, status: 'PAID' }]);
    const audit = await q<{ action: string }>(`select action from audit_log where entity_id = $1 order by created_at`, [applied.id]);
    expect(audit.map((a) => a.action)).toEqual(['applyForSubsidy', 'approveSubsidyApplication', 'paySubsidyApplication']);
  });

  it('refuses a loan once overdue (Minhang does not allow it) and one overdue now, storing nothing', async () => {
    const count = async () => (await q<{ n: number }>('select count(*)::int n from subsidy_application where enterprise_id = $1', [firmId]))[0].n;
    const before = await count();
    const once = await loanOf(firmId, { status: 'REPAID', interestPaidFen: [500_000], everOverdue: true });
    const refused = await gql('firm', APPLY, { input: { loanId: once, kind: 'INTEREST' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INELIGIBLE', ineligibleCode: 'EVER_OVERDUE' });
    expect(refused.errors?.[0].message).toContain('贷款曾经逾期');
    const now = await loanOf(firmId, { status: 'OVERDUE', interestPaidFen: [500_000] });
    expect((await gql('firm', APPLY, { input: { loanId: now, kind: 'INTEREST' } })).errors?.[0].extensions).toMatchObject({ ineligibleCode: 'NOT_REPAID_NORMALLY' });
    expect(await count()).toBe(before);
  });

  it('caps per loan and per firm and year, and refuses an approval over the year’s budget', async () => {
    const granted = async () =>
      BigInt(
        (
          await q<{ s: string }>(`select coalesce(sum(amount_fen), 0)::text s from subsidy_application where enterprise_id = $1 and status <> 'REJECTED' and status <> 'PENDING'`, [
            firmId,
          ])
        )[0].s,
      );
    const before = await granted(); // 1,117,284 fen from the first case
    // Loan A: interest paid ¥700,000 → × 50% = ¥350,000 → per-loan cap ¥300,000.
    const a = await apply(await loanOf(firmId, { status: 'REPAID', interestPaidFen: [70_000_000] }));
    expect(a.amount.amountFen).toBe('30000000');
    await approve(a);
    // Loan B: interest paid ¥600,000 → × 50% = ¥300,000 → per-loan cap min(¥300,000, ¥300,000) = ¥300,000
    // → per firm and year: ¥500,000 − (¥300,000 + ¥11,172.84 granted this year) = ¥188,827.16 left → 18,882,716 fen.
    const b = await apply(await loanOf(firmId, { status: 'REPAID', interestPaidFen: [60_000_000] }));
    expect(b.amount.amountFen).toBe((50_000_000n - 30_000_000n - before).toString());
    expect(b.amount.amountFen).toBe('18882716');
    expect(b.steps.find((s) => s.labelEn === 'Per-firm-per-year cap')?.expression).toBe('min(¥300,000.00, ¥500,000.00 − ¥311,172.84 已用 / used = ¥188,827.16) = ¥188,827.16');
    // Minhang's budget for the year: the office sets it to what is granted region-wide plus ¥100,000; B asks ¥188,827.16.
    const used = BigInt(
      (
        await ok<{ subsidyBudget: { used: { amountFen: string } } }>('office', 'query($r: ID!, $y: Int!) { subsidyBudget(regionId: $r, year: $y) { used { amountFen } } }', {
          r: minhangRegionId,
          y: year,
        })
      ).subsidyBudget.used.amountFen,
    );
    const set = (
      await ok<{ setSubsidyBudget: { amount: { amountFen: string }; remaining: { amountFen: string }; source: string } }>('office', BUDGET, {
        input: { regionId: minhangRegionId, year, amount: { amountFen: (used + 10_000_000n).toString() } },
      })
    ).setSubsidyBudget;
    expect(set).toMatchObject({ source: 'SET', remaining: { amountFen: '10000000' } });
    const over = await gql('office', APPROVE, { input: { id: b.id, expectedVersion: b.version } });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_EXCEEDED', askedFen: '18882716' });
    expect(over.errors?.[0].message).toContain('¥100,000.00 left');
    expect((await q<{ status: string }>('select status from subsidy_application where id = $1', [b.id]))[0].status).toBe('PENDING');
    // The office cannot set the budget below what is granted; raised, B is approved.
    const below = await gql('office', BUDGET, { input: { regionId: minhangRegionId, year, amount: { amountFen: (used - 1n).toString() } } });
    expect(below.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount.amountFen' });
    await ok('office', BUDGET, { input: { regionId: minhangRegionId, year, amount: { amountFen: '2000000000' } } });
    expect((await approve(b)).status).toBe('APPROVED');
    // A third loan gets nothing more this year: the per-firm cap is used up.
    const third = await loanOf(firmId, { status: 'REPAID', interestPaidFen: [1_000_000] });
    const c = await gql('firm', 'query($loanId: ID!) { previewSubsidy(loanId: $loanId, kind: INTEREST) { eligible amount { amountFen } } }', { loanId: third });
    expect(c.data).toEqual({ previewSubsidy: { eligible: true, amount: { amountFen: '0' } } });
    expect((await gql('firm', APPLY, { input: { loanId: third, kind: 'INTEREST' } })).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      ineligibleCode: 'NOTHING_TO_GRANT',
    });
  });

  it('compensates each party on the loss it carried, net of re-guarantee and reinsurance (Songjiang)', async () => {
    // Outstanding at default ¥800,000; recovered ¥200,000 before the recovery failed → loss ¥600,000.
    const loanId = await loanOf(songjiangFirmId, {
      status: 'DEFAULTED',
      principalAtDefaultFen: 80_000_000,
      shares: [
        { role: RiskShareRole.BANK, party: bankOrg, shareBp: 5000, passedOnBp: 0 },
        { role: RiskShareRole.GUARANTOR, party: guarantorOrg, shareBp: 3000, passedOnBp: 1500 },
        { role: RiskShareRole.INSURER, party: bankOrg, shareBp: 2000, passedOnBp: 1000 },
      ],
      recoveries: [
        { recoveredFen: 20_000_000, failed: false },
        { recoveredFen: 0, failed: true },
      ],
    });
    // Bank: 50.00% − 0 = 50.00% of ¥600,000 = ¥300,000; × 30% = ¥90,000.
    const bank = (await ok<{ claimRiskCompensation: Grant }>('bank', CLAIM, { input: { loanId } })).claimRiskCompensation;
    expect(bank).toMatchObject({ status: 'PENDING', amount: { amountFen: '9000000' } });
    expect(bank.steps.map((s) => s.expression)).toContain('¥800,000.00 不良时未还本金 / outstanding − ¥200,000.00 已追回 / recovered = ¥600,000.00');
    // Guarantor: 30.00% − 15.00% re-guaranteed = 15.00% of ¥600,000 = ¥90,000; × 30% = ¥27,000.
    const guarantor = (await ok<{ claimRiskCompensation: Grant }>('guarantor', CLAIM, { input: { loanId } })).claimRiskCompensation;
    expect(guarantor.amount.amountFen).toBe('2700000');
    expect(guarantor.steps.map((s) => s.expression)).toContain('30.00% − 15.00% = 15.00%');
    // Insurer: 20.00% − 10.00% reinsured = 10.00% of ¥600,000 = ¥60,000; × 30% = ¥18,000 (the shared ¥1,000,000 cap is far).
    const loan = await t.dataSource.manager.findOneByOrFail(Loan, { id: loanId });
    const insurer = await t.module.get(CompensationService).compute(t.dataSource.manager, loan, { role: RiskShareRole.INSURER, shareBp: 2000, passedOnBp: 1000 });
    expect(insurer.result.amountFen).toBe(1_800_000n);
    // Songjiang's office approves the bank's claim; Minhang's does not see it.
    expect((await gql('office', APPROVE_CLAIM, { input: { id: bank.id, expectedVersion: 1 } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ok<{ approveCompensationClaim: Grant }>('office.sj', APPROVE_CLAIM, { input: { id: bank.id, expectedVersion: 1 } })).approveCompensationClaim.status).toBe(
      'APPROVED',
    );
  });

  it('subsidises an IP insurance premium in Songjiang: premium × 50%, rounded down to the fen', async () => {
    // Premium paid ¥3,000.01 (300,001 fen) × 50% = 150,000.5 fen → 150,000 fen (¥1,500.00); under the ¥100,000 cap.
    const loanId = await loanOf(songjiangFirmId, { status: 'ACTIVE', fees: [{ kind: 'INSURANCE', amountFen: 300_001 }] });
    const loan = await t.dataSource.manager.findOneByOrFail(Loan, { id: loanId });
    const premium = await t.module.get(SubsidyService).compute(t.dataSource.manager, loan, SubsidyKind.PREMIUM);
    expect(premium.result.amountFen).toBe(150_000n);
    expect(premium.result.steps.map((s) => s.expression)).toContain('¥3,000.01 × 50.00% = ¥1500.005 → ¥1,500.00（向下取整到分 / rounded down to fen）');
    expect(premium.policy.sourceRegionCode).toBe('310117');
    // Minhang's policy has no premium subsidy (it subsidises the insurance fee instead).
    const minhang = await t.module
      .get(SubsidyService)
      .compute(
        t.dataSource.manager,
        await t.dataSource.manager.findOneByOrFail(Loan, { id: await loanOf(firmId, { status: 'ACTIVE', fees: [{ kind: 'INSURANCE', amountFen: 300_001 }] }) }),
        SubsidyKind.PREMIUM,
      );
    expect(minhang.result.ineligible?.code).toBe('NO_RULE');
  });

  it('refuses Songjiang compensation without a failed recovery, and for a batch-package loan', async () => {
    const partial = await loanOf(songjiangFirmId, { status: 'DEFAULTED', recoveries: [{ recoveredFen: 10_000_000, failed: false }] });
    expect((await gql('bank', CLAIM, { input: { loanId: partial } })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', ineligibleCode: 'RECOVERY_NOT_FAILED' });
    const batch = await loanOf(songjiangFirmId, { status: 'DEFAULTED', batchPackage: '松江区2026年知识产权质押融资批次包', recoveries: [{ recoveredFen: 0, failed: true }] });
    expect((await gql('bank', CLAIM, { input: { loanId: batch } })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', ineligibleCode: 'BATCH_PACKAGE' });
    // bank2 holds no share: it is not told the loan exists.
    expect((await gql('bank2', CLAIM, { input: { loanId: partial } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(Number((await q<{ n: number }>('select count(*)::int n from compensation_claim where loan_id = any($1::uuid[])', [[partial, batch]]))[0].n)).toBe(0);
  });

  it('names the field of bad input', async () => {
    expect((await gql('firm', APPLY, { input: { loanId: 'not-a-loan', kind: 'INTEREST' } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.loanId',
    });
    const g = await apply(await loanOf(firmId, { status: 'ACTIVE', interestPaidFen: [100], fees: [{ kind: 'REGISTRATION', amountFen: 30_000 }] }), 'FEE_REGISTRATION');
    // Registration fee ¥300.00 × 100.00% = ¥300.00, under the ¥2,000 cap.
    expect(g.amount.amountFen).toBe('30000');
    await approve(g);
    const future = await gql('office', PAY, { input: { id: g.id, expectedVersion: 2, paidOn: '2999-01-01', reference: 'X' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.paidOn' });
    const reason = await gql('office', 'mutation($input: RejectSubsidyInput!) { rejectSubsidyApplication(input: $input) { id } }', {
      input: { id: g.id, expectedVersion: 2, reason: '' },
    });
    expect(reason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  });

  // Last: the fraud finding makes the demo firm ineligible for the rest of the file.
  it('on fraud refuses the pending, claws back the paid, writes a credit record and refuses new applications', async () => {
    const pending = await apply(await loanOf(firmId, { status: 'REPAID', interestPaidFen: [10_000], fees: [{ kind: 'VALUATION', amountFen: 123_456 }] }), 'FEE_VALUATION');
    const paid = await q<{ id: string; amount_fen: string }>(`select id, amount_fen::text from subsidy_application where enterprise_id = $1 and status = 'PAID'`, [firmId]);
    expect(paid.map((p) => p.amount_fen)).toEqual(['1117284']);
    const record = (
      await ok<{ markSubsidyFraud: { id: string; clawback: { amountFen: string } } }>(
        'office',
        'mutation($input: MarkSubsidyFraudInput!) { markSubsidyFraud(input: $input) { id clawback { amountFen } } }',
        {
          input: { enterpriseId: firmId, reason: '伪造还款凭证' },
        },
      )
    ).markSubsidyFraud;
    expect(record.clawback.amountFen).toBe('1117284');
    const statuses = await q<{ id: string; status: string }>('select id, status from subsidy_application where id = any($1::uuid[])', [[pending.id, paid[0].id]]);
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [pending.id]: 'REJECTED', [paid[0].id]: 'CLAWED_BACK' });
    expect(await q('select amount_fen::text a from subsidy_clawback where subsidy_application_id = $1', [paid[0].id])).toEqual([{ a: '1117284' }]);
    // The record shows on the firm to its office and to the firm itself, not to a bank that sees the firm.
    const creditQuery = 'query($id: ID!) { enterprise(id: $id) { creditRecords { kind reason clawback { amountFen } } } }';
    expect((await ok<{ enterprise: { creditRecords: unknown[] } }>('office', creditQuery, { id: firmId })).enterprise.creditRecords).toEqual([
      { kind: 'SUBSIDY_FRAUD', reason: '伪造还款凭证', clawback: { amountFen: '1117284' } },
    ]);
    expect((await ok<{ enterprise: { creditRecords: unknown[] } }>('bank', creditQuery, { id: firmId })).enterprise.creditRecords).toEqual([]);
    const again = await gql('firm', APPLY, { input: { loanId: await loanOf(firmId, { status: 'REPAID', interestPaidFen: [10_000] }), kind: 'INTEREST' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FRAUD_RECORD' });
    // Only an office marks fraud.
    expect(
      (await gql('bank', 'mutation($input: MarkSubsidyFraudInput!) { markSubsidyFraud(input: $input) { id } }', { input: { enterpriseId: firmId, reason: '测试' } })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
