import {
  Access,
  Actor,
  creditCodeCheckChar,
  CREDIT_CODE_ALPHABET,
  creditCodeProblem,
  INDUSTRY_SECTIONS,
  isPlatformAdmin,
  isWithinRegion,
  Role,
} from '@zhirong/core';
import { RegionLevel } from '@zhirong/identity';
import { CREDIT_RATING_ORDER, CreditRating } from './entities/enterprise.enums';
import { EnterpriseError, EnterpriseErrorCode } from './enterprises.errors';
import { MIN_REVENUE_YEAR } from './dto/enterprise.inputs';

/** Roles that write the profiles of firms in their region subtree (a window on a firm's behalf). */
export const REGIONAL_WRITER_ROLES: readonly Role[] = [Role.GOV_OFFICER, Role.WINDOW_OFFICER, Role.PARK_OFFICER];

/** Levels a firm may be registered at; a park is given separately, beneath one of these. */
export const ENTERPRISE_REGION_LEVELS: readonly RegionLevel[] = [RegionLevel.DISTRICT, RegionLevel.CITY];

/** The earliest founding date accepted; older dates are typing mistakes. */
export const EARLIEST_FOUNDING_DATE = '1900-01-01';

export const NAME_MAX_LENGTH = 200;

/** Codes are printed in upper case; people paste them with spaces and in lower case. */
export function normalizeCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

/** What is wrong with a unified social credit code, in words a clerk can act on; null when valid. */
export function creditCodeMessage(code: string): string | null {
  switch (creditCodeProblem(code)) {
    case null:
      return null;
    case 'LENGTH':
      return `A unified social credit code has 18 characters; this one has ${code.length}`;
    case 'CHARACTER': {
      const bad = [...code].find((ch) => !CREDIT_CODE_ALPHABET.includes(ch)) ?? '';
      return `A unified social credit code uses digits and the letters A–Y without I, O, S, V, Z; "${bad}" is not allowed`;
    }
    case 'DIVISION':
      return `Characters 3–8 of a unified social credit code are the six-digit administrative division (GB/T 2260); "${code.slice(2, 8)}" is not`;
    case 'CHECK_CHARACTER':
      // Not naming the expected character: the usual cause is a typo among the first 17.
      return `The check character (18th) "${code[17]}" does not match the first 17 characters; one of them is probably mistyped`;
  }
}

/** Throws BAD_USER_INPUT on `field` unless the code is valid; returns it normalised. */
export function checkCreditCode(raw: string, field = 'input.creditCode'): string {
  const code = normalizeCreditCode(raw);
  const message = creditCodeMessage(code);
  if (message) throw new EnterpriseError(EnterpriseErrorCode.INVALID_CREDIT_CODE, message, { field });
  return code;
}

/** A valid code for tests and seeds: the first 17 characters plus their check character. */
export function withCreditCodeCheck(first17: string): string {
  return `${first17}${creditCodeCheckChar(first17)}`;
}

/** What is wrong with a GB/T 4754 industry code (`C39` or a bare section `C`); null when valid. */
export function industryCodeMessage(code: string): string | null {
  const match = /^([A-T])(\d{2})?$/.exec(code);
  if (!match) return `An industry code is a GB/T 4754 section letter A–T, optionally with its two-digit division, e.g. C39; "${code}" is not`;
  if (!match[2]) return null;
  const section = INDUSTRY_SECTIONS[match[1]];
  const [low, high] = section.divisions;
  const division = Number(match[2]);
  if (division >= low && division <= high) return null;
  const range = `${String(low).padStart(2, '0')}–${String(high).padStart(2, '0')}`;
  return `Division ${match[2]} is not in section ${match[1]} (${section.name}, divisions ${range})`;
}

export function checkIndustryCode(raw: string, field = 'input.industryCode'): string {
  const code = raw.trim().toUpperCase();
  const message = industryCodeMessage(code);
  if (message) throw new EnterpriseError(EnterpriseErrorCode.INVALID_INDUSTRY_CODE, message, { field });
  return code;
}

/** The section's name (门类), e.g. 制造业 for `C39`. */
export function industryNameOf(code: string): string | null {
  return INDUSTRY_SECTIONS[code.charAt(0)]?.name ?? null;
}


/** What is wrong with a founding date; null when it is a real date between 1900 and today. */
export function foundingDateMessage(value: string, today: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `A founding date is written YYYY-MM-DD; "${value}" is not`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `${value} is not a calendar date`;
  }
  if (value < EARLIEST_FOUNDING_DATE) return `A founding date before ${EARLIEST_FOUNDING_DATE} is not accepted`;
  if (value > today) return `The founding date ${value} lies in the future (today is ${today}, Beijing time)`;
  return null;
}

export function checkFoundingDate(value: string, today: string, field = 'input.foundedOn'): string {
  const message = foundingDateMessage(value, today);
  if (message) throw new EnterpriseError(EnterpriseErrorCode.INVALID_FOUNDING_DATE, message, { field });
  return value;
}

/**
 * A revenue year is a completed fiscal year (China's runs with the calendar year) in which the
 * firm existed: from its founding year, and no earlier than MIN_REVENUE_YEAR, to last year.
 */
export function checkRevenueYear(year: number, foundedOn: string, today: string, field = 'input.year'): number {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const first = Math.max(MIN_REVENUE_YEAR, Number(foundedOn.slice(0, 4)));
  if (year > lastYear) {
    throw new EnterpriseError(EnterpriseErrorCode.INVALID_REVENUE_YEAR, `Only a completed fiscal year can be reported: ${lastYear} at the latest`, { field });
  }
  if (year < first) {
    throw new EnterpriseError(EnterpriseErrorCode.INVALID_REVENUE_YEAR, `${year} is before the firm was founded (${foundedOn}) or before ${MIN_REVENUE_YEAR}`, { field });
  }
  return year;
}

/** Trims the name; class-validator has checked its length, but blanks pass that. */
export function checkName(raw: string, field = 'input.name'): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) throw new EnterpriseError(EnterpriseErrorCode.INVALID_NAME, 'The name must not be blank', { field });
  if (name.length > NAME_MAX_LENGTH) {
    throw new EnterpriseError(EnterpriseErrorCode.INVALID_NAME, `The name has at most ${NAME_MAX_LENGTH} characters`, { field });
  }
  return name;
}

export interface RegionLike {
  id: string;
  name: string;
  level: RegionLevel;
  path: string;
}

/** What is wrong with the region a firm is registered in; null when it is a district or city. */
export function regionMessage(region: RegionLike | null, id: string): string | null {
  if (!region) return `Region ${id} does not exist`;
  if (!ENTERPRISE_REGION_LEVELS.includes(region.level)) {
    return `A firm is registered in a district or city; ${region.name} is a ${region.level}${region.level === RegionLevel.PARK ? ' (give it as parkId)' : ''}`;
  }
  return null;
}

/** What is wrong with the park of a firm; null when it is a park within the firm's region. */
export function parkMessage(park: RegionLike | null, id: string, region: RegionLike): string | null {
  if (!park) return `Park ${id} does not exist`;
  if (park.level !== RegionLevel.PARK) return `${park.name} is a ${park.level}, not a park`;
  if (!isWithinRegion(region.path, park.path)) return `The park ${park.name} is not in ${region.name}`;
  return null;
}

/**
 * Checks the region and park of a firm and gives the path stored with it: the park's
 * when there is one, so a park's officer sees its firms by the same subtree rule.
 */
export function placeEnterprise(
  region: RegionLike | null,
  regionId: string,
  park: RegionLike | null,
  parkId: string | null,
  fields = { region: 'input.regionId', park: 'input.parkId' },
): { regionPath: string } {
  const regionProblem = regionMessage(region, regionId);
  if (regionProblem || !region) {
    throw new EnterpriseError(EnterpriseErrorCode.INVALID_REGION, regionProblem ?? `Region ${regionId} does not exist`, { field: fields.region });
  }
  if (parkId === null) return { regionPath: region.path };
  const parkProblem = parkMessage(park, parkId, region);
  if (parkProblem || !park) {
    throw new EnterpriseError(EnterpriseErrorCode.INVALID_PARK, parkProblem ?? `Park ${parkId} does not exist`, { field: fields.park });
  }
  return { regionPath: park.path };
}

/** How an actor may write firm profiles: anywhere, within its region subtree, or only its own. */
export type EnterpriseWriter = 'PLATFORM' | 'REGIONAL' | 'FIRM';

export function writerKind(actor: Actor): EnterpriseWriter | null {
  if (isPlatformAdmin(actor)) return 'PLATFORM';
  if (actor.roles.some((r) => REGIONAL_WRITER_ROLES.includes(r))) return 'REGIONAL';
  if (actor.roles.includes(Role.ENTERPRISE_USER)) return 'FIRM';
  return null;
}

/** The writer kind, or FORBIDDEN for banks, valuers, guarantors and the like. */
export function requireWriter(actor: Actor): EnterpriseWriter {
  const kind = writerKind(actor);
  if (!kind) {
    throw new EnterpriseError(
      EnterpriseErrorCode.NOT_EDITABLE,
      'Only the platform, an IP office, a service window, a park or the firm itself may write a firm profile',
    );
  }
  return kind;
}

/** Regional writers act inside their subtree; the platform and a firm on its own profile are not bound by region. */
export function requireRegionFor(actor: Actor, kind: EnterpriseWriter, regionPath: string): void {
  if (kind === 'REGIONAL') Access.requireRegion(actor, regionPath);
}

/** A firm may edit its own profile, and no other. */
export function requireEditable(actor: Actor, kind: EnterpriseWriter, enterprise: { organizationId: string | null; regionPath: string }): void {
  if (kind === 'FIRM' && enterprise.organizationId !== actor.organizationId) {
    throw new EnterpriseError(EnterpriseErrorCode.NOT_EDITABLE, 'A firm may edit only its own profile');
  }
  requireRegionFor(actor, kind, enterprise.regionPath);
}

/**
 * Credit signals come from credit reports and court lists, not from the firm: a firm
 * clearing its own dishonesty flag would defeat the products that exclude such firms.
 */
export function requireMaySetCreditSignals(kind: EnterpriseWriter, changed: { creditRating: boolean; dishonest: boolean }): void {
  if (kind !== 'FIRM') return;
  const field = changed.creditRating ? 'input.creditRating' : changed.dishonest ? 'input.dishonest' : null;
  if (field) {
    throw new EnterpriseError(
      EnterpriseErrorCode.CREDIT_SIGNALS_RESERVED,
      'A firm cannot set its own credit rating or dishonesty record; an IP office or the platform records them',
      { field },
    );
  }
}

/** The ratings that meet a minimum, best first: `A` admits AAA, AA and A. */
export function ratingsAtLeast(minimum: CreditRating): CreditRating[] {
  return CREDIT_RATING_ORDER.slice(0, CREDIT_RATING_ORDER.indexOf(minimum) + 1);
}

