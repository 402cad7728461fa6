import { addYears, formatYuan, isWithinRegion } from '@zhirong/core';
import { CreditRating, ENTERPRISE_TAG_LABELS, EnterpriseTag, meetsRating } from '@zhirong/enterprises';
import { IP_TYPE_LABELS, IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { SCORING_WEIGHTS, ScoringWeights } from './scoring-weights';

/*
 * The matching engine: pure functions over plain facts, no I/O, so that the same
 * code explains one pair live and screens millions in a full recompute. Money is
 * integer fen in bigint throughout; only the score (not money) is a float.
 */

/** The hard checks of a need × product pair (issue 4), in the order they are shown. */
export enum MatchCriterion {
  PRODUCT_ACTIVE = 'PRODUCT_ACTIVE',
  AMOUNT_RANGE = 'AMOUNT_RANGE',
  TERM_RANGE = 'TERM_RANGE',
  RATE = 'RATE',
  BUNDLE = 'BUNDLE',
  IP_TYPES = 'IP_TYPES',
  ASSET_STATUS = 'ASSET_STATUS',
  PLEDGE_RATE = 'PLEDGE_RATE',
  REGION = 'REGION',
  INDUSTRY = 'INDUSTRY',
  FIRM_AGE = 'FIRM_AGE',
  TAGS = 'TAGS',
  DISHONESTY = 'DISHONESTY',
  CREDIT_RATING = 'CREDIT_RATING',
  GUARANTEE = 'GUARANTEE',
  INSURANCE = 'INSURANCE',
  WHITELIST = 'WHITELIST',
}

/** The latest valid valuation of an asset as loaded (validity is checked again against `today`). */
export interface ValuationFacts {
  valueFen: bigint;
  valuedOn: string;
  validUntil: string;
}

export interface AssetFacts {
  id: string;
  type: IpType;
  legalStatus: LegalStatus;
  pledgeStatus: PledgeStatus;
  valuation: ValuationFacts | null;
  /** Last day of protection; null when unknown (e.g. trademarks pending renewal data). */
  expiresOn: string | null;
  implemented: boolean;
}

export interface EnterpriseFacts {
  id: string;
  regionPath: string;
  industryCode: string;
  foundedOn: string;
  /** Verified recognitions: only these pass a product's requirement. */
  tags: readonly EnterpriseTag[];
  /** Recognitions the firm declared that no office has verified yet; named in the checks, never counted. */
  declaredTags?: readonly EnterpriseTag[];
  dishonest: boolean;
  creditRating: CreditRating | null;
  /** Banks an office pushed the firm to in a whitelist (enterprise_bank_access, WHITELIST_PUSH). */
  whitelistedBankIds: ReadonlySet<string>;
}

export interface NeedFacts {
  id: string;
  amountFen: bigint;
  termMonths: number;
  maxRateBp: number;
  guaranteeAcceptable: boolean;
  insuranceAcceptable: boolean;
  bundleId: string | null;
  /** The bundle's assets; empty without a bundle. */
  assets: readonly AssetFacts[];
  enterprise: EnterpriseFacts;
}

export interface ProductFacts {
  id: string;
  bankOrganizationId: string;
  minAmountFen: bigint;
  maxAmountFen: bigint;
  minTermMonths: number;
  maxTermMonths: number;
  minRateBp: number;
  maxRateBp: number;
  acceptedIpTypes: readonly IpType[];
  /** Basis points of appraised value per IP type. */
  pledgeRates: Partial<Record<IpType, number>>;
  regionPaths: readonly string[];
  industries: readonly string[];
  minFirmAgeYears: number;
  requiredTags: readonly EnterpriseTag[];
  requiresNoDishonesty: boolean;
  minCreditRating: CreditRating | null;
  guaranteeRequired: boolean;
  insuranceRequired: boolean;
  whitelistOnly: boolean;
  bundleAllowed: boolean;
  /** `ACTIVE`, `DRAFT` or `ARCHIVED`. */
  status: string;
  activeFrom: string;
  activeUntil: string | null;
}

export interface MatchCheck {
  criterion: MatchCriterion;
  passed: boolean;
  /** Chinese explanation with the numbers compared. */
  detail: string;
  detailEn: string;
}

export interface MatchEvaluation {
  eligible: boolean;
  /** 0–100; meaningful for eligible pairs, and only a ranking aid for the others. */
  score: number;
  checks: MatchCheck[];
  /** What would make a failing pair pass, `中文 (English)`; empty when eligible. */
  hints: string[];
  /** Σ floor(valuation × pledge rate / 10000) over the bundle, integer fen. */
  pledgeCeilingFen: bigint;
}

/** What a bulk screen keeps of a pair. */
export interface MatchScreen {
  eligible: boolean;
  score: number;
  failed: MatchCriterion[];
}

const BP = 10_000n;

/** A valuation counts only on the days it was made for: valued by `today`, not past its validity (DOMAIN.md rule 1). */
export function countsOn(valuation: ValuationFacts | null, today: string): valuation is ValuationFacts {
  return valuation !== null && valuation.valuedOn <= today && today <= valuation.validUntil;
}

/** The largest loan the bundle supports under the product: Σ floor(value × rate / 10000) per asset. */
export function pledgeCeilingFen(need: NeedFacts, product: ProductFacts, today: string): bigint {
  let ceiling = 0n;
  for (const asset of need.assets) {
    const bp = product.pledgeRates[asset.type] ?? 0;
    if (bp <= 0 || !countsOn(asset.valuation, today)) continue;
    ceiling += (asset.valuation.valueFen * BigInt(bp)) / BP;
  }
  return ceiling;
}

/** Completed years between two `YYYY-MM-DD` days (a birthday rule: the anniversary counts). */
export function wholeYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

export function formatRate(bp: number): string {
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;
}

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** The predicates, shared by the bulk screen and the explained evaluation so they cannot disagree. */
interface Pair {
  need: NeedFacts;
  product: ProductFacts;
  today: string;
}

const passes: Record<MatchCriterion, (p: Pair, ceiling: () => bigint) => boolean> = {
  [MatchCriterion.PRODUCT_ACTIVE]: ({ product, today }) =>
    product.status === 'ACTIVE' && product.activeFrom <= today && (product.activeUntil === null || today <= product.activeUntil),
  [MatchCriterion.AMOUNT_RANGE]: ({ need, product }) => need.amountFen >= product.minAmountFen && need.amountFen <= product.maxAmountFen,
  [MatchCriterion.TERM_RANGE]: ({ need, product }) => need.termMonths >= product.minTermMonths && need.termMonths <= product.maxTermMonths,
  [MatchCriterion.RATE]: ({ need, product }) => need.maxRateBp >= product.minRateBp,
  [MatchCriterion.BUNDLE]: ({ need, product }) => need.bundleId !== null && need.assets.length > 0 && (need.assets.length === 1 || product.bundleAllowed),
  [MatchCriterion.IP_TYPES]: ({ need, product }) => need.assets.every((a) => product.acceptedIpTypes.includes(a.type)),
  [MatchCriterion.ASSET_STATUS]: ({ need }) => need.assets.every((a) => a.legalStatus === LegalStatus.VALID && a.pledgeStatus === PledgeStatus.FREE),
  [MatchCriterion.PLEDGE_RATE]: ({ need }, ceiling) => need.assets.length > 0 && need.amountFen <= ceiling(),
  [MatchCriterion.REGION]: ({ need, product }) => product.regionPaths.length === 0 || product.regionPaths.some((p) => isWithinRegion(p, need.enterprise.regionPath)),
  [MatchCriterion.INDUSTRY]: ({ need, product }) => product.industries.length === 0 || product.industries.some((c) => need.enterprise.industryCode.startsWith(c)),
  [MatchCriterion.FIRM_AGE]: ({ need, product, today }) => wholeYearsBetween(need.enterprise.foundedOn, today) >= product.minFirmAgeYears,
  [MatchCriterion.TAGS]: ({ need, product }) => product.requiredTags.every((t) => need.enterprise.tags.includes(t)),
  [MatchCriterion.DISHONESTY]: ({ need, product }) => !product.requiresNoDishonesty || !need.enterprise.dishonest,
  [MatchCriterion.CREDIT_RATING]: ({ need, product }) => product.minCreditRating === null || meetsRating(need.enterprise.creditRating, product.minCreditRating),
  [MatchCriterion.GUARANTEE]: ({ need, product }) => !product.guaranteeRequired || need.guaranteeAcceptable,
  [MatchCriterion.INSURANCE]: ({ need, product }) => !product.insuranceRequired || need.insuranceAcceptable,
  [MatchCriterion.WHITELIST]: ({ need, product }) => !product.whitelistOnly || need.enterprise.whitelistedBankIds.has(product.bankOrganizationId),
};

export const CRITERIA: readonly MatchCriterion[] = Object.values(MatchCriterion);

/**
 * Cheapest checks first for the bulk screen; the pledge ceiling (bigint work over
 * the bundle) is computed last and only when the pair is still worth keeping.
 */
const SCREEN_ORDER: readonly MatchCriterion[] = [
  MatchCriterion.RATE,
  MatchCriterion.TERM_RANGE,
  MatchCriterion.AMOUNT_RANGE,
  MatchCriterion.GUARANTEE,
  MatchCriterion.INSURANCE,
  MatchCriterion.DISHONESTY,
  MatchCriterion.REGION,
  MatchCriterion.INDUSTRY,
  MatchCriterion.FIRM_AGE,
  MatchCriterion.TAGS,
  MatchCriterion.CREDIT_RATING,
  MatchCriterion.WHITELIST,
  MatchCriterion.PRODUCT_ACTIVE,
  MatchCriterion.BUNDLE,
  MatchCriterion.IP_TYPES,
  MatchCriterion.ASSET_STATUS,
  MatchCriterion.PLEDGE_RATE,
];

/**
 * The bulk path: the failed criteria (in `CRITERIA` order) and the score, or null
 * as soon as more than `maxFailures` checks fail (such pairs are not stored).
 */
export function screen(need: NeedFacts, product: ProductFacts, today: string, maxFailures = Infinity, weights: ScoringWeights = SCORING_WEIGHTS): MatchScreen | null {
  const pair: Pair = { need, product, today };
  let cached: bigint | null = null;
  const ceiling = () => (cached ??= pledgeCeilingFen(need, product, today));
  let failures = 0;
  let failedMask = 0;
  for (const criterion of SCREEN_ORDER) {
    if (passes[criterion](pair, ceiling)) continue;
    failedMask |= 1 << CRITERION_BIT[criterion];
    if (++failures > maxFailures) return null;
  }
  const failed = CRITERIA.filter((c) => (failedMask & (1 << CRITERION_BIT[c])) !== 0);
  return { eligible: failures === 0, score: scorePair(need, product, today, ceiling(), weights), failed };
}

const CRITERION_BIT = Object.fromEntries(CRITERIA.map((c, i) => [c, i])) as Record<MatchCriterion, number>;

/** Every check with its numbers, the score and, for a failing pair, what would make it pass. */
export function evaluate(need: NeedFacts, product: ProductFacts, today: string, weights: ScoringWeights = SCORING_WEIGHTS): MatchEvaluation {
  const pair: Pair = { need, product, today };
  const ceilingFen = pledgeCeilingFen(need, product, today);
  const checks = CRITERIA.map((criterion): MatchCheck => {
    const passed = passes[criterion](pair, () => ceilingFen);
    const [detail, detailEn] = describe(criterion, pair, passed, ceilingFen);
    return { criterion, passed, detail, detailEn };
  });
  const eligible = checks.every((c) => c.passed);
  return {
    eligible,
    score: scorePair(need, product, today, ceilingFen, weights),
    checks,
    hints: eligible ? [] : hintsFor(pair, checks, ceilingFen),
    pledgeCeilingFen: ceilingFen,
  };
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/**
 * 0–100 from the weights (scoring-weights.ts). Each part is clamped to [0, 1] and
 * grows with the quality it measures, so the score is monotone in each of them.
 */
export function scorePair(need: NeedFacts, product: ProductFacts, today: string, ceilingFen: bigint, weights: ScoringWeights = SCORING_WEIGHTS): number {
  const w = weights.parts;
  const rate = clamp01((need.maxRateBp - product.minRateBp) / weights.rateSpanBp);
  // A ratio of two amounts for a score, not money: float precision is harmless here.
  const headroom = ceilingFen > 0n ? clamp01((1 - Number(need.amountFen) / Number(ceilingFen)) / weights.headroomSaturation) : 0;
  const termFit = clamp01((product.maxTermMonths - need.termMonths) / weights.termRoomMonths);
  const total = w.rate * rate + w.headroom * headroom + w.termFit * termFit + needPoints(need, today, weights);
  return Math.round(Math.min(100, Math.max(0, total)) * 100) / 100;
}

/**
 * The points that depend on the need alone (IP quality, firm signals), memoised per
 * facts object: a recompute pairs each need with thousands of products.
 */
const needPointsMemo = new WeakMap<NeedFacts, { today: string; weights: ScoringWeights; points: number }>();
function needPoints(need: NeedFacts, today: string, weights: ScoringWeights): number {
  const memo = needPointsMemo.get(need);
  if (memo && memo.today === today && memo.weights === weights) return memo.points;
  const points = weights.parts.ipQuality * ipQuality(need, today, weights) + weights.parts.firm * firmQuality(need.enterprise, weights);
  needPointsMemo.set(need, { today, weights, points });
  return points;
}

function ipQuality(need: NeedFacts, today: string, weights: ScoringWeights): number {
  if (!need.assets.length) return 0;
  const q = weights.ipQualityParts;
  const todayN = dayNumber(today);
  let weighted = 0;
  let weightSum = 0;
  let plain = 0;
  for (const a of need.assets) {
    const life = a.expiresOn === null ? weights.unknownLifeShare : clamp01((dayNumber(a.expiresOn) - todayN) / 365.25 / weights.fullLifeYears);
    const valid = countsOn(a.valuation, today) ? a.valuation : null;
    const recency = valid ? clamp01(1 - (todayN - dayNumber(valid.valuedOn)) / weights.staleValuationDays) : 0;
    const quality = q.type * weights.ipTypeQuality[a.type] + q.remainingLife * life + q.implemented * (a.implemented ? 1 : 0) + q.recency * recency;
    plain += quality;
    // Weighted by value so that the assets carrying the loan count most; only a weight, not money.
    const value = valid ? Number(valid.valueFen) : 0;
    weighted += quality * value;
    weightSum += value;
  }
  return clamp01(weightSum > 0 ? weighted / weightSum : plain / need.assets.length);
}

function firmQuality(e: EnterpriseFacts, weights: ScoringWeights): number {
  const rating = e.creditRating === null ? weights.unratedQuality : weights.ratingQuality[e.creditRating];
  const tags = clamp01([...new Set(e.tags)].reduce((s, t) => s + weights.tagQuality[t], 0));
  return clamp01(weights.firmParts.rating * rating + weights.firmParts.tags * tags);
}

const typeList = (types: readonly IpType[]): [string, string] => [types.map((t) => IP_TYPE_LABELS[t]).join('、'), types.join(', ')];
const tagList = (tags: readonly EnterpriseTag[]): [string, string] => [tags.map((t) => ENTERPRISE_TAG_LABELS[t]).join('、'), tags.join(', ')];

/** Missing tags, those the firm declared marked as such: "专精特新（已申报，未核实）". */
const declaredTagList = (tags: readonly EnterpriseTag[], declared: readonly EnterpriseTag[]): [string, string] => [
  tags.map((t) => `${ENTERPRISE_TAG_LABELS[t]}${declared.includes(t) ? '（已申报，未核实）' : ''}`).join('、'),
  tags.map((t) => `${t}${declared.includes(t) ? ' (declared, not verified)' : ''}`).join(', '),
];

function describe(criterion: MatchCriterion, { need, product, today }: Pair, passed: boolean, ceilingFen: bigint): [string, string] {
  const e = need.enterprise;
  const amount = formatYuan(need.amountFen);
  switch (criterion) {
    case MatchCriterion.PRODUCT_ACTIVE: {
      const until = product.activeUntil ?? '长期';
      const untilEn = product.activeUntil ?? 'open-ended';
      return passed
        ? [`产品在售（${product.activeFrom} 至 ${until}）`, `the product is on offer (${product.activeFrom} to ${untilEn})`]
        : [
            `产品未在售：状态 ${product.status}，有效期 ${product.activeFrom} 至 ${until}，今天 ${today}`,
            `the product is not on offer: status ${product.status}, ${product.activeFrom} to ${untilEn}, today ${today}`,
          ];
    }
    case MatchCriterion.AMOUNT_RANGE: {
      const range = `${formatYuan(product.minAmountFen)}–${formatYuan(product.maxAmountFen)}`;
      return [`融资金额 ${amount}，产品额度 ${range}`, `amount ${amount}, product range ${range}`];
    }
    case MatchCriterion.TERM_RANGE:
      return [
        `期限 ${need.termMonths} 个月，产品期限 ${product.minTermMonths}–${product.maxTermMonths} 个月`,
        `term ${need.termMonths} months, product range ${product.minTermMonths}–${product.maxTermMonths} months`,
      ];
    case MatchCriterion.RATE:
      return [
        `可接受最高年利率 ${formatRate(need.maxRateBp)}，产品最低年利率 ${formatRate(product.minRateBp)}`,
        `highest acceptable rate ${formatRate(need.maxRateBp)}, product's lowest rate ${formatRate(product.minRateBp)}`,
      ];
    case MatchCriterion.BUNDLE:
      if (need.bundleId === null || need.assets.length === 0) return ['未提供质押组合', 'no pledge bundle offered'];
      return need.assets.length === 1
        ? ['以单项知识产权质押', 'a single asset is pledged']
        : product.bundleAllowed
          ? [`组合质押 ${need.assets.length} 项，产品接受组合质押`, `a bundle of ${need.assets.length} assets; the product accepts bundles`]
          : [`组合质押 ${need.assets.length} 项，产品不接受组合质押`, `a bundle of ${need.assets.length} assets; the product takes single assets only`];
    case MatchCriterion.IP_TYPES: {
      const offered = [...new Set(need.assets.map((a) => a.type))];
      const rejected = offered.filter((t) => !product.acceptedIpTypes.includes(t));
      const [acc, accEn] = typeList(product.acceptedIpTypes);
      if (passed) return [`质押物类型均被接受（产品接受：${acc}）`, `every IP type in the bundle is accepted (${accEn})`];
      const [rej, rejEn] = typeList(rejected);
      return [`产品不接受：${rej}（产品接受：${acc}）`, `not accepted: ${rejEn} (the product takes ${accEn})`];
    }
    case MatchCriterion.ASSET_STATUS: {
      const bad = need.assets.filter((a) => a.legalStatus !== LegalStatus.VALID || a.pledgeStatus !== PledgeStatus.FREE);
      if (passed) return [`质押物均有效且未质押（${need.assets.length} 项）`, `every asset is valid and unpledged (${need.assets.length})`];
      const list = bad.map((a) => `${a.legalStatus}/${a.pledgeStatus}`).join('，');
      return [`${bad.length} 项质押物法律状态无效或已质押：${list}`, `${bad.length} asset(s) not valid or already pledged: ${list}`];
    }
    case MatchCriterion.PLEDGE_RATE: {
      const ceiling = formatYuan(ceilingFen);
      return [
        `融资金额 ${amount}，按质押率计算的最高可贷 ${ceiling}（有效评估价值 × 质押率）`,
        `amount ${amount}, pledge ceiling ${ceiling} (latest valid valuations × pledge rates)`,
      ];
    }
    case MatchCriterion.REGION:
      return product.regionPaths.length === 0
        ? ['产品不限地区', 'the product is offered everywhere']
        : [`企业所在地区 ${e.regionPath}，产品适用地区 ${product.regionPaths.join('、')}`, `firm's region ${e.regionPath}, product regions ${product.regionPaths.join(', ')}`];
    case MatchCriterion.INDUSTRY:
      return product.industries.length === 0
        ? ['产品不限行业', 'the product is open to any industry']
        : [`企业行业 ${e.industryCode}，产品适用行业 ${product.industries.join('、')}`, `firm's industry ${e.industryCode}, product industries ${product.industries.join(', ')}`];
    case MatchCriterion.FIRM_AGE: {
      const age = wholeYearsBetween(e.foundedOn, today);
      return [
        `企业成立 ${age} 年（${e.foundedOn}），产品要求至少 ${product.minFirmAgeYears} 年`,
        `firm is ${age} years old (founded ${e.foundedOn}), the product asks for at least ${product.minFirmAgeYears}`,
      ];
    }
    case MatchCriterion.TAGS: {
      if (!product.requiredTags.length) return ['产品无资质要求', 'the product requires no recognitions'];
      const [req, reqEn] = tagList(product.requiredTags);
      const missing = product.requiredTags.filter((t) => !e.tags.includes(t));
      if (passed) return [`企业具备所需资质（已核实）：${req}`, `the firm holds the required recognitions (verified): ${reqEn}`];
      const [miss, missEn] = declaredTagList(missing, e.declaredTags ?? []);
      return [`企业缺少已核实的资质：${miss}（产品要求：${req}）`, `the firm lacks verified: ${missEn} (required: ${reqEn})`];
    }
    case MatchCriterion.DISHONESTY:
      if (!product.requiresNoDishonesty) return ['产品不审查失信记录', 'the product does not screen for dishonesty records'];
      return passed ? ['企业无失信被执行人记录', 'the firm has no dishonest-debtor record'] : ['企业为失信被执行人', 'the firm is on the dishonest-debtor list'];
    case MatchCriterion.CREDIT_RATING: {
      const rating = e.creditRating ?? '无评级';
      const ratingEn = e.creditRating ?? 'unrated';
      return product.minCreditRating === null
        ? ['产品无信用评级要求', 'the product asks for no credit rating']
        : [`企业信用评级 ${rating}，产品要求 ${product.minCreditRating} 或以上`, `firm's rating ${ratingEn}, the product asks for ${product.minCreditRating} or better`];
    }
    case MatchCriterion.GUARANTEE:
      if (!product.guaranteeRequired) return ['产品不要求担保', 'no guarantee required'];
      return passed ? ['产品要求担保，企业接受担保', 'a guarantee is required and acceptable to the firm'] : ['产品要求担保，企业不接受担保', 'a guarantee is required but the firm does not accept one'];
    case MatchCriterion.INSURANCE:
      if (!product.insuranceRequired) return ['产品不要求保险', 'no insurance required'];
      return passed ? ['产品要求保险，企业接受保险', 'insurance is required and acceptable to the firm'] : ['产品要求保险，企业不接受保险', 'insurance is required but the firm does not accept it'];
    case MatchCriterion.WHITELIST:
      if (!product.whitelistOnly) return ['产品不限白名单企业', 'the product is not limited to whitelisted firms'];
      return passed ? ['企业已通过白名单推送至该银行', 'the firm was pushed to this bank in a whitelist'] : ['产品仅限白名单企业，企业未被推送至该银行', 'whitelisted firms only, and the firm was not pushed to this bank'];
  }
}

/** What would make the pair pass, computed from the numbers; `中文 (English)` in one string. */
function hintsFor({ need, product, today }: Pair, checks: readonly MatchCheck[], ceilingFen: bigint): string[] {
  const failed = new Set(checks.filter((c) => !c.passed).map((c) => c.criterion));
  const e = need.enterprise;
  const hints: string[] = [];
  const add = (zh: string, en: string) => hints.push(`${zh} (${en})`);

  if (failed.has(MatchCriterion.PRODUCT_ACTIVE)) {
    if (product.status === 'ACTIVE' && today < product.activeFrom) add(`产品 ${product.activeFrom} 起生效`, `the product opens on ${product.activeFrom}`);
    else add('产品已不在售，请选择其他产品', 'the product is no longer offered: choose another');
  }
  if (failed.has(MatchCriterion.BUNDLE)) {
    if (need.bundleId === null || need.assets.length === 0) add('为需求指定质押组合', 'name a pledge bundle for the need');
    else add('改为以单项知识产权质押', 'pledge a single asset: the product takes no bundles');
  }
  if (failed.has(MatchCriterion.IP_TYPES)) {
    const rejected = [...new Set(need.assets.map((a) => a.type))].filter((t) => !product.acceptedIpTypes.includes(t));
    const [rej, rejEn] = typeList(rejected);
    add(`从质押组合中移除：${rej}`, `remove from the bundle: ${rejEn}`);
  }
  if (failed.has(MatchCriterion.ASSET_STATUS)) {
    const bad = need.assets.filter((a) => a.legalStatus !== LegalStatus.VALID || a.pledgeStatus !== PledgeStatus.FREE).length;
    add(`移除 ${bad} 项无效或已质押的知识产权`, `remove the ${bad} asset(s) that are not valid or already pledged`);
  }

  let reduceTo: bigint | null = null;
  if (failed.has(MatchCriterion.AMOUNT_RANGE) && need.amountFen > product.maxAmountFen) reduceTo = product.maxAmountFen;
  if (failed.has(MatchCriterion.AMOUNT_RANGE) && need.amountFen < product.minAmountFen) {
    add(`融资金额至少 ${formatYuan(product.minAmountFen)}`, `an amount of at least ${formatYuan(product.minAmountFen)}`);
  }
  if (failed.has(MatchCriterion.PLEDGE_RATE) && need.assets.length > 0) {
    const needed = requiredValuationFen(need, product, today);
    if (needed !== null) add(`质押组合评估价值至少需要 ${formatYuan(needed)}`, `a valuation of at least ${formatYuan(needed)} for the bundle`);
    const unvalued = need.assets.filter((a) => !countsOn(a.valuation, today)).length;
    if (unvalued) add(`${unvalued} 项知识产权缺少有效评估，请重新评估`, `${unvalued} asset(s) have no valid valuation: have them appraised`);
    if (ceilingFen > 0n && (reduceTo === null || ceilingFen < reduceTo)) reduceTo = ceilingFen;
  }
  if (reduceTo !== null && reduceTo >= product.minAmountFen) add(`将金额降至 ${formatYuan(reduceTo)}`, `reduce the amount to ${formatYuan(reduceTo)}`);

  if (failed.has(MatchCriterion.TERM_RANGE)) {
    if (need.termMonths > product.maxTermMonths) add(`期限不超过 ${product.maxTermMonths} 个月`, `term at most ${product.maxTermMonths} months`);
    else add(`期限不少于 ${product.minTermMonths} 个月`, `term at least ${product.minTermMonths} months`);
  }
  if (failed.has(MatchCriterion.RATE)) add(`可接受年利率提高到 ${formatRate(product.minRateBp)}`, `accept an annual rate of ${formatRate(product.minRateBp)}`);
  if (failed.has(MatchCriterion.GUARANTEE)) add('增加担保', 'add a guarantee');
  if (failed.has(MatchCriterion.INSURANCE)) add('增加知识产权质押保险', 'add IP pledge insurance');
  if (failed.has(MatchCriterion.REGION)) add(`产品仅面向 ${product.regionPaths.join('、')} 的企业，请选择本地区产品`, `only for firms in ${product.regionPaths.join(', ')}: choose a product offered in your region`);
  if (failed.has(MatchCriterion.INDUSTRY)) add(`产品仅面向行业 ${product.industries.join('、')}`, `only for industries ${product.industries.join(', ')}`);
  if (failed.has(MatchCriterion.FIRM_AGE)) {
    const from = addYears(e.foundedOn, product.minFirmAgeYears);
    add(`企业成立满 ${product.minFirmAgeYears} 年后（${from} 起）可申请`, `eligible from ${from}, when the firm is ${product.minFirmAgeYears} years old`);
  }
  if (failed.has(MatchCriterion.TAGS)) {
    const missing = product.requiredTags.filter((t) => !e.tags.includes(t));
    const declared = missing.filter((t) => e.declaredTags?.includes(t));
    const absent = missing.filter((t) => !declared.includes(t));
    if (declared.length) {
      const [d, dEn] = tagList(declared);
      add(`请所在地知识产权局、服务窗口或园区核实已申报的资质：${d}`, `have your office, service window or park verify the declared recognition: ${dEn}`);
    }
    if (absent.length) {
      const [miss, missEn] = tagList(absent);
      add(`取得资质：${miss}`, `obtain the recognition: ${missEn}`);
    }
  }
  if (failed.has(MatchCriterion.DISHONESTY)) add('移出失信被执行人名单', 'get off the dishonest-debtor list');
  if (failed.has(MatchCriterion.CREDIT_RATING) && product.minCreditRating !== null) {
    add(`信用评级达到 ${product.minCreditRating} 或以上`, `a credit rating of ${product.minCreditRating} or better`);
  }
  if (failed.has(MatchCriterion.WHITELIST)) add('经知识产权局白名单推送至该银行', 'be pushed to this bank in an IP office whitelist');
  return hints;
}

/**
 * The bundle valuation the amount needs: ceil(amount × 10000 / weighted pledge rate),
 * the rate weighted by the assets' current values (their mean when none is valued).
 * Null when no asset of the bundle is of a type the product lends against.
 */
export function requiredValuationFen(need: NeedFacts, product: ProductFacts, today: string): bigint | null {
  let valueSum = 0n;
  let weightedSum = 0n;
  let bpSum = 0n;
  let rated = 0n;
  for (const a of need.assets) {
    const bp = BigInt(product.pledgeRates[a.type] ?? 0);
    if (bp <= 0n) continue;
    bpSum += bp;
    rated++;
    if (countsOn(a.valuation, today)) {
      valueSum += a.valuation.valueFen;
      weightedSum += a.valuation.valueFen * bp;
    }
  }
  if (weightedSum > 0n) return ceilDiv(need.amountFen * BP * valueSum, weightedSum);
  if (rated > 0n) return ceilDiv(need.amountFen * BP * rated, bpSum);
  return null;
}
