import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { AssetFacts, evaluate, MatchCriterion, NeedFacts, pledgeCeilingFen, ProductFacts, requiredValuationFen, screen, scorePair, wholeYearsBetween } from './match-engine';

export const TODAY = '2026-11-25';
const BANK = 'bank-1';

export function asset(over: Partial<AssetFacts> = {}): AssetFacts {
  return {
    id: 'a1',
    type: IpType.INVENTION_PATENT,
    legalStatus: LegalStatus.VALID,
    pledgeStatus: PledgeStatus.FREE,
    valuation: { valueFen: 1_000_000_000n, valuedOn: '2026-06-01', validUntil: '2027-06-01' },
    expiresOn: '2040-01-01',
    implemented: true,
    ...over,
  };
}

/** ¥3,000,000 over 12 months at ≤ 5%; one invention patent valued ¥10,000,000. */
export function need(over: Partial<NeedFacts> = {}, enterprise: Partial<NeedFacts['enterprise']> = {}): NeedFacts {
  return {
    id: 'n1',
    amountFen: 300_000_000n,
    termMonths: 12,
    maxRateBp: 500,
    guaranteeAcceptable: false,
    insuranceAcceptable: false,
    bundleId: 'b1',
    assets: [asset()],
    ...over,
    enterprise: {
      id: 'e1',
      regionPath: '310000/310112',
      industryCode: 'C39',
      foundedOn: '2018-05-01',
      tags: [EnterpriseTag.HIGH_TECH],
      dishonest: false,
      creditRating: CreditRating.A,
      whitelistedBankIds: new Set<string>(),
      ...enterprise,
    },
  };
}

/** ¥1M–¥5M, 6–36 months, from 4.00%, invention patents at 30%. */
export function product(over: Partial<ProductFacts> = {}): ProductFacts {
  return {
    id: 'p1',
    bankOrganizationId: BANK,
    minAmountFen: 100_000_000n,
    maxAmountFen: 500_000_000n,
    minTermMonths: 6,
    maxTermMonths: 36,
    minRateBp: 400,
    maxRateBp: 550,
    acceptedIpTypes: [IpType.INVENTION_PATENT, IpType.UTILITY_MODEL],
    pledgeRates: { [IpType.INVENTION_PATENT]: 3000, [IpType.UTILITY_MODEL]: 1500 },
    regionPaths: [],
    industries: [],
    minFirmAgeYears: 0,
    requiredTags: [],
    requiresNoDishonesty: true,
    minCreditRating: null,
    guaranteeRequired: false,
    insuranceRequired: false,
    whitelistOnly: false,
    bundleAllowed: true,
    status: 'ACTIVE',
    activeFrom: '2026-01-01',
    activeUntil: null,
    ...over,
  };
}

const failedOf = (n: NeedFacts, p: ProductFacts, today = TODAY) => evaluate(n, p, today).checks.filter((c) => !c.passed).map((c) => c.criterion);

/** Asserts that exactly `criterion` fails (or nothing, when null). */
function expectOnly(n: NeedFacts, p: ProductFacts, criterion: MatchCriterion | null, today = TODAY): void {
  expect(failedOf(n, p, today)).toEqual(criterion ? [criterion] : []);
  expect(evaluate(n, p, today).eligible).toBe(criterion === null);
  expect(screen(n, p, today)?.failed).toEqual(criterion ? [criterion] : []);
}

describe('match engine: hard checks', () => {
  it('finds the baseline pair eligible, every check passed with a bilingual detail', () => {
    const result = evaluate(need(), product(), TODAY);
    expect(result.eligible).toBe(true);
    expect(result.hints).toEqual([]);
    expect(result.checks.map((c) => c.criterion)).toEqual(Object.values(MatchCriterion));
    for (const c of result.checks) {
      expect(c.detail).toMatch(/[\u4e00-\u9fff]/);
      expect(c.detailEn).toMatch(/[a-z]/);
    }
  });

  describe('amount range', () => {
    it('passes at the minimum and the maximum, fails one fen outside', () => {
      expectOnly(need({ amountFen: 100_000_000n }), product(), null);
      expectOnly(need({ amountFen: 99_999_999n }), product(), MatchCriterion.AMOUNT_RANGE);
      const rich = [asset({ valuation: { valueFen: 10_000_000_000n, valuedOn: '2026-06-01', validUntil: '2027-06-01' } })];
      expectOnly(need({ amountFen: 500_000_000n, assets: rich }), product(), null);
      expectOnly(need({ amountFen: 500_000_001n, assets: rich }), product(), MatchCriterion.AMOUNT_RANGE);
    });
  });

  describe('term range', () => {
    it('passes at both limits, fails a month outside', () => {
      expectOnly(need({ termMonths: 6 }), product(), null);
      expectOnly(need({ termMonths: 36 }), product(), null);
      expectOnly(need({ termMonths: 5 }), product(), MatchCriterion.TERM_RANGE);
      expectOnly(need({ termMonths: 37 }), product(), MatchCriterion.TERM_RANGE);
    });
  });

  it('rate: the need’s maximum equal to the product minimum passes, one bp below fails', () => {
    expectOnly(need({ maxRateBp: 400 }), product(), null);
    expectOnly(need({ maxRateBp: 399 }), product(), MatchCriterion.RATE);
  });

  it('IP types: every asset’s type must be accepted', () => {
    const trademark = asset({ id: 'a2', type: IpType.TRADEMARK, valuation: null });
    expectOnly(need({ assets: [asset(), trademark] }), product(), MatchCriterion.IP_TYPES);
    expectOnly(need({ assets: [asset(), asset({ id: 'a2', type: IpType.UTILITY_MODEL })] }), product(), null);
  });

  describe('pledge rate', () => {
    it('passes at exactly the ceiling, fails one fen over', () => {
      // ¥10,000,000 × 30% = ¥3,000,000.
      expect(pledgeCeilingFen(need(), product(), TODAY)).toBe(300_000_000n);
      expectOnly(need({ amountFen: 300_000_000n }), product(), null);
      expectOnly(need({ amountFen: 300_000_001n }), product(), MatchCriterion.PLEDGE_RATE);
    });

    it('sums per asset with its own type’s rate, flooring each to the fen', () => {
      const assets = [asset({ valuation: { valueFen: 333n, valuedOn: '2026-01-01', validUntil: '2027-01-01' } }), asset({ id: 'a2', type: IpType.UTILITY_MODEL, valuation: { valueFen: 1_000_000_007n, valuedOn: '2026-01-01', validUntil: '2027-01-01' } })];
      // floor(333 × 0.3) = 99; floor(1,000,000,007 × 0.15) = 150,000,001.
      expect(pledgeCeilingFen(need({ assets }), product(), TODAY)).toBe(99n + 150_000_001n);
    });

    it('counts a valuation on its last valid day, not the day after', () => {
      const v = (validUntil: string) => [asset({ valuation: { valueFen: 1_000_000_000n, valuedOn: '2025-01-01', validUntil } })];
      expectOnly(need({ assets: v(TODAY) }), product(), null);
      expectOnly(need({ assets: v('2026-11-24') }), product(), MatchCriterion.PLEDGE_RATE);
      expect(pledgeCeilingFen(need({ assets: v('2026-11-24') }), product(), TODAY)).toBe(0n);
    });

    it('works in exact bigint fen far beyond 2^53', () => {
      const huge = 9_007_199_254_740_993_000n;
      const n = need({ amountFen: (huge * 3000n) / 10_000n, assets: [asset({ valuation: { valueFen: huge, valuedOn: '2026-01-01', validUntil: '2027-01-01' } })] });
      expect(failedOf(n, product({ maxAmountFen: huge }))).toEqual([]);
      expect(failedOf({ ...n, amountFen: n.amountFen + 1n }, product({ maxAmountFen: huge }))).toEqual([MatchCriterion.PLEDGE_RATE]);
    });
  });

  describe('region', () => {
    it('passes everywhere when the product lists none, inside a listed subtree, fails outside', () => {
      expectOnly(need(), product({ regionPaths: ['310000'] }), null);
      expectOnly(need(), product({ regionPaths: ['310000/310112'] }), null);
      expectOnly(need(), product({ regionPaths: ['310000/310117', '110000'] }), MatchCriterion.REGION);
      // A sibling whose code merely starts the same is not inside.
      expectOnly(need({}, { regionPath: '3100001/1' }), product({ regionPaths: ['310000'] }), MatchCriterion.REGION);
    });
  });

  it('industry: empty is any, section and division prefixes match', () => {
    expectOnly(need(), product({ industries: ['C'] }), null);
    expectOnly(need(), product({ industries: ['C39'] }), null);
    expectOnly(need(), product({ industries: ['C27', 'I'] }), MatchCriterion.INDUSTRY);
  });

  it('firm age: whole years at today, the anniversary counts', () => {
    expect(wholeYearsBetween('2018-11-25', TODAY)).toBe(8);
    expect(wholeYearsBetween('2018-11-26', TODAY)).toBe(7);
    expectOnly(need({}, { foundedOn: '2018-11-25' }), product({ minFirmAgeYears: 8 }), null);
    expectOnly(need({}, { foundedOn: '2018-11-26' }), product({ minFirmAgeYears: 8 }), MatchCriterion.FIRM_AGE);
  });

  it('tags: all required tags held', () => {
    expectOnly(need(), product({ requiredTags: [EnterpriseTag.HIGH_TECH] }), null);
    expectOnly(need(), product({ requiredTags: [EnterpriseTag.HIGH_TECH, EnterpriseTag.SPECIALIZED_NEW] }), MatchCriterion.TAGS);
  });

  it('tags: a declared, unverified tag does not pass, and the check and hint say so', () => {
    const declared = need({}, { declaredTags: [EnterpriseTag.SPECIALIZED_NEW] });
    const required = product({ requiredTags: [EnterpriseTag.HIGH_TECH, EnterpriseTag.SPECIALIZED_NEW, EnterpriseTag.GAZELLE] });
    expectOnly(declared, required, MatchCriterion.TAGS);
    const result = evaluate(declared, required, TODAY);
    const check = result.checks.find((c) => c.criterion === MatchCriterion.TAGS)!;
    expect(check.detail).toContain('专精特新（已申报，未核实）');
    expect(check.detailEn).toContain('specialised and innovative SME (专精特新) (declared, not verified)');
    expect(result.hints.join('\n')).toContain('核实已申报的资质：专精特新');
    expect(result.hints.join('\n')).toContain('取得资质：瞪羚企业');
    expect(result.hints.join('\n')).toContain('obtain the recognition: gazelle enterprise (瞪羚企业)');
    expect(result.hints.join('\n')).not.toMatch(/GAZELLE|SPECIALIZED_NEW/);
  });

  it('names regions, industries and IP types in words where people read them, codes staying in the structured fields', () => {
    const shanghai = need({}, { regionPath: '310000/310112', regionName: '上海市闵行区', industryCode: 'C39' });
    const guizhou = product({ regionPaths: ['520000/522600'], regionNames: ['贵州省黔东南苗族侗族自治州'], industries: ['I'] });
    const result = evaluate(shanghai, guizhou, TODAY);
    const text = [...result.hints, ...result.checks.flatMap((c) => [c.detail, c.detailEn])].join('\n');
    expect(result.hints).toContain('产品仅面向 贵州省黔东南苗族侗族自治州 的企业，请选择本地区产品 (only for firms in 贵州省黔东南苗族侗族自治州: choose a product offered in your region)');
    expect(text).toContain('企业所在地区 上海市闵行区');
    expect(text).toContain('C39（制造业）');
    expect(text).toContain('I（信息传输、软件和信息技术服务业）');
    expect(text).not.toMatch(/520000|310112/);
    expect(result.checks.find((c) => c.criterion === MatchCriterion.REGION)).toMatchObject({ passed: false });
  });

  it('dishonesty: fails only when the product screens for it', () => {
    expectOnly(need({}, { dishonest: true }), product(), MatchCriterion.DISHONESTY);
    expectOnly(need({}, { dishonest: true }), product({ requiresNoDishonesty: false }), null);
  });

  it('credit rating: the minimum itself passes, a grade below fails, unrated fails', () => {
    expectOnly(need(), product({ minCreditRating: CreditRating.A }), null);
    expectOnly(need({}, { creditRating: CreditRating.BBB }), product({ minCreditRating: CreditRating.A }), MatchCriterion.CREDIT_RATING);
    expectOnly(need({}, { creditRating: null }), product({ minCreditRating: CreditRating.BB }), MatchCriterion.CREDIT_RATING);
  });

  it('guarantee and insurance: required ⇒ acceptable to the firm', () => {
    expectOnly(need(), product({ guaranteeRequired: true }), MatchCriterion.GUARANTEE);
    expectOnly(need({ guaranteeAcceptable: true }), product({ guaranteeRequired: true }), null);
    expectOnly(need(), product({ insuranceRequired: true }), MatchCriterion.INSURANCE);
    expectOnly(need({ insuranceAcceptable: true }), product({ insuranceRequired: true }), null);
  });

  it('whitelist-only: the firm must have been pushed to that bank', () => {
    expectOnly(need(), product({ whitelistOnly: true }), MatchCriterion.WHITELIST);
    expectOnly(need({}, { whitelistedBankIds: new Set(['other-bank']) }), product({ whitelistOnly: true }), MatchCriterion.WHITELIST);
    expectOnly(need({}, { whitelistedBankIds: new Set([BANK]) }), product({ whitelistOnly: true }), null);
  });

  it('product active: status ACTIVE and today within activeFrom..activeUntil inclusive', () => {
    expectOnly(need(), product({ activeFrom: TODAY, activeUntil: TODAY }), null);
    expectOnly(need(), product({ activeFrom: '2026-11-26' }), MatchCriterion.PRODUCT_ACTIVE);
    expectOnly(need(), product({ activeUntil: '2026-11-24' }), MatchCriterion.PRODUCT_ACTIVE);
    expectOnly(need(), product({ status: 'ARCHIVED' }), MatchCriterion.PRODUCT_ACTIVE);
  });

  it('asset status: every asset VALID and FREE', () => {
    expectOnly(need({ assets: [asset({ legalStatus: LegalStatus.LAPSED_UNPAID_FEES })] }), product(), MatchCriterion.ASSET_STATUS);
    expectOnly(need({ assets: [asset({ pledgeStatus: PledgeStatus.PLEDGED })] }), product(), MatchCriterion.ASSET_STATUS);
  });

  it('bundle: needs one, and several assets only where bundles are allowed', () => {
    expect(failedOf(need({ bundleId: null, assets: [] }), product())).toEqual([MatchCriterion.BUNDLE, MatchCriterion.PLEDGE_RATE]);
    const two = need({ assets: [asset(), asset({ id: 'a2' })] });
    expectOnly(two, product(), null);
    expectOnly(two, product({ bundleAllowed: false }), MatchCriterion.BUNDLE);
    expectOnly(need(), product({ bundleAllowed: false }), null);
  });

  it('screen gives up past the failure limit', () => {
    const bad = need({ termMonths: 48, maxRateBp: 100 }, { dishonest: true });
    expect(screen(bad, product(), TODAY, 2)).toBeNull();
    expect(screen(bad, product(), TODAY, 3)?.failed).toEqual([MatchCriterion.TERM_RANGE, MatchCriterion.RATE, MatchCriterion.DISHONESTY]);
  });
});

describe('match engine: hints', () => {
  const hints = (n: NeedFacts, p: ProductFacts) => evaluate(n, p, TODAY).hints;

  it('computes the valuation needed and the amount the bundle supports', () => {
    // ¥2,100,000 wanted against ¥5,000,000 at 30% = ¥1,500,000 ceiling.
    const n = need({ amountFen: 210_000_000n, assets: [asset({ valuation: { valueFen: 500_000_000n, valuedOn: '2026-06-01', validUntil: '2027-06-01' } })] });
    expect(hints(n, product())).toEqual([
      '质押组合评估价值至少需要 ¥7,000,000 (a valuation of at least ¥7,000,000 for the bundle)',
      '将金额降至 ¥1,500,000 (reduce the amount to ¥1,500,000)',
    ]);
    expect(requiredValuationFen(n, product(), TODAY)).toBe(700_000_000n);
  });

  it('weights the required valuation by the assets’ values and rounds up', () => {
    // Values 6M at 30% and 4M at 15%: weighted rate 24%; ¥3,000,001 / 0.24 rounded up to the fen.
    const assets = [
      asset({ valuation: { valueFen: 600_000_000n, valuedOn: '2026-06-01', validUntil: '2027-06-01' } }),
      asset({ id: 'a2', type: IpType.UTILITY_MODEL, valuation: { valueFen: 400_000_000n, valuedOn: '2026-06-01', validUntil: '2027-06-01' } }),
    ];
    expect(requiredValuationFen(need({ amountFen: 300_000_100n, assets }), product(), TODAY)).toBe(1_250_000_417n);
  });

  it('says which assets need a fresh appraisal when valuations expired', () => {
    const n = need({ assets: [asset({ valuation: { valueFen: 1_000_000_000n, valuedOn: '2024-01-01', validUntil: '2025-01-01' } })] });
    expect(hints(n, product())).toEqual([
      '质押组合评估价值至少需要 ¥10,000,000 (a valuation of at least ¥10,000,000 for the bundle)',
      '1 项知识产权缺少有效评估，请重新评估 (1 asset(s) have no valid valuation: have them appraised)',
    ]);
  });

  it('reduces to the lower of the product maximum and the pledge ceiling', () => {
    const n = need({ amountFen: 600_000_000n });
    expect(hints(n, product())).toContain('将金额降至 ¥3,000,000 (reduce the amount to ¥3,000,000)');
    const rich = need({ amountFen: 600_000_000n, assets: [asset({ valuation: { valueFen: 10_000_000_000n, valuedOn: '2026-06-01', validUntil: '2027-06-01' } })] });
    expect(hints(rich, product())).toEqual(['将金额降至 ¥5,000,000 (reduce the amount to ¥5,000,000)']);
  });

  it('gives term, rate, minimum amount, guarantee, age and rating hints from the product’s numbers', () => {
    expect(hints(need({ termMonths: 48 }), product())).toEqual(['期限不超过 36 个月 (term at most 36 months)']);
    expect(hints(need({ termMonths: 3 }), product())).toEqual(['期限不少于 6 个月 (term at least 6 months)']);
    expect(hints(need({ maxRateBp: 380 }), product({ minRateBp: 435 }))).toEqual(['可接受年利率提高到 4.35% (accept an annual rate of 4.35%)']);
    expect(hints(need({ amountFen: 50_000_000n }), product())).toEqual(['融资金额至少 ¥1,000,000 (an amount of at least ¥1,000,000)']);
    expect(hints(need(), product({ guaranteeRequired: true }))).toEqual(['增加担保 (add a guarantee)']);
    expect(hints(need({}, { foundedOn: '2024-02-29' }), product({ minFirmAgeYears: 3 }))).toEqual([
      '企业成立满 3 年后（2027-02-28 起）可申请 (eligible from 2027-02-28, when the firm is 3 years old)',
    ]);
    expect(hints(need({}, { creditRating: CreditRating.BB }), product({ minCreditRating: CreditRating.A }))).toEqual([
      '信用评级达到 A 或以上 (a credit rating of A or better)',
    ]);
  });
});

describe('match engine: score', () => {
  const score = (n: NeedFacts, p: ProductFacts) => scorePair(n, p, TODAY, pledgeCeilingFen(n, p, TODAY));

  it('stays within 0–100 and is deterministic', () => {
    const s = score(need(), product());
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(100);
    expect(score(need(), product())).toBe(s);
  });

  it('never drops when the rate gets better', () => {
    let last = -1;
    for (let bp = 500; bp >= 200; bp -= 25) {
      const s = score(need(), product({ minRateBp: bp }));
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
  });

  it('never drops with more headroom under the pledge ceiling', () => {
    let last = -1;
    for (let v = 1_000_000_000n; v <= 5_000_000_000n; v += 250_000_000n) {
      const s = score(need({ assets: [asset({ valuation: { valueFen: v, valuedOn: '2026-06-01', validUntil: '2027-06-01' } })] }), product());
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
  });

  it('never drops with more term room, implementation, a better rating or another tag', () => {
    expect(score(need(), product({ maxTermMonths: 24 }))).toBeGreaterThanOrEqual(score(need(), product({ maxTermMonths: 12 })));
    expect(score(need({ assets: [asset({ implemented: true })] }), product())).toBeGreaterThanOrEqual(score(need({ assets: [asset({ implemented: false })] }), product()));
    expect(score(need({}, { creditRating: CreditRating.AA }), product())).toBeGreaterThanOrEqual(score(need({}, { creditRating: CreditRating.A }), product()));
    expect(score(need({}, { tags: [EnterpriseTag.HIGH_TECH, EnterpriseTag.GAZELLE] }), product())).toBeGreaterThanOrEqual(score(need(), product()));
  });
});
