import { badInput, DomainError, isValidIndustryCode, positiveFen, requireIntIn } from '@zhirong/core';
import { IpType } from '@zhirong/ip-assets';
import { PledgeRates } from './entities/loan-product.entity';
import { ProductError, ProductErrorCode } from './products.errors';

/** The documented limits of a loan product's fields (also shown in the GraphQL descriptions). */
export const PRODUCT_LIMITS = {
  nameLength: 200,
  descriptionLength: 5000,
  batchPackageLength: 100,
  termMonths: { min: 1, max: 120 },
  rateBp: { min: 1, max: 3600 },
  pledgeRateBp: { min: 100, max: 9000 },
  firmAgeYears: { min: 0, max: 100 },
  industries: 50,
  regions: 100,
} as const;

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface PledgeRateEntry {
  ipType: IpType;
  rateBp: number;
}

/** The fields of a product that the rules below judge, as they would be stored. */
export interface LoanProductTerms {
  name: string;
  description: string;
  minAmountFen: string;
  maxAmountFen: string;
  minTermMonths: number;
  maxTermMonths: number;
  minRateBp: number;
  maxRateBp: number;
  acceptedIpTypes: IpType[];
  pledgeRates: PledgeRateEntry[];
  industries: string[];
  minFirmAgeYears: number;
  batchPackage: string | null;
  activeFrom: string;
  activeUntil: string | null;
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}


function reversed(field: string, message: string): DomainError {
  return new ProductError(ProductErrorCode.RANGE_REVERSED, message, { field });
}

/**
 * The pledge rates must name each accepted IP type exactly once and no other:
 * a rate for a type the product refuses would be a promise it does not keep.
 */
export function checkPledgeRates(accepted: IpType[], rates: PledgeRateEntry[], at = 'input'): void {
  rates.forEach((r, i) => requireIntIn(r.rateBp, PRODUCT_LIMITS.pledgeRateBp, `${at}.pledgeRates.${i}.rateBp`, 'basis points'));
  const seen = new Set<IpType>();
  for (const r of rates) {
    if (seen.has(r.ipType)) {
      throw new ProductError(ProductErrorCode.PLEDGE_RATES_MISMATCH, `${r.ipType} has more than one pledge rate`, { field: `${at}.pledgeRates` });
    }
    seen.add(r.ipType);
  }
  const missing = accepted.filter((t) => !seen.has(t));
  if (missing.length) {
    throw new ProductError(ProductErrorCode.PLEDGE_RATES_MISMATCH, `Give a pledge rate for every accepted IP type; missing: ${missing.join(', ')}`, {
      field: `${at}.pledgeRates`,
      details: { missing },
    });
  }
  const extra = rates.map((r) => r.ipType).filter((t) => !accepted.includes(t));
  if (extra.length) {
    throw new ProductError(ProductErrorCode.PLEDGE_RATES_MISMATCH, `Pledge rates given for IP types the product does not accept: ${extra.join(', ')}`, {
      field: `${at}.pledgeRates`,
      details: { extra },
    });
  }
}

/**
 * Everything about a product that can be judged without the database. Throws the
 * first problem found, naming the input field (`input.maxAmount` for a reversed
 * amount range). Equal minimum and maximum are a fixed figure and pass.
 */
export function validateLoanProductTerms(t: LoanProductTerms, at = 'input'): void {
  const name = t.name.trim();
  if (name.length < 1 || name.length > PRODUCT_LIMITS.nameLength) {
    throw badInput(`${at}.name`, `must be 1 to ${PRODUCT_LIMITS.nameLength} characters`);
  }
  if (t.description.length > PRODUCT_LIMITS.descriptionLength) {
    throw badInput(`${at}.description`, `must be at most ${PRODUCT_LIMITS.descriptionLength} characters`);
  }

  const minAmount = positiveFen(t.minAmountFen, `${at}.minAmount.amountFen`);
  const maxAmount = positiveFen(t.maxAmountFen, `${at}.maxAmount.amountFen`);
  if (minAmount > maxAmount) throw reversed(`${at}.maxAmount`, 'The maximum amount is below the minimum amount');

  requireIntIn(t.minTermMonths, PRODUCT_LIMITS.termMonths, `${at}.minTermMonths`, 'months');
  requireIntIn(t.maxTermMonths, PRODUCT_LIMITS.termMonths, `${at}.maxTermMonths`, 'months');
  if (t.minTermMonths > t.maxTermMonths) throw reversed(`${at}.maxTermMonths`, 'The longest term is shorter than the shortest term');

  requireIntIn(t.minRateBp, PRODUCT_LIMITS.rateBp, `${at}.minRateBp`, 'basis points');
  requireIntIn(t.maxRateBp, PRODUCT_LIMITS.rateBp, `${at}.maxRateBp`, 'basis points');
  if (t.minRateBp > t.maxRateBp) throw reversed(`${at}.maxRateBp`, 'The highest rate is below the lowest rate');

  if (t.acceptedIpTypes.length === 0) throw badInput(`${at}.acceptedIpTypes`, 'Accept at least one IP type');
  if (new Set(t.acceptedIpTypes).size !== t.acceptedIpTypes.length) throw badInput(`${at}.acceptedIpTypes`, 'An IP type is listed twice');
  checkPledgeRates(t.acceptedIpTypes, t.pledgeRates, at);

  if (t.industries.length > PRODUCT_LIMITS.industries) throw badInput(`${at}.industries`, `At most ${PRODUCT_LIMITS.industries} industries`);
  const badIndustry = t.industries.find((c) => !isValidIndustryCode(c));
  if (badIndustry !== undefined) throw badInput(`${at}.industries`, `${badIndustry} is not a GB/T 4754 section or division (e.g. C or C39)`);

  requireIntIn(t.minFirmAgeYears, PRODUCT_LIMITS.firmAgeYears, `${at}.minFirmAgeYears`, 'years');
  if (t.batchPackage !== null && (t.batchPackage.trim().length < 1 || t.batchPackage.length > PRODUCT_LIMITS.batchPackageLength)) {
    throw badInput(`${at}.batchPackage`, `must be 1 to ${PRODUCT_LIMITS.batchPackageLength} characters, or null`);
  }

  if (!isIsoDate(t.activeFrom)) throw badInput(`${at}.activeFrom`, 'must be a date written YYYY-MM-DD');
  if (t.activeUntil !== null) {
    if (!isIsoDate(t.activeUntil)) throw badInput(`${at}.activeUntil`, 'must be a date written YYYY-MM-DD');
    // ISO dates compare correctly as strings.
    if (t.activeUntil <= t.activeFrom) throw reversed(`${at}.activeUntil`, 'The product must stay active until after it starts');
  }
}

export function pledgeRatesToRecord(entries: PledgeRateEntry[]): PledgeRates {
  const record: PledgeRates = {};
  for (const e of entries) record[e.ipType] = e.rateBp;
  return record;
}

/** Stored rates as a list, in the order of the accepted types (a stable order for clients). */
export function pledgeRatesToEntries(record: PledgeRates, accepted: IpType[]): PledgeRateEntry[] {
  const order = [...accepted, ...(Object.keys(record) as IpType[]).filter((t) => !accepted.includes(t))];
  return order.flatMap((ipType) => {
    const rateBp = record[ipType];
    return rateBp === undefined ? [] : [{ ipType, rateBp }];
  });
}

/** The section letter of a GB/T 4754 code: `C39` -> `C`. */
export function industrySection(code: string): string {
  return code.slice(0, 1);
}
