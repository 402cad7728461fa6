import { isWithinRegion } from '@zhirong/core';
import { CreditRating, EnterpriseTag, meetsRating } from '@zhirong/enterprises';
import { IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { describe, hintsFor } from './match-texts';
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
  /** The region in words, e.g. 上海市闵行区, for the texts people read; the path when unknown. */
  regionName?: string;
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
  /** The same regions in words, in the same order (贵州省黔东南苗族侗族自治州). */
  regionNames?: readonly string[];
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
export interface Pair {
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
