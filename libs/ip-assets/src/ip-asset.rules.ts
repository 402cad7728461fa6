import { addYears, badInput } from '@zhirong/core';
import { IpType, LegalStatus, PledgeStatus } from './entities/ip-asset.enums';
import { patentNumberTypeDigit, patentNumberYear } from './ip-numbers';


/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** IPC symbol: section A–H, 2-digit class, subclass letter, main group / subgroup, e.g. `H01M 10/052`. */
const IPC_PATTERN = /^([A-H][0-9]{2}[A-Z]) ?([0-9]{1,4}\/[0-9]{2,6})$/;
export const MAX_IPC_CLASSES = 20;

/**
 * IPC classifies inventions and utility models; designs use the Locarno
 * classification, which the platform does not record.
 */
export const IPC_TYPES: readonly IpType[] = [IpType.INVENTION_PATENT, IpType.UTILITY_MODEL];

/** Nice classes (1–45) belong to trademarks and to geographical indications registered as collective marks. */
export const NICE_TYPES: readonly IpType[] = [IpType.TRADEMARK, IpType.GEOGRAPHICAL_INDICATION];

/** One spelling per IPC symbol (`h01m10/052` → `H01M 10/052`), duplicates dropped, order kept. */
export function normalizeIpcClasses(type: IpType, values: readonly string[], field: string): string[] {
  if (!values.length) return [];
  if (!IPC_TYPES.includes(type)) throw badInput(field, `IPC classes apply to invention patents and utility models, not to ${type}`);
  const out: string[] = [];
  for (const raw of values) {
    const match = IPC_PATTERN.exec(raw.trim().replace(/\s+/g, ' ').toUpperCase());
    if (!match) throw badInput(field, `"${raw}" is not an IPC symbol like "H01M 10/052" (section A–H, 2 digits, letter, space, group/subgroup)`);
    const symbol = `${match[1]} ${match[2]}`;
    if (!out.includes(symbol)) out.push(symbol);
  }
  if (out.length > MAX_IPC_CLASSES) throw badInput(field, `at most ${MAX_IPC_CLASSES} IPC classes`);
  return out;
}

/** Nice classes 1–45 (goods 1–34, services 35–45), ascending, without duplicates. */
export function normalizeNiceClasses(type: IpType, values: readonly number[], field: string): number[] {
  if (!values.length) return [];
  if (!NICE_TYPES.includes(type)) throw badInput(field, `Nice classes apply to trademarks and geographical indications, not to ${type}`);
  for (const value of values) {
    if (!Number.isInteger(value) || value < 1 || value > 45) throw badInput(field, `${value} is not a Nice class (1–45)`);
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

export interface AssetDates {
  filedOn: string | null;
  grantedOn: string | null;
  expiresOn: string | null;
}

/**
 * Filed ≤ granted ≤ expires, and neither filing nor grant lies in the future.
 * The field named is the later date of a pair that disagrees.
 */
export function checkAssetDates(dates: AssetDates, today: string, prefix: string): void {
  const { filedOn, grantedOn, expiresOn } = dates;
  if (filedOn && filedOn > today) throw badInput(`${prefix}.filedOn`, `the filing date ${filedOn} lies in the future`);
  if (grantedOn && grantedOn > today) throw badInput(`${prefix}.grantedOn`, `the grant date ${grantedOn} lies in the future`);
  if (filedOn && grantedOn && grantedOn < filedOn) {
    throw badInput(`${prefix}.grantedOn`, `the grant date ${grantedOn} precedes the filing date ${filedOn}`);
  }
  const start = grantedOn ?? filedOn;
  if (start && expiresOn && expiresOn < start) {
    throw badInput(`${prefix}.expiresOn`, `the expiry date ${expiresOn} precedes the ${grantedOn ? 'grant' : 'filing'} date ${start}`);
  }
}

/**
 * A Chinese application number carries its filing year. PCT national-phase
 * numbers (type digits 8, 9) carry the year of entry instead, so they are not compared.
 */
export function checkPatentFilingYear(number: string, filedOn: string | null, prefix: string): void {
  const year = patentNumberYear(number);
  const digit = patentNumberTypeDigit(number);
  if (year === null || digit === null || digit >= 8 || !filedOn) return;
  if (Number(filedOn.slice(0, 4)) !== year) {
    throw badInput(`${prefix}.filedOn`, `the application number ${number} was filed in ${year}, not on ${filedOn}`);
  }
}

/** An asset in these states secures a loan or is being sold: what the pledge rests on stays put. */
export const LOCKED_PLEDGE_STATUSES: readonly PledgeStatus[] = [PledgeStatus.PLEDGED, PledgeStatus.IN_DISPOSAL];

export interface PledgeRelevantFields {
  type: IpType;
  number: string;
  enterpriseId: string;
  ipcClasses: string[];
  niceClasses: number[];
  filedOn: string | null;
  grantedOn: string | null;
  expiresOn: string | null;
  legalStatus: LegalStatus;
}

export const PLEDGE_RELEVANT_FIELDS: readonly (keyof PledgeRelevantFields)[] = [
  'type',
  'number',
  'enterpriseId',
  'ipcClasses',
  'niceClasses',
  'filedOn',
  'grantedOn',
  'expiresOn',
  'legalStatus',
];

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The pledge-relevant fields whose value `next` changes; an unchanged value repeated is no change. */
export function changedPledgeFields(current: PledgeRelevantFields, next: PledgeRelevantFields): (keyof PledgeRelevantFields)[] {
  return PLEDGE_RELEVANT_FIELDS.filter((f) => !sameValue(current[f], next[f]));
}

/** A valuation is at most this many years valid (评估报告有效期). */
export const MAX_VALIDITY_YEARS = 3;

/** Valued on a past or present day; valid after that day and for at most three years. */
export function checkValuationDates(valuedOn: string, validUntil: string, today: string, prefix: string): void {
  if (valuedOn > today) throw badInput(`${prefix}.valuedOn`, `the valuation date ${valuedOn} lies in the future`);
  if (validUntil <= valuedOn) throw badInput(`${prefix}.validUntil`, `validUntil ${validUntil} must come after the valuation date ${valuedOn}`);
  const limit = addYears(valuedOn, MAX_VALIDITY_YEARS);
  if (validUntil > limit) {
    throw badInput(`${prefix}.validUntil`, `a valuation is valid for at most ${MAX_VALIDITY_YEARS} years, until ${limit}`);
  }
}

export interface DatedValuation {
  id: string;
  valuedOn: string;
  validUntil: string;
  createdAt: Date;
}

/** Still to be relied on `today`: made by then and not past its validity (DOMAIN.md rule 1). */
export function isValuationValid(v: Pick<DatedValuation, 'valuedOn' | 'validUntil'>, today: string): boolean {
  return v.valuedOn <= today && v.validUntil >= today;
}

/** Newest first: by valuation date, then by when it was recorded, then by id for a total order. */
export function compareValuationsNewestFirst(a: DatedValuation, b: DatedValuation): number {
  if (a.valuedOn !== b.valuedOn) return a.valuedOn < b.valuedOn ? 1 : -1;
  const t = b.createdAt.getTime() - a.createdAt.getTime();
  if (t !== 0) return t;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The valuation that counts: the newest still valid one; an expired newer one does not count. */
export function latestValidValuation<T extends DatedValuation>(valuations: readonly T[], today: string): T | null {
  return valuations.filter((v) => isValuationValid(v, today)).sort(compareValuationsNewestFirst)[0] ?? null;
}
