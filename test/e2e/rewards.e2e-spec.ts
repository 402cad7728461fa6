import { clock, todayInShanghai } from '@zhirong/core';
import { TestApp } from '@zhirong/platform/testing';
import { startApi, tokenFor } from '../support/api';

/**
 * Issue 14, bank and valuer rewards (奖励) over the API on the demo seed, every amount worked by
 * hand below. Minhang's reference policy (六): banks 0.1% of the amount lent up to ¥10M, 0.05% of
 * the part from ¥10M to ¥50M, 0.02% above, at most ¥500,000 per bank and year; valuers that
 * shared the risk 20% of the valuation fee after the firm repaid normally. Each case writes its
 * own loans straight into the loan tables; amounts are integer fen.
 */
type Who = 'bank' | 'bank2' | 'valuer' | 'office' | 'office.bj' | 'firm';
const REWARD = 'id kind status version periodYear loanId applicantName amount { amountFen } steps { labelZh labelEn expression value { amountFen } result } facts { name value }';
const APPLY_BANK = `mutation($input: ApplyForBankRewardInput!) { applyForBankReward(input: $input) { ${REWARD} } }`;
const APPLY_VALUER = `mutation($input: ApplyForValuerRewardInput!) { applyForValuerReward(input: $input) { ${REWARD} } }`;
const PREVIEW_BANK = `query($regionId: ID!, $year: Int!) { previewBankReward(regionId: $regionId, year: $year) { eligible amount { amountFen } ineligibleCode steps { labelEn expression } } }`;
const APPROVE = `mutation($input: ApproveSubsidyInput!) { approveRewardApplication(input: $input) { ${REWARD} } }`;
const PAY = `mutation($input: RecordSubsidyPaymentInput!) { recordRewardPayment(input: $input) { ${REWARD} paidOn paymentReference } }`;
const QUEUE = `query { rewardApplications(first: 50) { edges { node { id kind status applicantName } } } }`;

interface Reward {
  id: string;
  kind: string;
  status: string;
  version: number;
  amount: { amountFen: string };
  steps: { labelZh: string; labelEn: string; expression: string; value: { amountFen: string } | null; result: string | null }[];
  facts: { name: string; value: string }[];
}

jest.setTimeout(180_000);

describe('bank and valuer rewards, end to end', () => {
  let t: TestApp;
  let firmId: string;
  let songjiangFirmId: string;
  let bankOrg: string;
  let bank2Org: string;
  let valuerOrg: string;
  let minhangRegionId: string;
  let assetId: string;
  const today = todayInShanghai(clock.now());
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.dataSource.query(sql, params) as Promise<T[]>;
  const gql = async <T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, variables, await tokenFor(t, `${who}@zhirong.test`));
  const ok = async <T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await gql<T>(who, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const printed = (r: Pick<Reward, 'steps'>) => r.steps.map((s) => `${s.labelEn}: ${s.expression}`);

  /** A loan by `bank`, disbursed on `disbursedOn`, with its own application on one of the bank's products. */
  const loanOf = async (p: { bank: string; enterpriseId: string; principalFen: number; disbursedOn: string; status?: string; everOverdue?: boolean }) => {
    const [product] = await q<{ id: string }>('select id from loan_product where bank_organization_id = $1 order by id limit 1', [p.bank]);
    const [app] = await q<{ id: string }>(
      `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status)
       values ($1, $2, $3, $4, 12, 'INTEREST_ONLY_BULLET', 'APPROVED') returning id`,
      [p.enterpriseId, p.bank, product.id, p.principalFen],
    );
    const repaid = p.status === 'REPAID';
    const [loan] = await q<{ id: string }>(
      `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, principal_fen, annual_rate_bp, term_months, repayment_method,
         appraised_value_fen, pledge_rate_bp, status, contracted_at, disbursed_on, maturity_date, outstanding_principal_fen, ever_overdue, repaid_on)
       select $1, e.id, $2, $3, e.region_id, e.region_path, $4::bigint, 400, 12, 'INTEREST_ONLY_BULLET', $4::bigint * 4, 2500, $5, $6::date - 1, $6::date, $6::date + 365, $7, $8, $9
         from enterprise e where e.id = $10 returning id`,
      [app.id, p.bank, product.id, p.principalFen, p.status ?? 'ACTIVE', p.disbursedOn, repaid ? 0 : p.principalFen, p.everOverdue ?? false, repaid ? today : null, p.enterpriseId],
    );
    return loan.id;
  };

  /** A repaid Minhang loan whose pledged asset the valuer appraised, the valuer holding 10% of the risk and a ¥25,000 valuation fee paid. */
  const valuedLoan = async (everOverdue: boolean) => {
    const loanId = await loanOf({ bank: bankOrg, enterpriseId: firmId, principalFen: 100_000_000, disbursedOn: '2025-03-01', status: 'REPAID', everOverdue });
    const [valuation] = await q<{ id: string }>(
      `insert into valuation (ip_asset_id, valuer_organization_id, method, value_fen, valued_on, valid_until) values ($1, $2, 'INCOME', 400000000, '2025-02-01', '2026-02-01') returning id`,
      [assetId, valuerOrg],
    );
    await q('insert into loan_pledged_asset (loan_id, ip_asset_id, valuation_id, value_fen) values ($1, $2, $3, 400000000)', [loanId, assetId, valuation.id]);
    await q(`insert into loan_risk_share (loan_id, party_organization_id, role, share_bp, passed_on_bp) values ($1, $2, 'BANK', 9000, 0), ($1, $3, 'VALUER', 1000, 0)`, [
      loanId,
      bankOrg,
      valuerOrg,
    ]);
    await q(`insert into loan_fee (loan_id, kind, amount_fen, paid_on) values ($1, 'VALUATION', 2500000, '2025-03-01')`, [loanId]);
    return loanId;
  };

  beforeAll(async () => {
    t = await startApi();
    const orgOf = async (email: string) => (await q<{ organization_id: string }>(`select organization_id from app_user where email = $1`, [email]))[0].organization_id;
    bankOrg = await orgOf('bank@zhirong.test');
    bank2Org = await orgOf('bank2@zhirong.test');
    valuerOrg = await orgOf('valuer@zhirong.test');
    firmId = (await q<{ id: string }>('select id from enterprise where organization_id = $1', [await orgOf('firm@zhirong.test')]))[0].id;
    songjiangFirmId = (await q<{ id: string }>(`select id from enterprise where region_path like '%310117' order by credit_code limit 1`))[0].id;
    minhangRegionId = (await q<{ id: string }>(`select id from region where code = '310112'`))[0].id;
    assetId = (await q<{ id: string }>('select id from ip_asset where enterprise_id = $1 order by id limit 1', [firmId]))[0].id;
  });

  afterAll(() => t?.close());

  it('bank reward: the amount lent in Minhang in 2024, in marginal tiers; one per bank, region and year; the office approves and pays', async () => {
    // The demo seed lends nothing in 2024, so the year holds only the loans written here.
    const [before] = await q<{ n: number }>(`select count(*)::int n from loan where disbursed_on between '2024-01-01' and '2024-12-31'`);
    expect(before.n).toBe(0);
    await loanOf({ bank: bankOrg, enterpriseId: firmId, principalFen: 800_000_000, disbursedOn: '2024-01-01' }); // ¥8,000,000
    await loanOf({ bank: bankOrg, enterpriseId: firmId, principalFen: 5_200_000_000, disbursedOn: '2024-12-31', status: 'REPAID' }); // ¥52,000,000
    // Not counted: lent in 2023, lent in Songjiang, lent by bank2.
    await loanOf({ bank: bankOrg, enterpriseId: firmId, principalFen: 900_000_000, disbursedOn: '2023-12-31' });
    await loanOf({ bank: bankOrg, enterpriseId: songjiangFirmId, principalFen: 900_000_000, disbursedOn: '2024-06-01' });
    await loanOf({ bank: bank2Org, enterpriseId: firmId, principalFen: 900_000_000, disbursedOn: '2024-06-01' });

    // Lent ¥8,000,000 + ¥52,000,000 = ¥60,000,000:
    //   ¥10,000,000 × 0.10% = ¥10,000.00; (¥50M − ¥10M) = ¥40,000,000 × 0.05% = ¥20,000.00; (¥60M − ¥50M) = ¥10,000,000 × 0.02% = ¥2,000.00
    //   sum ¥32,000.00 = 3,200,000 fen, under the ¥500,000 cap.
    const preview = (await ok<{ previewBankReward: { eligible: boolean; amount: { amountFen: string } } }>('bank', PREVIEW_BANK, { regionId: minhangRegionId, year: 2024 }))
      .previewBankReward;
    expect(preview).toMatchObject({ eligible: true, amount: { amountFen: '3200000' } });
    const applied = (await ok<{ applyForBankReward: Reward }>('bank', APPLY_BANK, { input: { regionId: minhangRegionId, year: 2024 } })).applyForBankReward;
    expect(applied).toMatchObject({ kind: 'BANK', status: 'PENDING', periodYear: 2024, amount: { amountFen: '3200000' } });
    expect(applied.facts).toEqual(expect.arrayContaining([{ name: 'lentFen', value: '6000000000' }]));
    expect(applied.steps.filter((s) => s.value).map((s) => s.value!.amountFen)).toEqual(['6000000000', '1000000', '2000000', '200000', '3200000', '3200000', '3200000']);
    console.log(`bank reward as printed:\n${printed(applied).join('\n')}`);

    // One per bank, region and year.
    const again = await gql('bank', APPLY_BANK, { input: { regionId: minhangRegionId, year: 2024 } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    // A year not yet over is fine, a future one is bad input on its field.
    const future = await gql('bank', APPLY_BANK, { input: { regionId: minhangRegionId, year: Number(today.slice(0, 4)) + 1 } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
    // Only a bank applies for a bank reward.
    expect((await gql('valuer', APPLY_BANK, { input: { regionId: minhangRegionId, year: 2024 } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The Minhang office sees it in its queue, approves it within the budget and pays it; Beijing's does not see it.
    const queue = (await ok<{ rewardApplications: { edges: { node: { id: string; applicantName: string } }[] } }>('office', QUEUE)).rewardApplications.edges;
    expect(queue.map((e) => e.node.id)).toContain(applied.id);
    expect((await ok<{ rewardApplications: { edges: unknown[] } }>('office.bj', QUEUE)).rewardApplications.edges.map((e) => (e as { node: { id: string } }).node.id)).not.toContain(
      applied.id,
    );
    const approved = (await ok<{ approveRewardApplication: Reward }>('office', APPROVE, { input: { id: applied.id, expectedVersion: applied.version } })).approveRewardApplication;
    expect(approved).toMatchObject({ status: 'APPROVED', amount: { amountFen: '3200000' } });
    const stale = await gql('office', APPROVE, { input: { id: applied.id, expectedVersion: applied.version } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const paid = (
      await ok<{ recordRewardPayment: Reward & { paidOn: string } }>('office', PAY, {
        input: { id: applied.id, expectedVersion: approved.version, paidOn: today, reference: 'MH-RW-2024-01' },
      })
    ).recordRewardPayment;
    expect(paid).toMatchObject({ status: 'PAID', paidOn: today });
    const [used] = await q<{ s: string }>(`select coalesce(sum(amount_fen), 0)::text s from reward_application where budget_region_id = $1 and status = 'PAID'`, [minhangRegionId]);
    expect(used.s).toBe('3200000');
  });

  it('bank reward: the per-bank-year cap of ¥500,000', async () => {
    // bank2 lends ¥3,000,000,000 in Minhang in 2024 (plus the ¥9,000,000 of the case above: ¥3,009,000,000):
    //   ¥10,000 + ¥20,000 + (¥3,009,000,000 − ¥50,000,000) × 0.02% = ¥591,800 → sum ¥621,800 → capped at ¥500,000 = 50,000,000 fen.
    await loanOf({ bank: bank2Org, enterpriseId: firmId, principalFen: 300_000_000_000, disbursedOn: '2024-09-30' });
    const r = (await ok<{ applyForBankReward: Reward }>('bank2', APPLY_BANK, { input: { regionId: minhangRegionId, year: 2024 } })).applyForBankReward;
    expect(r.facts).toEqual(expect.arrayContaining([{ name: 'lentFen', value: '300900000000' }]));
    expect(r.steps.filter((s) => s.value).map((s) => s.value!.amountFen)).toEqual(['300900000000', '1000000', '2000000', '59180000', '62180000', '50000000', '50000000']);
    expect(r.amount.amountFen).toBe('50000000');
  });

  it('valuer reward: 20% of the valuation fee after normal repayment, refused on a once-overdue loan, one per valuer and loan', async () => {
    const normal = await valuedLoan(false);
    const candidates = (await ok<{ valuerRewardLoans: { loanId: string; status: string }[] }>('valuer', 'query { valuerRewardLoans { loanId status } }')).valuerRewardLoans;
    expect(candidates).toEqual(expect.arrayContaining([{ loanId: normal, status: 'REPAID' }]));
    // Repaid, never overdue, the valuer held 10% of the risk: ¥25,000.00 × 20.00% = ¥5,000.00 = 500,000 fen.
    const r = (await ok<{ applyForValuerReward: Reward }>('valuer', APPLY_VALUER, { input: { loanId: normal } })).applyForValuerReward;
    expect(r).toMatchObject({ kind: 'VALUER', status: 'PENDING', loanId: normal, amount: { amountFen: '500000' } });
    expect(r.steps.map((s) => s.result ?? s.value?.amountFen)).toEqual(['true', 'true', '500000', '500000']);
    console.log(`valuer reward as printed:\n${printed(r).join('\n')}`);
    const again = await gql('valuer', APPLY_VALUER, { input: { loanId: normal } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });

    // The same loan, but once overdue: not repaid normally, nothing stored.
    const overdue = await valuedLoan(true);
    const refused = await gql('valuer', APPLY_VALUER, { input: { loanId: overdue } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', ineligibleCode: 'NOT_REPAID_NORMALLY' });
    expect((await q(`select 1 from reward_application where loan_id = $1`, [overdue])).length).toBe(0);

    // A loan the valuer did not appraise is not its to see; bad ids are bad input on their field.
    const other = await loanOf({ bank: bankOrg, enterpriseId: firmId, principalFen: 100_000_000, disbursedOn: '2025-03-01', status: 'REPAID' });
    expect((await gql('valuer', APPLY_VALUER, { input: { loanId: other } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql('valuer', APPLY_VALUER, { input: { loanId: 'nope' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.loanId' });

    const approved = (await ok<{ approveRewardApplication: Reward }>('office', APPROVE, { input: { id: r.id, expectedVersion: r.version } })).approveRewardApplication;
    expect(approved).toMatchObject({ status: 'APPROVED', amount: { amountFen: '500000' } });
  });
});
