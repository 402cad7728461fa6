import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { ScreeningCriterion } from './entities/whitelist.enums';
import { checkRule, evaluateFirm, FirmFacts, isIncluded } from './screening.rules';
import { signWebhook, verifyWebhook } from './webhook-signing';

const facts: FirmFacts = {
  enterpriseId: 'e1',
  dishonest: false,
  creditRating: CreditRating.A,
  tags: [EnterpriseTag.SPECIALIZED_NEW],
  employees: 40,
  revenue: null,
  validInventionPatents: 3,
  highValuePatents: 1,
  totalValuationFen: 250_000_000n,
};
const rule = (criterion: ScreeningCriterion, threshold: string | null, weight = 10, required = false) => ({ criterion, threshold, weight, required });

describe('screening rules', () => {
  it('scores the weighted share of passed criteria and explains each in Chinese and English', () => {
    const e = evaluateFirm(
      [rule(ScreeningCriterion.NO_DISHONESTY, null, 30, true), rule(ScreeningCriterion.TOTAL_VALUATION, '300000000', 30), rule(ScreeningCriterion.TAGS, 'HIGH_TECH,SPECIALIZED_NEW', 40)],
      facts,
    );
    expect(e.score).toBe(70);
    expect(e.passedRequired).toBe(true);
    expect(e.reasons[1]).toMatchObject({ passed: false, value: '250000000', reasonZh: '知识产权有效评估总值 ¥2,500,000，要求至少 ¥3,000,000' });
    expect(e.reasons[2].reasonEn).toBe('Holds specialised and innovative SME (专精特新) (verified)');
  });

  it('counts only verified recognitions and headcount, and names what is declared but not verified', () => {
    const declared: FirmFacts = { ...facts, tags: [], employees: null, declaredTags: [EnterpriseTag.HIGH_TECH], declaredEmployees: 150 };
    const [tags, staff] = evaluateFirm([rule(ScreeningCriterion.TAGS, 'HIGH_TECH,GAZELLE'), rule(ScreeningCriterion.LOCAL_CONTRIBUTION, '100')], declared).reasons;
    expect(tags).toMatchObject({ passed: false, reasonZh: '高新技术企业（已申报，未核实）：核实前不计入（要求 高新技术企业、瞪羚企业 之一）', reasonEn: 'high-tech enterprise (高新技术企业) (declared, not verified): not counted until verified' });
    expect(staff).toMatchObject({ passed: false, reasonZh: '无已核实的从业人数（要求至少 100 人）；申报 150 人，未核实' });
  });

  it('excludes a firm failing a required criterion whatever its score; a nomination replaces only the score', () => {
    const rules = [rule(ScreeningCriterion.MIN_CREDIT_RATING, 'AA', 10, true), rule(ScreeningCriterion.VALID_INVENTION_PATENTS, '1', 90)];
    const e = evaluateFirm(rules, facts);
    expect(e.score).toBe(90);
    expect(isIncluded(e, 50, true)).toBe(false);
    const low = evaluateFirm([rule(ScreeningCriterion.LOCAL_CONTRIBUTION, '100', 10)], facts);
    expect(isIncluded(low, 50, false)).toBe(false);
    expect(isIncluded(low, 50, true)).toBe(true);
  });

  it('computes revenue growth from the newest year and the one before, exactly, and fails without them', () => {
    const growth = (threshold: string, revenue: FirmFacts['revenue']) => evaluateFirm([rule(ScreeningCriterion.REVENUE_GROWTH, threshold)], { ...facts, revenue }).reasons[0];
    expect(growth('0', null)).toMatchObject({ passed: false, value: null, reasonEn: 'No revenue reported for the last 2 fiscal years, growth unknown (0% required)' });
    expect(growth('0', { year: 2025, fen: 100n, previousFen: null })).toMatchObject({ passed: false, value: null });
    expect(growth('0', { year: 2025, fen: 100n, previousFen: 0n })).toMatchObject({ passed: false, value: null });
    // 1,100,000,000 over 1,000,000,000 fen is exactly 10%: equal to the threshold passes.
    expect(growth('1000', { year: 2025, fen: 1_100_000_000n, previousFen: 1_000_000_000n })).toMatchObject({
      passed: true,
      value: '1000',
      reasonZh: '2025 年营收同比增长 10%，要求不低于 10%',
    });
    // One fen short of 10% fails although it rounds to 9.99%: no float, no rounding in the comparison.
    expect(growth('1000', { year: 2025, fen: 1_099_999_999n, previousFen: 1_000_000_000n })).toMatchObject({ passed: false, value: '999' });
    expect(growth('-500', { year: 2025, fen: 960n, previousFen: 1000n })).toMatchObject({ passed: true, value: '-400' });
    expect(growth('-500', { year: 2025, fen: 949n, previousFen: 1000n })).toMatchObject({ passed: false, value: '-510' });
  });

  it('validates thresholds per criterion with the field path', () => {
    expect(() => checkRule(rule(ScreeningCriterion.TAGS, 'HIGH_TECH,NOPE'), 'input.criteria.2')).toThrow(expect.objectContaining({ field: 'input.criteria.2.threshold' }));
    expect(() => checkRule(rule(ScreeningCriterion.TOTAL_VALUATION, '1.5'), 'x')).toThrow();
    expect(checkRule(rule(ScreeningCriterion.TAGS, ' HIGH_TECH , GAZELLE '), 'x').threshold).toBe('HIGH_TECH,GAZELLE');
    expect(checkRule(rule(ScreeningCriterion.NO_DISHONESTY, 'ignored'), 'x').threshold).toBeNull();
  });
});

describe('webhook signing', () => {
  it('verifies its own signature within the tolerance only', () => {
    const now = Date.now();
    const ts = String(Math.floor(now / 1000));
    const sig = signWebhook('s3cret-s3cret-s3cret', ts, '{"a":1}');
    expect(verifyWebhook('s3cret-s3cret-s3cret', ts, '{"a":1}', sig, 300, now)).toBe(true);
    expect(verifyWebhook('s3cret-s3cret-s3cret', ts, '{"a":2}', sig, 300, now)).toBe(false);
    expect(verifyWebhook('other', ts, '{"a":1}', sig, 300, now)).toBe(false);
    expect(verifyWebhook('s3cret-s3cret-s3cret', ts, '{"a":1}', sig, 300, now + 301_000)).toBe(false);
  });
});
