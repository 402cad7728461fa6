import type { CreateLoanProductInput, CreditRating, EnterpriseTag, IpType, LoanProductStatus } from '../gql/graphql';
import { fenToYuan, yuanToFen } from '../shared/money';
import type { BankProduct } from './queries';

/** What the product form holds: yuan and percent as typed, pledge rates by IP type. */
export interface ProductValues {
  name: string;
  description?: string;
  minAmount: string;
  maxAmount: string;
  minTermMonths: number;
  maxTermMonths: number;
  minRate: string;
  maxRate: string;
  acceptedIpTypes: IpType[];
  pledgeRates: Partial<Record<IpType, string>>;
  guaranteeRequired: boolean;
  insuranceRequired: boolean;
  whitelistOnly: boolean;
  bundleAllowed: boolean;
  /** Who the product lends to: tags the firm must hold, its lowest credit grade, its age, no dishonesty record. */
  requiredTags: EnterpriseTag[];
  minCreditRating?: CreditRating | null;
  minFirmAgeYears: number;
  requiresNoDishonesty: boolean;
  status?: LoanProductStatus;
}

/**
 * A percent typed by the officer in basis points, by text like money (never a float):
 * "25" → 2500, "4.35" → 435. Null when it is not a non-negative number with at most two decimals.
 */
export function percentToBp(input: string): number | null {
  const m = /^(\d{1,4})(?:\.(\d{0,2}))?$/.exec(input.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Basis points back to the percent text for editing: 2500 → "25", 435 → "4.35". */
export function bpToPercent(bp: number): string {
  const cents = bp % 100;
  return `${Math.floor(bp / 100)}${cents === 0 ? '' : `.${String(cents).padStart(2, '0').replace(/0$/, '')}`}`;
}

/** The API's input from the form's values (yuan → fen, percent → basis points). */
export function productInput(v: ProductValues): CreateLoanProductInput {
  return {
    name: v.name.trim(),
    description: v.description?.trim() ?? '',
    minAmount: { amountFen: yuanToFen(v.minAmount)! },
    maxAmount: { amountFen: yuanToFen(v.maxAmount)! },
    minTermMonths: v.minTermMonths,
    maxTermMonths: v.maxTermMonths,
    minRateBp: percentToBp(v.minRate)!,
    maxRateBp: percentToBp(v.maxRate)!,
    acceptedIpTypes: v.acceptedIpTypes,
    pledgeRates: v.acceptedIpTypes.map((ipType) => ({ ipType, rateBp: percentToBp(v.pledgeRates[ipType] ?? '')! })),
    guaranteeRequired: v.guaranteeRequired,
    insuranceRequired: v.insuranceRequired,
    whitelistOnly: v.whitelistOnly,
    bundleAllowed: v.bundleAllowed,
    requiredTags: v.requiredTags,
    minCreditRating: v.minCreditRating ?? null,
    minFirmAgeYears: v.minFirmAgeYears,
    requiresNoDishonesty: v.requiresNoDishonesty,
    status: v.status,
  };
}

/** The form's values of a stored product. */
export function productValues(p: BankProduct): ProductValues {
  return {
    name: p.name,
    description: p.description,
    minAmount: fenToYuan(p.amountRange.min.amountFen),
    maxAmount: fenToYuan(p.amountRange.max.amountFen),
    minTermMonths: p.termRange.minMonths,
    maxTermMonths: p.termRange.maxMonths,
    minRate: bpToPercent(p.rateRange.minBp),
    maxRate: bpToPercent(p.rateRange.maxBp),
    acceptedIpTypes: p.acceptedIpTypes,
    pledgeRates: Object.fromEntries(p.pledgeRates.map((r) => [r.ipType, bpToPercent(r.rateBp)])),
    guaranteeRequired: p.guaranteeRequired,
    insuranceRequired: p.insuranceRequired,
    whitelistOnly: p.whitelistOnly,
    bundleAllowed: p.bundleAllowed,
    requiredTags: p.requiredTags,
    minCreditRating: p.minCreditRating ?? null,
    minFirmAgeYears: p.minFirmAgeYears,
    requiresNoDishonesty: p.requiresNoDishonesty,
    status: p.status === 'ARCHIVED' ? undefined : p.status,
  };
}

const DIRECT = new Set(['name', 'description', 'minAmount', 'maxAmount', 'minTermMonths', 'maxTermMonths', 'acceptedIpTypes', 'guaranteeRequired', 'insuranceRequired', 'whitelistOnly', 'bundleAllowed', 'requiredTags', 'minCreditRating', 'minFirmAgeYears', 'requiresNoDishonesty', 'status']);

/** The form field of an input path a server error names (`extensions.field`), given the input sent. */
export function productFieldOf(input: CreateLoanProductInput) {
  return (path: (string | number)[]): (string | number)[] | undefined => {
    const [head, index] = path;
    if (head === 'minRateBp') return ['minRate'];
    if (head === 'maxRateBp') return ['maxRate'];
    if (head === 'pledgeRates') return typeof index === 'number' && input.pledgeRates[index] ? ['pledgeRates', input.pledgeRates[index].ipType] : ['acceptedIpTypes'];
    return DIRECT.has(String(head)) ? [head] : undefined;
  };
}
