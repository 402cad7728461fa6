import { RepaymentMethod } from './entities/loan.enums';

/**
 * 还款计划 — pure schedule rules, exact in integer fen (bigint).
 *
 * Periods: monthly. The k-th instalment falls due k months after disbursement, on the same
 * day of the month, or on the month's last day when it has fewer days (31 Jan → 28/29 Feb).
 *
 * Day count THIRTY_360 (DayCount.THIRTY_360): every period counts 30 days of a 360-day year, so
 * the interest of a period is outstanding × annual rate ÷ 12, whatever the month's length. With
 * the annual rate in basis points: interest = outstanding × rateBp ÷ 120,000.
 *
 * Rounding: each period's interest is rounded half-up to the fen (0.5 fen → 1 fen); the equal
 * instalment of 等额本息 is rounded half-up to the fen as well. The principal parts of every
 * instalment but the last are whole fen as computed; the last instalment takes whatever
 * principal is left, so the principal parts sum exactly to the principal.
 *
 * - 等额本息 EQUAL_INSTALMENT: payment A = round(P·r·(1+r)ⁿ / ((1+r)ⁿ − 1)), r = rateBp/120,000
 *   (A = P/n rounded down at rate 0); each period's interest round(outstanding·r), principal
 *   A − interest; the last: principal = what is left, interest round(outstanding·r).
 * - 等额本金 EQUAL_PRINCIPAL: principal ⌊P/n⌋ per period, the last P − (n−1)·⌊P/n⌋; interest
 *   round(outstanding·r) on the balance before the period's principal.
 * - 先息后本 INTEREST_ONLY_BULLET: interest round(P·r) every period, the whole principal with the last.
 */

export interface ScheduledInstalment {
  seq: number;
  dueDate: string;
  principalFen: bigint;
  interestFen: bigint;
}

/** Basis points per year ÷ 12 months: the denominator of a monthly period's rate. */
const MONTHLY_DENOMINATOR = 120_000n;

/** num ÷ den rounded half-up, both non-negative. */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (num < 0n || den <= 0n) throw new RangeError('divRoundHalfUp takes num ≥ 0 and den > 0');
  return (2n * num + den) / (2n * den);
}

/** A monthly period's interest on `outstandingFen` at `annualRateBp` (30/360), rounded half-up to the fen. */
export function periodInterest(outstandingFen: bigint, annualRateBp: number): bigint {
  return divRoundHalfUp(outstandingFen * BigInt(annualRateBp), MONTHLY_DENOMINATOR);
}

/** `YYYY-MM-DD` plus `months`, on the same day or the month's last day when it is shorter. */
export function addMonthsClamped(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The due dates of `termMonths` monthly instalments after `disbursedOn`. */
export function dueDates(disbursedOn: string, termMonths: number): string[] {
  return Array.from({ length: termMonths }, (_, i) => addMonthsClamped(disbursedOn, i + 1));
}

/** 等额本息's payment, rounded half-up to the fen; ⌊P/n⌋ at rate 0. */
export function equalInstalmentPayment(principalFen: bigint, annualRateBp: number, periods: number): bigint {
  const n = BigInt(periods);
  if (annualRateBp === 0) return principalFen / n;
  const bp = BigInt(annualRateBp);
  // A = P · (bp/D) · ((D+bp)/D)ⁿ / (((D+bp)/D)ⁿ − 1) = P · bp · (D+bp)ⁿ / (D · ((D+bp)ⁿ − Dⁿ))
  const grown = (MONTHLY_DENOMINATOR + bp) ** n;
  const base = MONTHLY_DENOMINATOR ** n;
  return divRoundHalfUp(principalFen * bp * grown, MONTHLY_DENOMINATOR * (grown - base));
}

/**
 * The instalments that repay `principalFen` over the given due dates (one per period) by
 * `method`. Also re-amortises the rest of a schedule after early repayment: pass the new
 * outstanding principal and the remaining due dates.
 */
export function buildSchedule(principalFen: bigint, annualRateBp: number, method: RepaymentMethod, dates: readonly string[], firstSeq = 1): ScheduledInstalment[] {
  if (principalFen < 0n) throw new RangeError('principal must not be negative');
  if (!Number.isInteger(annualRateBp) || annualRateBp < 0) throw new RangeError('rate must be whole basis points ≥ 0');
  const n = dates.length;
  if (n === 0) return [];
  const out: ScheduledInstalment[] = [];
  let outstanding = principalFen;
  const payment = method === RepaymentMethod.EQUAL_INSTALMENT ? equalInstalmentPayment(principalFen, annualRateBp, n) : 0n;
  const evenPrincipal = principalFen / BigInt(n);
  for (let i = 0; i < n; i++) {
    const interest = periodInterest(outstanding, annualRateBp);
    const last = i === n - 1;
    let principal: bigint;
    if (last) principal = outstanding;
    else if (method === RepaymentMethod.EQUAL_INSTALMENT) principal = clamp(payment - interest, outstanding);
    else if (method === RepaymentMethod.EQUAL_PRINCIPAL) principal = clamp(evenPrincipal, outstanding);
    else principal = 0n;
    out.push({ seq: firstSeq + i, dueDate: dates[i], principalFen: principal, interestFen: interest });
    outstanding -= principal;
  }
  return out;
}

/** The schedule of a loan disbursed on `disbursedOn`. */
export function loanSchedule(input: { principalFen: bigint; annualRateBp: number; termMonths: number; method: RepaymentMethod; disbursedOn: string }): ScheduledInstalment[] {
  if (!Number.isInteger(input.termMonths) || input.termMonths < 1) throw new RangeError('term must be at least one month');
  return buildSchedule(input.principalFen, input.annualRateBp, input.method, dueDates(input.disbursedOn, input.termMonths));
}

function clamp(value: bigint, max: bigint): bigint {
  if (value < 0n) return 0n;
  return value > max ? max : value;
}
