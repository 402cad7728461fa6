import { checkPolicyRules } from './policy-rules';
import { NATIONAL_DEFAULT_RULES, REFERENCE_POLICIES } from './policy.data';

describe('PolicyRules validation', () => {
  it('accepts the national default and every reference policy', () => {
    expect(checkPolicyRules(NATIONAL_DEFAULT_RULES).ok).toBe(true);
    for (const p of REFERENCE_POLICIES) expect({ region: p.regionCode, result: checkPolicyRules(p.rules) }).toEqual({ region: p.regionCode, result: { ok: true, rules: p.rules } });
  });

  it('every reference rule cites its document', () => {
    for (const p of REFERENCE_POLICIES) {
      for (const key of Object.keys(p.rules).filter((k) => k !== 'citations')) {
        expect({ region: p.regionCode, key, cited: Boolean(p.rules.citations?.[key as keyof typeof p.rules.citations]) }).toEqual({ region: p.regionCode, key, cited: true });
      }
    }
  });

  it('names the bad path: ratios in basis points, money as fen strings, unknown keys refused', () => {
    const bad = checkPolicyRules({ ...NATIONAL_DEFAULT_RULES, interestSubsidy: { ratioBp: 12000, capPerLoanFen: 100, allowIfEverOverdue: false }, extra: 1 });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const paths = bad.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['interestSubsidy.ratioBp', 'interestSubsidy.capPerLoanFen', '']));
  });

  it('requires registration and overdue rules', () => {
    const bad = checkPolicyRules({ overdue: NATIONAL_DEFAULT_RULES.overdue });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toContain('registration');
  });

  it('bank reward tiers ascend and only the last is open-ended; a valuer reward is a ratio or an amount', () => {
    const tiers = checkPolicyRules({ ...NATIONAL_DEFAULT_RULES, bankReward: { tiers: [{ rateBp: 10 }, { uptoFen: '100', rateBp: 5 }] } });
    expect(tiers.ok).toBe(false);
    if (!tiers.ok) expect(tiers.issues.map((i) => i.path)).toContain('bankReward.tiers.0.uptoFen');
    const valuer = checkPolicyRules({ ...NATIONAL_DEFAULT_RULES, valuerReward: { ratioBp: 100, perLoanFen: '100', requiresRiskShare: true } });
    expect(valuer.ok).toBe(false);
  });
});
