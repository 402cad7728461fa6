import fc from 'fast-check';
import {
  applyRatio,
  bankReward,
  feeSubsidy,
  formatYuan,
  interestSubsidy,
  InterestSubsidyFacts,
  premiumSubsidy,
  riskCompensation,
  RiskCompensationFacts,
  valuerReward,
} from './formulas';
import { NATIONAL_DEFAULT_RULES, REFERENCE_POLICIES } from './policy.data';
import type { PolicyRules } from './policy-rules';

const ref = (code: string): PolicyRules => REFERENCE_POLICIES.find((p) => p.regionCode === code)!.rules;
const MINHANG = ref('310112');
const SONGJIANG = ref('310117');
const BEIJING = ref('110000');
const n = (x: number | string) => BigInt(x);

const normal: InterestSubsidyFacts = { interestPaidFen: n(0), repaidNormally: true, everOverdue: false, loanSubsidisedFen: n(0), firmYearSubsidisedFen: n(0) };

describe('rounding and formatting', () => {
  it('rounds a ratio product down to whole fen', () => {
    // 12,345 fen × 33.33% = 4,114.5885 fen → 4,114 fen
    expect(applyRatio(n(12345), 3333)).toBe(n(4114));
    // 1 fen × 50% = 0.5 fen → 0
    expect(applyRatio(n(1), 5000)).toBe(n(0));
    expect(formatYuan(n(123456789))).toBe('¥1,234,567.89');
    expect(formatYuan(n(5))).toBe('¥0.05');
  });
});

describe('interest subsidy 贴息', () => {
  it('Minhang: 50% of the interest actually paid after normal repayment', () => {
    // Loan ¥1,000,000 at 4.35% for a year, interest-only: interest paid ¥43,500.00 = 4,350,000 fen.
    // 4,350,000 × 50% = 2,175,000 fen = ¥21,750.00; below the per-loan cap ¥300,000 and the firm-year cap ¥500,000.
    const r = interestSubsidy(MINHANG, { ...normal, interestPaidFen: n(4_350_000) });
    expect(r.eligible).toBe(true);
    expect(r.amountFen).toBe(n(2_175_000));
    expect(r.steps.map((s) => s.expression)).toEqual(
      expect.arrayContaining(['¥43,500.00', '¥43,500.00 × 50.00% = ¥21,750.00', 'min(¥21,750.00, ¥300,000.00) = ¥21,750.00', 'min(¥21,750.00, ¥500,000.00) = ¥21,750.00']),
    );
  });

  it('rounds half a fen down', () => {
    // Interest paid ¥1,234.57 = 123,457 fen; × 30% (Songjiang) = 37,037.1 fen → 37,037 fen = ¥370.37.
    const r = interestSubsidy(SONGJIANG, { ...normal, interestPaidFen: n(123_457) });
    expect(r.amountFen).toBe(n(37_037));
    expect(r.steps.find((s) => s.label.en === 'Interest paid × subsidy ratio')?.expression).toBe('¥1,234.57 × 30.00% = ¥370.371 → ¥370.37（向下取整到分 / rounded down to fen）');
  });

  it('a loan once overdue does not qualify unless the policy says so', () => {
    const r = interestSubsidy(MINHANG, { ...normal, interestPaidFen: n(4_350_000), everOverdue: true });
    expect(r).toMatchObject({ eligible: false, amountFen: n(0), ineligible: { code: 'EVER_OVERDUE' } });
    // The same loan under a policy that allows ever-overdue loans: 4,350,000 × 50% = 2,175,000.
    const lenient: PolicyRules = { ...MINHANG, interestSubsidy: { ...MINHANG.interestSubsidy!, allowIfEverOverdue: true } };
    expect(interestSubsidy(lenient, { ...normal, interestPaidFen: n(4_350_000), everOverdue: true }).amountFen).toBe(n(2_175_000));
    // An instalment overdue now never qualifies, whatever the policy.
    expect(interestSubsidy(lenient, { ...normal, interestPaidFen: n(4_350_000), everOverdue: true, repaidNormally: false }).ineligible?.code).toBe('NOT_REPAID_NORMALLY');
  });

  it('caps per loan and per firm and year count what was granted already', () => {
    // Interest paid ¥800,000 = 80,000,000 fen × 50% = 40,000,000 fen (¥400,000).
    // Per loan: cap ¥300,000 − ¥100,000 granted on this loan before = ¥200,000 left → 20,000,000 fen.
    // Per firm and year: cap ¥500,000 − ¥350,000 of the firm's other interest subsidies this year = ¥150,000 → 15,000,000 fen.
    const r = interestSubsidy(MINHANG, { ...normal, interestPaidFen: n(80_000_000), loanSubsidisedFen: n(10_000_000), firmYearSubsidisedFen: n(35_000_000) });
    expect(r.amountFen).toBe(n(15_000_000));
    expect(r.steps.map((s) => s.valueFen)).toEqual(expect.arrayContaining(['40000000', '20000000', '15000000']));
    // The firm has used its whole year already: 0, but still "eligible" (nothing left under the cap).
    expect(interestSubsidy(MINHANG, { ...normal, interestPaidFen: n(80_000_000), firmYearSubsidisedFen: n(60_000_000) }).amountFen).toBe(n(0));
  });

  it('the national default has no interest subsidy', () => {
    expect(interestSubsidy(NATIONAL_DEFAULT_RULES, { ...normal, interestPaidFen: n(100) }).ineligible?.code).toBe('NO_RULE');
  });
});

describe('fee subsidies and the premium subsidy', () => {
  it('Minhang guarantee fee: 50% of each fee after disbursement, capped at ¥100,000 per loan', () => {
    // Guarantee fees ¥15,000.00 and ¥5,000.01 (1,500,000 + 500,001 fen):
    // 1,500,000 × 50% = 750,000; 500,001 × 50% = 250,000.5 → 250,000; sum 1,000,000 fen = ¥10,000.00 (< cap).
    const r = feeSubsidy(MINHANG, { kind: 'GUARANTEE', disbursed: true, feesFen: [n(1_500_000), n(500_001)], alreadySubsidisedFen: n(0) });
    expect(r.amountFen).toBe(n(1_000_000));
    // A valuation fee of ¥60,000 subsidised in full is capped at ¥50,000 = 5,000,000 fen.
    expect(feeSubsidy(MINHANG, { kind: 'VALUATION', disbursed: true, feesFen: [n(6_000_000)], alreadySubsidisedFen: n(0) }).amountFen).toBe(n(5_000_000));
  });

  it('not before disbursement, not a kind the policy lacks', () => {
    expect(feeSubsidy(MINHANG, { kind: 'GUARANTEE', disbursed: false, feesFen: [n(100)], alreadySubsidisedFen: n(0) }).ineligible?.code).toBe('NOT_DISBURSED');
    expect(feeSubsidy(BEIJING, { kind: 'REGISTRATION', disbursed: true, feesFen: [n(100)], alreadySubsidisedFen: n(0) }).ineligible?.code).toBe('NO_RULE');
  });

  it('Songjiang premium subsidy: 50% of the premium, cap ¥100,000', () => {
    // Premium ¥3,000.00 = 300,000 fen × 50% = 150,000 fen.
    expect(premiumSubsidy(SONGJIANG, { premiumPaidFen: n(300_000), alreadySubsidisedFen: n(0) }).amountFen).toBe(n(150_000));
    // Premium ¥300,000 × 50% = ¥150,000, cap ¥100,000 with ¥40,000 used → ¥60,000 = 6,000,000 fen.
    expect(premiumSubsidy(SONGJIANG, { premiumPaidFen: n(30_000_000), alreadySubsidisedFen: n(4_000_000) }).amountFen).toBe(n(6_000_000));
  });
});

describe('rewards', () => {
  it('Minhang bank reward: marginal tiers 0.1% / 0.05% / 0.02%', () => {
    // Lent ¥60,000,000 = 6,000,000,000 fen:
    //   0–¥10M:   1,000,000,000 × 0.10% = 1,000,000 fen
    //   ¥10–50M:  4,000,000,000 × 0.05% = 2,000,000 fen
    //   above:    1,000,000,000 × 0.02% =   200,000 fen
    //   sum 3,200,000 fen = ¥32,000.00 (< cap ¥500,000)
    const r = bankReward(MINHANG, { lentFen: n(6_000_000_000), alreadyRewardedFen: n(0) });
    expect(r.amountFen).toBe(n(3_200_000));
    expect(r.steps.filter((s) => s.label.en.startsWith('Tier')).map((s) => s.valueFen)).toEqual(['1000000', '2000000', '200000']);
    // Lent ¥5,000,000: only the first tier, 500,000,000 × 0.1% = 500,000 fen.
    expect(bankReward(MINHANG, { lentFen: n(500_000_000), alreadyRewardedFen: n(0) }).amountFen).toBe(n(500_000));
  });

  it('Minhang valuer reward: 20% of the valuation fee after normal repayment, only if it shared the risk', () => {
    // Valuation fee ¥25,000 = 2,500,000 fen × 20% = 500,000 fen.
    expect(valuerReward(MINHANG, { repaidNormally: true, valuerSharedRisk: true, valuationFeeFen: n(2_500_000) }).amountFen).toBe(n(500_000));
    expect(valuerReward(MINHANG, { repaidNormally: true, valuerSharedRisk: false, valuationFeeFen: n(2_500_000) }).ineligible?.code).toBe('NO_RISK_SHARE');
    expect(valuerReward(MINHANG, { repaidNormally: false, valuerSharedRisk: true, valuationFeeFen: n(2_500_000) }).ineligible?.code).toBe('NOT_REPAID_NORMALLY');
  });
});

describe('risk compensation 风险补偿', () => {
  const defaulted: RiskCompensationFacts = {
    role: 'GUARANTOR',
    defaulted: true,
    shareBp: 4000,
    passedOnBp: 0,
    outstandingAtDefaultFen: n(0),
    recoveredFen: n(0),
    recoveryFailed: true,
    batchPackage: false,
    loanCompensatedFen: n(0),
  };

  it('Beijing: compensation net of reinsurance', () => {
    // Outstanding at default ¥2,000,000 (200,000,000 fen), recovered ¥500,000 (50,000,000): loss 150,000,000 fen.
    // The guarantor carried 40% and passed 15% on through re-guarantee: own share 25%.
    // Base 150,000,000 × 25% = 37,500,000; × 30% = 11,250,000 fen = ¥112,500.00 (< cap ¥2M).
    const r = riskCompensation(BEIJING, { ...defaulted, shareBp: 4000, passedOnBp: 1500, outstandingAtDefaultFen: n(200_000_000), recoveredFen: n(50_000_000) });
    expect(r.amountFen).toBe(n(11_250_000));
    expect(r.steps.map((s) => s.valueFen ?? s.value)).toEqual(expect.arrayContaining(['150000000', '2500', '37500000', '11250000']));
    // The bank's 60% with nothing passed on: 150,000,000 × 60% = 90,000,000; × 30% = 27,000,000.
    expect(riskCompensation(BEIJING, { ...defaulted, role: 'BANK', shareBp: 6000, outstandingAtDefaultFen: n(200_000_000), recoveredFen: n(50_000_000) }).amountFen).toBe(
      n(27_000_000),
    );
  });

  it('the per-loan cap is shared by the parties', () => {
    // Songjiang cap ¥1,000,000 = 100,000,000 fen. Loss ¥10,000,000 (1,000,000,000 fen); the bank's 100%:
    // 1,000,000,000 × 30% = 300,000,000 → capped; with ¥800,000 already granted to others, ¥200,000 = 20,000,000 left.
    const r = riskCompensation(SONGJIANG, { ...defaulted, role: 'BANK', shareBp: 10000, outstandingAtDefaultFen: n(1_000_000_000), loanCompensatedFen: n(80_000_000) });
    expect(r.amountFen).toBe(n(20_000_000));
  });

  it('Songjiang: only after failed recovery, and never for batch-package loans', () => {
    const facts = { ...defaulted, role: 'BANK' as const, shareBp: 10000, outstandingAtDefaultFen: n(100_000_000) };
    expect(riskCompensation(SONGJIANG, { ...facts, recoveryFailed: false }).ineligible?.code).toBe('RECOVERY_NOT_FAILED');
    expect(riskCompensation(SONGJIANG, { ...facts, batchPackage: true }).ineligible?.code).toBe('BATCH_PACKAGE');
    // 100,000,000 × 100% × 30% = 30,000,000 fen.
    expect(riskCompensation(SONGJIANG, facts).amountFen).toBe(n(30_000_000));
    // Beijing asks neither: a batch-package loan not yet given up on is compensated.
    expect(riskCompensation(BEIJING, { ...facts, recoveryFailed: false, batchPackage: true }).amountFen).toBe(n(30_000_000));
  });

  it('a role the policy does not name, or a loan not defaulted, gets nothing', () => {
    expect(riskCompensation(SONGJIANG, { ...defaulted, role: 'VALUER', outstandingAtDefaultFen: n(100) }).ineligible?.code).toBe('NO_RULE');
    expect(riskCompensation(BEIJING, { ...defaulted, defaulted: false, outstandingAtDefaultFen: n(100) }).ineligible?.code).toBe('NOT_DEFAULTED');
  });
});

describe('properties', () => {
  const fen = fc.bigInt({ min: n(0), max: n('100000000000000') });
  const bp = fc.integer({ min: 0, max: 10000 });
  const cap = fc.option(fc.bigInt({ min: n(0), max: n('10000000000') }).map(String), { nil: undefined });

  it('an interest subsidy is never negative nor above either cap or the exact product', () => {
    fc.assert(
      fc.property(
        bp,
        cap,
        cap,
        fen,
        fen,
        fen,
        fc.boolean(),
        (ratioBp, capPerLoanFen, capPerFirmYearFen, interestPaidFen, loanSubsidisedFen, firmYearSubsidisedFen, everOverdue) => {
          const rules: PolicyRules = { ...NATIONAL_DEFAULT_RULES, interestSubsidy: { ratioBp, capPerLoanFen, capPerFirmYearFen, allowIfEverOverdue: false } };
          const r = interestSubsidy(rules, { interestPaidFen, repaidNormally: true, everOverdue, loanSubsidisedFen, firmYearSubsidisedFen });
          expect(r.amountFen >= n(0)).toBe(true);
          expect(r.amountFen <= applyRatio(interestPaidFen, ratioBp)).toBe(true);
          if (capPerLoanFen !== undefined) expect(r.amountFen + loanSubsidisedFen <= n(capPerLoanFen) || r.amountFen === n(0)).toBe(true);
          if (capPerFirmYearFen !== undefined) expect(r.amountFen + firmYearSubsidisedFen <= n(capPerFirmYearFen) || r.amountFen === n(0)).toBe(true);
          if (everOverdue) expect(r.amountFen).toBe(n(0));
        },
      ),
    );
  });

  it('fee, premium and bank rewards never exceed their caps and are never negative', () => {
    fc.assert(
      fc.property(bp, cap, fc.array(fen, { maxLength: 5 }), fen, (ratioBp, capFen, feesFen, already) => {
        const rules: PolicyRules = {
          ...NATIONAL_DEFAULT_RULES,
          feeSubsidies: { GUARANTEE: { ratioBp, capFen } },
          insurancePremiumSubsidy: { ratioBp, capFen },
          bankReward: { tiers: [{ uptoFen: '1000000000', rateBp: ratioBp }, { rateBp: Math.floor(ratioBp / 2) }], capPerBankYearFen: capFen },
        };
        const total = feesFen.reduce((a, b) => a + b, n(0));
        for (const r of [
          feeSubsidy(rules, { kind: 'GUARANTEE', disbursed: true, feesFen, alreadySubsidisedFen: already }),
          premiumSubsidy(rules, { premiumPaidFen: total, alreadySubsidisedFen: already }),
          bankReward(rules, { lentFen: total, alreadyRewardedFen: already }),
        ]) {
          expect(r.amountFen >= n(0)).toBe(true);
          expect(r.amountFen <= total).toBe(true);
          if (capFen !== undefined) expect(r.amountFen === n(0) || r.amountFen + already <= n(capFen)).toBe(true);
        }
      }),
    );
  });

  it("risk compensation never exceeds the party's net share of the loss, the cap, nor goes negative", () => {
    fc.assert(
      fc.property(bp, bp, bp, cap, fen, fen, fen, (ratio, share, passed, capPerLoanFen, outstanding, recovered, already) => {
        const rules: PolicyRules = {
          ...NATIONAL_DEFAULT_RULES,
          riskCompensation: { ratioBpByRole: { BANK: ratio }, capPerLoanFen, requireFailedRecovery: false, excludeBatchPackage: false },
        };
        const passedOnBp = Math.min(passed, share);
        const r = riskCompensation(rules, {
          role: 'BANK',
          defaulted: true,
          shareBp: share,
          passedOnBp,
          outstandingAtDefaultFen: outstanding,
          recoveredFen: recovered,
          recoveryFailed: false,
          batchPackage: false,
          loanCompensatedFen: already,
        });
        const loss = outstanding > recovered ? outstanding - recovered : n(0);
        expect(r.amountFen >= n(0)).toBe(true);
        expect(r.amountFen <= applyRatio(loss, share - passedOnBp)).toBe(true);
        if (capPerLoanFen !== undefined) expect(r.amountFen === n(0) || r.amountFen + already <= n(capPerLoanFen)).toBe(true);
      }),
    );
  });
});
