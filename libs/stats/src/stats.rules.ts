import Decimal from 'decimal.js';
import { StatsError, StatsErrorCode } from './stats.errors';

/** The most months one answer covers (five years), so a grouped answer stays bounded. */
export const MAX_MONTHS = 60;

/** 同比增长目标 — the year-on-year growth target of the policy documents: at least 10%. */
export const YOY_TARGET_BP = 1000;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface MonthRange {
  /** First calendar day, `YYYY-MM-DD` (Asia/Shanghai calendar days; loan dates are `date`s). */
  start: string;
  /** Last calendar day of the last month. */
  end: string;
  /** The months, `YYYY-MM`, in order. */
  months: string[];
}

function parse(month: string, field: string): { y: number; m: number } {
  const hit = MONTH.exec(month);
  if (!hit) throw new StatsError(StatsErrorCode.BAD_PERIOD, `A month is written YYYY-MM, e.g. 2026-03; got "${month}"`, { field });
  return { y: Number(hit[1]), m: Number(hit[2]) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthKey = (y: number, m: number) => `${y}-${pad(m)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The calendar days of `from`…`to` (both `YYYY-MM`, inclusive). */
export function monthRange(from: string, to: string, fieldPrefix = 'filter'): MonthRange {
  const a = parse(from, `${fieldPrefix}.from`);
  const b = parse(to, `${fieldPrefix}.to`);
  const count = (b.y - a.y) * 12 + (b.m - a.m) + 1;
  if (count < 1) throw new StatsError(StatsErrorCode.BAD_PERIOD, `The range ends (${to}) before it starts (${from})`, { field: `${fieldPrefix}.to` });
  if (count > MAX_MONTHS) throw new StatsError(StatsErrorCode.PERIOD_TOO_LONG, `At most ${MAX_MONTHS} months at a time; ${from}…${to} is ${count}`, { field: `${fieldPrefix}.to` });
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = a.m - 1 + i;
    months.push(monthKey(a.y + Math.floor(k / 12), (k % 12) + 1));
  }
  return { start: `${monthKey(a.y, a.m)}-01`, end: `${monthKey(b.y, b.m)}-${pad(lastDay(b.y, b.m))}`, months };
}

/** The same months one year earlier: the base of year-on-year growth (同比). */
export function yearEarlier(month: string): string {
  const { y, m } = parse(month, 'month');
  return monthKey(y - 1, m);
}

/** `numerator / denominator` in basis points, half up; null when there is nothing to divide by. */
export function ratioBp(numerator: bigint | number | string, denominator: bigint | number | string): number | null {
  const d = new Decimal(denominator.toString());
  if (d.isZero()) return null;
  return new Decimal(numerator.toString()).mul(10000).div(d).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Growth of `current` over `base` in basis points (+10% is 1000); null without a base. */
export function growthBp(current: bigint | number | string, base: bigint | number | string): number | null {
  const b = new Decimal(base.toString());
  if (b.isZero()) return null;
  return new Decimal(current.toString()).minus(b).mul(10000).div(b).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Whether a growth meets the ≥10% target; null when there was no base to grow from. */
export function meetsTarget(growth: number | null): boolean | null {
  return growth === null ? null : growth >= YOY_TARGET_BP;
}

/** Average rating to two places (half up) from the sum and the count of answers. */
export function averageRating(sum: number, count: number): number | null {
  if (!count) return null;
  return new Decimal(sum).div(count).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** Σ(value × weight) / Σ weight, rounded half up to a whole number; null without weight. */
export function weightedAverage(weightedSum: bigint | number | string, weight: bigint | number | string): number | null {
  const w = new Decimal(weight.toString());
  if (w.isZero()) return null;
  return new Decimal(weightedSum.toString()).div(w).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
