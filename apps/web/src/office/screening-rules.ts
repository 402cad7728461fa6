import type { DefineScreeningRulesInput, ScreeningCriterion } from '../gql/graphql';
import { fenToYuan, yuanToFen } from '../shared/money';

export const CRITERIA: ScreeningCriterion[] = [
  'NO_DISHONESTY',
  'MIN_CREDIT_RATING',
  'VALID_INVENTION_PATENTS',
  'HIGH_VALUE_PATENTS',
  'TOTAL_VALUATION',
  'REVENUE_GROWTH',
  'TAGS',
  'LOCAL_CONTRIBUTION',
];
export const RATINGS = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];
export const TAGS = ['HIGH_TECH', 'SPECIALIZED_NEW', 'LITTLE_GIANT', 'TECH_SME', 'IP_ADVANTAGE', 'GAZELLE', 'LISTED_RESERVE'];

/** How a criterion's threshold is typed: the API reads it per criterion (ScreeningRuleInput.threshold). */
export type ThresholdKind = 'none' | 'rating' | 'count' | 'yuan' | 'percent' | 'tags';

export function thresholdKind(criterion: ScreeningCriterion | undefined): ThresholdKind {
  switch (criterion) {
    case 'MIN_CREDIT_RATING':
      return 'rating';
    case 'VALID_INVENTION_PATENTS':
    case 'HIGH_VALUE_PATENTS':
    case 'LOCAL_CONTRIBUTION':
      return 'count';
    case 'TOTAL_VALUATION':
      return 'yuan';
    case 'REVENUE_GROWTH':
      return 'percent';
    case 'TAGS':
      return 'tags';
    default:
      return 'none';
  }
}

export const COUNT_PATTERN = /^(0|[1-9]\d{0,5})$/;
export const PERCENT_PATTERN = /^-?\d{1,4}(\.\d{1,2})?$/;

/** A growth rate typed in percent, to basis points by text: "12.5" → "1250", "-5" → "-500". */
export function percentToBp(text: string): string | null {
  const m = /^(-?)(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const bp = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return bp === 0 ? '0' : `${m[1]}${bp}`;
}

/** Basis points back to a percent text for editing: "1250" → "12.5". */
export function bpToPercent(bp: string): string {
  return String(Number(bp) / 100);
}

export interface CriterionValues {
  criterion?: ScreeningCriterion;
  /** Text, or the chosen tags for TAGS. */
  threshold?: string | string[];
  weight?: number;
  required?: boolean;
}

export interface RulesFormValues {
  minScore?: number;
  criteria: CriterionValues[];
}

/** The API's input from what the form holds (validated): yuan to fen, percent to basis points, tags comma-separated. */
export function rulesInput(values: RulesFormValues): DefineScreeningRulesInput {
  return {
    minScore: values.minScore ?? 0,
    criteria: values.criteria.map((c) => {
      const kind = thresholdKind(c.criterion);
      const raw = c.threshold;
      let threshold: string | null = null;
      if (kind === 'tags') threshold = (raw as string[] | undefined)?.join(',') ?? null;
      else if (kind === 'yuan') threshold = yuanToFen(String(raw ?? ''));
      else if (kind === 'percent') threshold = percentToBp(String(raw ?? ''));
      else if (kind !== 'none') threshold = String(raw ?? '').trim();
      return { criterion: c.criterion!, threshold, weight: c.weight ?? 0, required: c.required ?? false };
    }),
  };
}

/** A saved rule's threshold as the form types it (the reverse of rulesInput). */
export function formThreshold(criterion: ScreeningCriterion, threshold: string | null): string | string[] | undefined {
  if (threshold === null) return undefined;
  switch (thresholdKind(criterion)) {
    case 'tags':
      return threshold.split(',').filter(Boolean);
    case 'yuan':
      return fenToYuan(threshold);
    case 'percent':
      return bpToPercent(threshold);
    default:
      return threshold;
  }
}
