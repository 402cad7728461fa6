import { badInput, formatYuan } from '@zhirong/core';
import { CreditRating, ENTERPRISE_TAG_LABELS, ENTERPRISE_TAG_LABELS_EN, EnterpriseTag, growthBp, meetsRating } from '@zhirong/enterprises';
import { ScreeningRule } from './entities/screening-rule-set.entity';
import { CriterionResult } from './entities/whitelist-batch.entity';
import { ScreeningCriterion } from './entities/whitelist.enums';

/**
 * A high-value patent (高价值专利), as far as the platform's data tells: a valid invention
 * patent whose latest valid valuation is at least ¥1,000,000, or that was filed ten or more
 * years ago (CNIPA counts patents maintained over ten years as high-value).
 */
export const HIGH_VALUE_PATENT_MIN_FEN = 100_000_000n;
export const HIGH_VALUE_PATENT_MIN_YEARS = 10;

/**
 * Revenue growth compares the newest reported fiscal year with the year before; a newest year
 * older than this many years before the current one is too old to speak of the firm today.
 */
export const REVENUE_RECENT_YEARS = 2;

/** The newest reported fiscal year (within REVENUE_RECENT_YEARS) and the year before it, if reported. */
export interface RevenueFacts {
  year: number;
  fen: bigint;
  previousFen: bigint | null;
}

/** What screening knows of one firm, read in bulk by one SQL query. */
export interface FirmFacts {
  enterpriseId: string;
  dishonest: boolean;
  creditRating: CreditRating | null;
  /** Verified values: the only ones that pass a criterion. */
  tags: EnterpriseTag[];
  employees: number | null;
  /** What the firm declared and no office has verified yet, named in the reasons. */
  declaredTags?: EnterpriseTag[];
  declaredEmployees?: number | null;
  revenue: RevenueFacts | null;
  validInventionPatents: number;
  highValuePatents: number;
  totalValuationFen: bigint;
}

export interface Evaluation {
  score: number;
  passedRequired: boolean;
  reasons: CriterionResult[];
}

const RATINGS = Object.values(CreditRating) as string[];
const TAGS = Object.values(EnterpriseTag) as string[];

function parseCount(value: string | null): number | null {
  return value !== null && /^(0|[1-9]\d{0,5})$/.test(value) ? Number(value) : null;
}

/** Checks a rule's threshold against its criterion; `field` is the input path to blame. */
export function checkRule(rule: ScreeningRule, field: string): ScreeningRule {
  const t = rule.threshold?.trim() || null;
  const bad = (message: string) => badInput(`${field}.threshold`, message);
  switch (rule.criterion) {
    case ScreeningCriterion.NO_DISHONESTY:
      return { ...rule, threshold: null };
    case ScreeningCriterion.MIN_CREDIT_RATING:
      if (!t || !RATINGS.includes(t)) throw bad(`must be a credit rating: ${RATINGS.join(', ')}`);
      break;
    case ScreeningCriterion.VALID_INVENTION_PATENTS:
    case ScreeningCriterion.HIGH_VALUE_PATENTS:
    case ScreeningCriterion.LOCAL_CONTRIBUTION:
      if (parseCount(t) === null) throw bad('must be a whole number, e.g. "3"');
      break;
    case ScreeningCriterion.TOTAL_VALUATION:
      if (!t || !/^(0|[1-9]\d{0,17})$/.test(t)) throw bad('must be an amount in fen written as digits, e.g. "500000000"');
      break;
    case ScreeningCriterion.REVENUE_GROWTH:
      if (!t || !/^-?\d{1,6}$/.test(t)) throw bad('must be a growth rate in basis points, e.g. "1000" for 10%');
      break;
    case ScreeningCriterion.TAGS: {
      const tags = (t ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (!tags.length || tags.some((x) => !TAGS.includes(x))) throw bad(`must list recognitions separated by commas: ${TAGS.join(', ')}`);
      return { ...rule, threshold: tags.join(',') };
    }
  }
  return { ...rule, threshold: t };
}

function result(rule: ScreeningRule, passed: boolean, value: string | null, zh: string, en: string): CriterionResult {
  return { criterion: rule.criterion, passed, required: rule.required, weight: rule.weight, value, threshold: rule.threshold, reasonZh: zh, reasonEn: en };
}

function evaluateOne(rule: ScreeningRule, f: FirmFacts): CriterionResult {
  const t = rule.threshold ?? '';
  switch (rule.criterion) {
    case ScreeningCriterion.NO_DISHONESTY:
      return f.dishonest
        ? result(rule, false, 'true', '列入失信被执行人名单', 'On the dishonest-debtor list')
        : result(rule, true, 'false', '无失信记录', 'No dishonesty record');
    case ScreeningCriterion.MIN_CREDIT_RATING: {
      const ok = meetsRating(f.creditRating, t as CreditRating);
      const v = f.creditRating ?? '无评级';
      return result(rule, ok, f.creditRating, `信用评级 ${v}，要求不低于 ${t}`, `Credit rating ${f.creditRating ?? 'none'}, at least ${t} required`);
    }
    case ScreeningCriterion.VALID_INVENTION_PATENTS: {
      const n = Number(t);
      return result(rule, f.validInventionPatents >= n, String(f.validInventionPatents), `有效发明专利 ${f.validInventionPatents} 件，要求至少 ${n} 件`, `${f.validInventionPatents} valid invention patents, at least ${n} required`);
    }
    case ScreeningCriterion.HIGH_VALUE_PATENTS: {
      const n = Number(t);
      return result(rule, f.highValuePatents >= n, String(f.highValuePatents), `高价值专利 ${f.highValuePatents} 件，要求至少 ${n} 件`, `${f.highValuePatents} high-value patents, at least ${n} required`);
    }
    case ScreeningCriterion.TOTAL_VALUATION: {
      const min = BigInt(t);
      return result(rule, f.totalValuationFen >= min, f.totalValuationFen.toString(), `知识产权有效评估总值 ${formatYuan(f.totalValuationFen)}，要求至少 ${formatYuan(min)}`, `Total valid IP valuation ${formatYuan(f.totalValuationFen)}, at least ${formatYuan(min)} required`);
    }
    case ScreeningCriterion.REVENUE_GROWTH: {
      const pct = `${Number(t) / 100}%`;
      const r = f.revenue;
      if (!r) return result(rule, false, null, `近${REVENUE_RECENT_YEARS}个会计年度未填报营收，无法计算增长率（要求 ${pct}）`, `No revenue reported for the last ${REVENUE_RECENT_YEARS} fiscal years, growth unknown (${pct} required)`);
      if (r.previousFen === null || r.previousFen <= 0n) {
        return result(rule, false, null, `缺少 ${r.year - 1} 年营收（或为零），无法计算 ${r.year} 年增长率（要求 ${pct}）`, `No positive revenue for ${r.year - 1}, ${r.year} growth unknown (${pct} required)`);
      }
      // Compared exactly in integers: growth ≥ t bp ⇔ (now − before) × 10000 ≥ t × before.
      const ok = (r.fen - r.previousFen) * 10_000n >= BigInt(t) * r.previousFen;
      const g = growthBp(r.fen, r.previousFen)!;
      return result(rule, ok, String(g), `${r.year} 年营收同比增长 ${g / 100}%，要求不低于 ${pct}`, `${r.year} revenue grew ${g / 100}% year on year, at least ${pct} required`);
    }
    case ScreeningCriterion.TAGS: {
      const wanted = t.split(',') as EnterpriseTag[];
      const held = wanted.filter((x) => f.tags.includes(x));
      const label = (xs: EnterpriseTag[]) => xs.map((x) => ENTERPRISE_TAG_LABELS[x]).join('、');
      // In words for people; the codes stay in `value`.
      const labelEn = (xs: EnterpriseTag[]) => xs.map((x) => `${ENTERPRISE_TAG_LABELS_EN[x]} (${ENTERPRISE_TAG_LABELS[x]})`).join(', ');
      if (held.length) return result(rule, true, held.join(','), `具备资质（已核实）：${label(held)}`, `Holds ${labelEn(held)} (verified)`);
      const declared = wanted.filter((x) => f.declaredTags?.includes(x));
      return declared.length
        ? result(rule, false, f.tags.join(',') || null, `${label(declared)}（已申报，未核实）：核实前不计入（要求 ${label(wanted)} 之一）`, `${labelEn(declared)} (declared, not verified): not counted until verified`)
        : result(rule, false, f.tags.join(',') || null, `不具备所需资质（${label(wanted)} 之一）`, `Holds none of ${labelEn(wanted)}`);
    }
    case ScreeningCriterion.LOCAL_CONTRIBUTION: {
      // Headcount stands in for local contribution (jobs, and with them local tax): it is the figure firms report.
      const n = Number(t);
      const v = f.employees;
      const d = f.declaredEmployees;
      const pending = d === undefined || d === null ? ['', ''] : [`；申报 ${d} 人，未核实`, `; ${d} declared, not verified`];
      return result(
        rule,
        v !== null && v >= n,
        v === null ? null : String(v),
        (v === null ? `无已核实的从业人数（要求至少 ${n} 人）` : `已核实从业人数 ${v} 人，要求至少 ${n} 人`) + pending[0],
        (v === null ? `No verified headcount (${n} required)` : `${v} employees (verified), at least ${n} required`) + pending[1],
      );
    }
  }
}

/** Score = weighted share of passed criteria, 0–100; a required criterion that fails excludes the firm whatever the score. */
export function evaluateFirm(rules: ScreeningRule[], facts: FirmFacts): Evaluation {
  const reasons = rules.map((r) => evaluateOne(r, facts));
  const total = rules.reduce((s, r) => s + r.weight, 0);
  const got = reasons.reduce((s, r) => s + (r.passed ? r.weight : 0), 0);
  return {
    score: total === 0 ? 100 : Math.floor((got * 100) / total),
    passedRequired: reasons.every((r) => r.passed || !r.required),
    reasons,
  };
}

/**
 * Included when every required criterion passes and the score reaches the minimum; a firm
 * nominated from below or by a bank needs only the required criteria (总分结合: the lower
 * level's judgement stands in for the score).
 */
export function isIncluded(evaluation: Evaluation, minScore: number, nominated: boolean): boolean {
  return evaluation.passedRequired && (nominated || evaluation.score >= minScore);
}
