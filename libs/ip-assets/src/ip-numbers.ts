import { IpType } from './ip-types';

/**
 * Registration and application numbers of each kind of IP, as the issuing
 * offices write them. Numbers are trimmed and upper-cased; a patent number given
 * without `CN` gets it, so one asset has one spelling and the (type, number)
 * uniqueness holds.
 *
 * | type | format | example |
 * |---|---|---|
 * | patents (发明/实用新型/外观设计) | `CN` + year (1985…this year) + type digit + 7-digit serial + `.` + check character | `CN202310123456.6` |
 * | trademark 商标 | registration number: 1–9 digits, no leading zero | `30012345` |
 * | copyright 著作权 | `国作登字-YYYY-L-NNNNNNNN`, L = category letter A–L (A 文字 … F 美术 … L 其他) | `国作登字-2023-F-00012345` |
 * | software copyright 软件著作权 | `YYYYSR` + 7 digits | `2023SR0123456` |
 * | IC layout design 集成电路布图设计 | `BS.` + 9 digits | `BS.215012345` |
 * | geographical indication 地理标志, licence-revenue right 许可收益权 | 4–40 of `A–Z 0–9 -` (no national format; the registry's or contract's reference) | `GI-2023-0000001` |
 *
 * The patent check character is Σ dᵢ·wᵢ mod 11 over the 12 digits with weights
 * 2,3,4,5,6,7,8,9,2,3,4,5, where 10 is written `X`. The type digit says which
 * kind of patent it is: 1 invention, 2 utility model, 3 design, 8 PCT invention and
 * 9 PCT utility model (national phase entries).
 */

/** The earliest year a number may carry: China's Patent Law took effect in 1985. */
export const FIRST_NUMBER_YEAR = 1985;

export type PatentTypeDigit = 1 | 2 | 3 | 8 | 9;

export const PATENT_TYPE_DIGITS: Record<PatentTypeDigit, string> = {
  1: '发明 invention',
  2: '实用新型 utility model',
  3: '外观设计 design',
  8: 'PCT 发明 PCT invention (national phase)',
  9: 'PCT 实用新型 PCT utility model (national phase)',
};

/** Which type digits each patent type may carry. */
export const TYPE_DIGITS_OF: Partial<Record<IpType, readonly PatentTypeDigit[]>> = {
  [IpType.INVENTION_PATENT]: [1, 8],
  [IpType.UTILITY_MODEL]: [2, 9],
  [IpType.DESIGN_PATENT]: [3],
};

export type IpNumberProblem = 'FORMAT' | 'YEAR' | 'TYPE_DIGIT_UNKNOWN' | 'TYPE_DIGIT_MISMATCH' | 'CHECK_CHARACTER';

export type IpNumberCheck =
  | { valid: true; normalized: string }
  | { valid: false; problem: IpNumberProblem; reason: string };

const PATENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** The check character of a patent application number's 12 digits (year, type digit, serial). */
export function patentCheckChar(twelveDigits: string): string {
  if (!/^[0-9]{12}$/.test(twelveDigits)) throw new Error(`"${twelveDigits}" is not 12 digits`);
  const sum = [...twelveDigits].reduce((s, d, i) => s + Number(d) * PATENT_WEIGHTS[i], 0) % 11;
  return sum === 10 ? 'X' : String(sum);
}

/** A valid patent application number, for seeds and tests: `patentNumber(2023, 1, 123456)` → `CN202310123456.6`. */
export function patentNumber(year: number, typeDigit: PatentTypeDigit, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`year ${year} is not four digits`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9_999_999) throw new Error(`serial ${serial} is not 0–9999999`);
  const digits = `${year}${typeDigit}${String(serial).padStart(7, '0')}`;
  return `CN${digits}.${patentCheckChar(digits)}`;
}

const PATENT_PATTERN = /^(?:CN)?([0-9]{4})([0-9])([0-9]{7})\.([0-9X])$/;
const TRADEMARK_PATTERN = /^[1-9][0-9]{0,8}$/;
const COPYRIGHT_PATTERN = /^国作登字-([0-9]{4})-[A-L]-[0-9]{8}$/;
const SOFTWARE_PATTERN = /^([0-9]{4})SR[0-9]{7}$/;
const IC_LAYOUT_PATTERN = /^BS\.[0-9]{9}$/;
const REFERENCE_PATTERN = /^[A-Z0-9-]{4,40}$/;

/** What each type's number looks like, for error messages and field descriptions. */
export const IP_NUMBER_FORMATS: Record<IpType, string> = {
  [IpType.INVENTION_PATENT]: 'CN + 4-digit year + type digit 1 or 8 + 7-digit serial + "." + check character, e.g. CN202310123456.6',
  [IpType.UTILITY_MODEL]: 'CN + 4-digit year + type digit 2 or 9 + 7-digit serial + "." + check character, e.g. CN202320123467.X',
  [IpType.DESIGN_PATENT]: 'CN + 4-digit year + type digit 3 + 7-digit serial + "." + check character, e.g. CN202330123456.7',
  [IpType.TRADEMARK]: '1–9 digits without a leading zero, e.g. 30012345',
  [IpType.COPYRIGHT]: '国作登字-YYYY-L-NNNNNNNN with a category letter A–L, e.g. 国作登字-2023-F-00012345',
  [IpType.SOFTWARE_COPYRIGHT]: 'YYYYSR + 7 digits, e.g. 2023SR0123456',
  [IpType.IC_LAYOUT]: 'BS. + 9 digits, e.g. BS.215012345',
  [IpType.GEOGRAPHICAL_INDICATION]: '4–40 characters of A–Z, 0–9 and "-", e.g. GI-2023-0000001',
  [IpType.LICENSE_REVENUE_RIGHT]: '4–40 characters of A–Z, 0–9 and "-", e.g. LIC-2023-0000001',
};

function fail(problem: IpNumberProblem, reason: string): IpNumberCheck {
  return { valid: false, problem, reason };
}

function checkYear(year: number, currentYear: number): IpNumberCheck | null {
  if (year < FIRST_NUMBER_YEAR || year > currentYear) {
    return fail('YEAR', `the year ${year} must be between ${FIRST_NUMBER_YEAR} and ${currentYear}`);
  }
  return null;
}

function checkPatent(type: IpType, value: string, currentYear: number): IpNumberCheck {
  const match = PATENT_PATTERN.exec(value);
  if (!match) return fail('FORMAT', `must be ${IP_NUMBER_FORMATS[type]}`);
  const [, year, digit, serial, check] = match;
  const yearProblem = checkYear(Number(year), currentYear);
  if (yearProblem) return yearProblem;
  const typeDigit = Number(digit) as PatentTypeDigit;
  if (!(typeDigit in PATENT_TYPE_DIGITS)) {
    return fail('TYPE_DIGIT_UNKNOWN', `the type digit ${digit} is unknown; it must be 1 (invention), 2 (utility model), 3 (design), 8 or 9 (PCT)`);
  }
  const allowed = TYPE_DIGITS_OF[type] ?? [];
  if (!allowed.includes(typeDigit)) {
    return fail('TYPE_DIGIT_MISMATCH', `the type digit ${digit} means ${PATENT_TYPE_DIGITS[typeDigit]}, not ${type}; expected ${allowed.join(' or ')}`);
  }
  const expected = patentCheckChar(`${year}${digit}${serial}`);
  if (check !== expected) return fail('CHECK_CHARACTER', `the check character is ${check} but should be ${expected}`);
  return { valid: true, normalized: `CN${year}${digit}${serial}.${check}` };
}

function checkPattern(type: IpType, value: string, pattern: RegExp, currentYear: number): IpNumberCheck {
  const match = pattern.exec(value);
  if (!match) return fail('FORMAT', `must be ${IP_NUMBER_FORMATS[type]}`);
  // The copyright and software patterns capture a year; the others carry none.
  const yearProblem = match[1] ? checkYear(Number(match[1]), currentYear) : null;
  return yearProblem ?? { valid: true, normalized: value };
}

/**
 * Whether `raw` is a well-formed number for an asset of `type`, and its one
 * spelling. `currentYear` bounds the year a number may carry (Asia/Shanghai).
 */
export function checkIpNumber(type: IpType, raw: string, currentYear: number): IpNumberCheck {
  const value = raw.trim().toUpperCase();
  switch (type) {
    case IpType.INVENTION_PATENT:
    case IpType.UTILITY_MODEL:
    case IpType.DESIGN_PATENT:
      return checkPatent(type, value, currentYear);
    case IpType.TRADEMARK:
      return checkPattern(type, value, TRADEMARK_PATTERN, currentYear);
    case IpType.COPYRIGHT:
      return checkPattern(type, value, COPYRIGHT_PATTERN, currentYear);
    case IpType.SOFTWARE_COPYRIGHT:
      return checkPattern(type, value, SOFTWARE_PATTERN, currentYear);
    case IpType.IC_LAYOUT:
      return checkPattern(type, value, IC_LAYOUT_PATTERN, currentYear);
    case IpType.GEOGRAPHICAL_INDICATION:
    case IpType.LICENSE_REVENUE_RIGHT:
      return checkPattern(type, value, REFERENCE_PATTERN, currentYear);
  }
}

/** The year a patent application number was filed in, or null for other numbers. */
export function patentNumberYear(number: string): number | null {
  const match = PATENT_PATTERN.exec(number);
  return match ? Number(match[1]) : null;
}

/** The type digit of a patent application number, or null for other numbers. */
export function patentNumberTypeDigit(number: string): number | null {
  const match = PATENT_PATTERN.exec(number);
  return match ? Number(match[2]) : null;
}
