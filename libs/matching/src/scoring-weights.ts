import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { IpType } from '@zhirong/ip-assets';

/**
 * How an eligible need × product pair is scored (0–100). Kept as data so the
 * business can tune it without touching the engine; every part is a number in
 * [0, 1] that only ever grows when the pair gets better, times its weight.
 *
 * - `rate` 利率: how far the product's lowest rate lies below the rate the firm
 *   accepts, saturating at `rateSpanBp` (a product 2 points cheaper than the
 *   firm's ceiling gets the full share).
 * - `headroom` 质押余量: 1 − amount / pledge ceiling, saturating at
 *   `headroomSaturation` (a ceiling twice the amount gets the full share).
 * - `termFit` 期限: room to extend the term within the product, saturating at
 *   `termRoomMonths`.
 * - `ipQuality` 知识产权质量: per asset, type, remaining life, implementation
 *   实施 and valuation recency, averaged weighted by valuation (the assets that
 *   carry the loan count most).
 * - `firm` 企业信号: credit rating and recognitions (tags).
 */
export interface ScoringWeights {
  /** Points of each part; they add up to 100. */
  parts: { rate: number; headroom: number; termFit: number; ipQuality: number; firm: number };
  rateSpanBp: number;
  headroomSaturation: number;
  termRoomMonths: number;
  /** Shares of one asset's quality; they add up to 1. */
  ipQualityParts: { type: number; remainingLife: number; implemented: number; recency: number };
  ipTypeQuality: Record<IpType, number>;
  /** Years of remaining protection that earn the full remaining-life share; unknown expiry counts `unknownLifeShare`. */
  fullLifeYears: number;
  unknownLifeShare: number;
  /** A valuation this many days old earns no recency; a fresh one the full share. */
  staleValuationDays: number;
  /** Shares of the firm part; they add up to 1. */
  firmParts: { rating: number; tags: number };
  ratingQuality: Record<CreditRating, number>;
  unratedQuality: number;
  /** Points per tag; the sum is capped at 1. */
  tagQuality: Record<EnterpriseTag, number>;
}

export const SCORING_WEIGHTS: ScoringWeights = {
  parts: { rate: 30, headroom: 25, termFit: 10, ipQuality: 20, firm: 15 },
  rateSpanBp: 200,
  headroomSaturation: 0.5,
  termRoomMonths: 12,
  ipQualityParts: { type: 0.4, remainingLife: 0.2, implemented: 0.2, recency: 0.2 },
  ipTypeQuality: {
    [IpType.INVENTION_PATENT]: 1,
    [IpType.IC_LAYOUT]: 0.8,
    [IpType.UTILITY_MODEL]: 0.6,
    [IpType.TRADEMARK]: 0.6,
    [IpType.SOFTWARE_COPYRIGHT]: 0.5,
    [IpType.GEOGRAPHICAL_INDICATION]: 0.5,
    [IpType.LICENSE_REVENUE_RIGHT]: 0.5,
    [IpType.DESIGN_PATENT]: 0.4,
    [IpType.COPYRIGHT]: 0.4,
  },
  fullLifeYears: 10,
  unknownLifeShare: 0.5,
  staleValuationDays: 730,
  firmParts: { rating: 0.6, tags: 0.4 },
  ratingQuality: {
    [CreditRating.AAA]: 1,
    [CreditRating.AA]: 0.85,
    [CreditRating.A]: 0.7,
    [CreditRating.BBB]: 0.55,
    [CreditRating.BB]: 0.4,
    [CreditRating.B]: 0.25,
    [CreditRating.CCC]: 0.15,
    [CreditRating.CC]: 0.1,
    [CreditRating.C]: 0.05,
  },
  unratedQuality: 0.2,
  tagQuality: {
    [EnterpriseTag.HIGH_TECH]: 0.35,
    [EnterpriseTag.SPECIALIZED_NEW]: 0.35,
    [EnterpriseTag.LITTLE_GIANT]: 0.5,
    [EnterpriseTag.TECH_SME]: 0.2,
    [EnterpriseTag.IP_ADVANTAGE]: 0.3,
    [EnterpriseTag.GAZELLE]: 0.3,
    [EnterpriseTag.LISTED_RESERVE]: 0.3,
  },
};
