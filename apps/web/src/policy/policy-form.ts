// The policy editor's form values and their conversion to and from the API's rules: ratios
// are typed in % (two decimals at most, converted by text to basis points), money in yuan
// (MoneyInput, converted to fen). Range checks are the server's (policy-rules.ts): its
// errors land on these fields through `fieldOfRulesPath`.
import type { CreatePolicyVersionInput, PolicyRulesFieldsFragment, PolicyRulesInput } from '../gql/graphql';
import { fenToYuan, yuanToFen } from '../shared/money';

export const FEE_KINDS = ['REGISTRATION', 'GUARANTEE', 'INSURANCE', 'VALUATION'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];
export const RISK_ROLES = ['BANK', 'GUARANTOR', 'INSURER', 'VALUER', 'IP_SERVICE'] as const;
export type RiskRole = (typeof RISK_ROLES)[number];

/** The API's field of each fee kind and risk role (GraphQL camelCase; the stored rules use the enum names). */
const FEE_FIELD = { REGISTRATION: 'registration', GUARANTEE: 'guarantee', INSURANCE: 'insurance', VALUATION: 'valuation' } as const;
const ROLE_FIELD = { BANK: 'bank', GUARANTOR: 'guarantor', INSURER: 'insurer', VALUER: 'valuer', IP_SERVICE: 'ipService' } as const;

export interface CappedValues {
  enabled: boolean;
  ratioPct: string;
  cap: string;
}

export interface PolicyFormValues {
  validFrom: string;
  validTo: string;
  note: string;
  registration: { onlineWorkingDays: number; offlineWorkingDays: number; warnBeforeHours: number };
  overdue: { graceDays: number; workingDays: boolean; defaultAfterDaysPastDue: number };
  interestSubsidy: { enabled: boolean; ratioPct: string; capPerLoan: string; capPerFirmYear: string; allowIfEverOverdue: boolean };
  fees: Record<FeeKind, CappedValues>;
  premium: CappedValues;
  riskCompensation: { enabled: boolean; cap: string; requireFailedRecovery: boolean; excludeBatchPackage: boolean } & Record<RiskRole, string>;
  annualBudget: string;
}

/** "12.5" → 1250; null unless a non-negative number with at most two decimals. */
export function pctToBp(text: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0');
}

/** 1250 → "12.5"; 5000 → "50". */
export function bpToPct(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = bp % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

const yuan = (fen: string | null | undefined) => (fen ? fenToYuan(fen) : '');
const pct = (bp: number | null | undefined) => (bp === null || bp === undefined ? '' : bpToPct(bp));

/** The form, filled from the version a new one starts from. */
export function formValues(rules: PolicyRulesFieldsFragment, validFrom: string): PolicyFormValues {
  const capped = (r: { ratioBp: number; capFen?: string | null } | null | undefined): CappedValues => ({ enabled: Boolean(r), ratioPct: pct(r?.ratioBp), cap: yuan(r?.capFen) });
  const rc = rules.riskCompensation;
  return {
    validFrom,
    validTo: '',
    note: '',
    registration: { ...withoutTypename(rules.registration) },
    overdue: { ...withoutTypename(rules.overdue) },
    interestSubsidy: {
      enabled: Boolean(rules.interestSubsidy),
      ratioPct: pct(rules.interestSubsidy?.ratioBp),
      capPerLoan: yuan(rules.interestSubsidy?.capPerLoanFen),
      capPerFirmYear: yuan(rules.interestSubsidy?.capPerFirmYearFen),
      allowIfEverOverdue: rules.interestSubsidy?.allowIfEverOverdue ?? false,
    },
    fees: Object.fromEntries(FEE_KINDS.map((k) => [k, capped(rules.feeSubsidies?.[FEE_FIELD[k]])])) as Record<FeeKind, CappedValues>,
    premium: capped(rules.insurancePremiumSubsidy),
    riskCompensation: {
      enabled: Boolean(rc),
      cap: yuan(rc?.capPerLoanFen),
      requireFailedRecovery: rc?.requireFailedRecovery ?? false,
      excludeBatchPackage: rc?.excludeBatchPackage ?? false,
      ...(Object.fromEntries(RISK_ROLES.map((r) => [r, pct(rc?.ratioBpByRole[ROLE_FIELD[r]])])) as Record<RiskRole, string>),
    },
    annualBudget: yuan(rules.annualBudgetFen),
  };
}

/** A typed value that does not convert is sent as an impossible one, so the server names the field (never silently dropped). */
const bpOf = (text: string) => pctToBp(text) ?? -1;
const fenOf = (text: string) => (text.trim() === '' ? undefined : (yuanToFen(text) ?? text));

/**
 * The mutation's input: the form's rules, and what the form does not edit (bank and valuer
 * rewards, citations) carried over from the version it started from.
 */
export function versionInput(v: PolicyFormValues, from: PolicyRulesFieldsFragment, regionId: string | null): CreatePolicyVersionInput {
  const capped = (c: CappedValues) => (c.enabled ? { ratioBp: bpOf(c.ratioPct), capFen: fenOf(c.cap) } : undefined);
  const fees = Object.fromEntries(FEE_KINDS.map((k) => [FEE_FIELD[k], capped(v.fees[k])]).filter(([, c]) => c));
  const rc = v.riskCompensation;
  const rules: PolicyRulesInput = {
    registration: v.registration,
    overdue: v.overdue,
    interestSubsidy: v.interestSubsidy.enabled
      ? {
          ratioBp: bpOf(v.interestSubsidy.ratioPct),
          capPerLoanFen: fenOf(v.interestSubsidy.capPerLoan),
          capPerFirmYearFen: fenOf(v.interestSubsidy.capPerFirmYear),
          allowIfEverOverdue: v.interestSubsidy.allowIfEverOverdue,
        }
      : undefined,
    feeSubsidies: Object.keys(fees).length ? fees : undefined,
    insurancePremiumSubsidy: capped(v.premium),
    riskCompensation: rc.enabled
      ? {
          ratioBpByRole: Object.fromEntries(RISK_ROLES.filter((r) => rc[r].trim() !== '').map((r) => [ROLE_FIELD[r], bpOf(rc[r])])),
          capPerLoanFen: fenOf(rc.cap),
          requireFailedRecovery: rc.requireFailedRecovery,
          excludeBatchPackage: rc.excludeBatchPackage,
        }
      : undefined,
    annualBudgetFen: fenOf(v.annualBudget),
    bankReward: from.bankReward ? withoutTypename(from.bankReward) : undefined,
    valuerReward: from.valuerReward ? withoutTypename(from.valuerReward) : undefined,
    citations: from.citations ? withoutTypename(from.citations) : undefined,
  };
  return { regionId: regionId ?? undefined, validFrom: v.validFrom, validTo: v.validTo || undefined, note: v.note || undefined, rules };
}

/** Apollo's `__typename`s (and nulls) stripped from a query result reused as input. */
export function withoutTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTypename) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, x]) => k !== '__typename' && x !== null && x !== undefined)
        .map(([k, x]) => [k, withoutTypename(x)]),
    ) as T;
  }
  return value;
}

/**
 * The form field of a server error's path (`extensions.field` without `input.`, e.g.
 * `rules.interestSubsidy.ratioBp` or `rules.feeSubsidies.GUARANTEE.capFen`); undefined when the
 * form has no field for it (the message then shows above the form).
 */
export function fieldOfRulesPath(path: (string | number)[]): (string | number)[] | undefined {
  const [head, section, key, leaf] = path.map(String);
  if (head === 'validFrom' || head === 'validTo' || head === 'note') return [head];
  if (head !== 'rules') return undefined;
  if (section === 'registration' || section === 'overdue') return key ? [section, key] : undefined;
  const cappedField = (k: string | undefined) => (k === 'ratioBp' ? 'ratioPct' : k === 'capFen' ? 'cap' : undefined);
  switch (section) {
    case 'interestSubsidy': {
      const f = { ratioBp: 'ratioPct', capPerLoanFen: 'capPerLoan', capPerFirmYearFen: 'capPerFirmYear', allowIfEverOverdue: 'allowIfEverOverdue' }[key ?? ''];
      return f ? ['interestSubsidy', f] : undefined;
    }
    case 'feeSubsidies': {
      const kind = (FEE_KINDS as readonly string[]).includes(key) ? key : FEE_KINDS.find((k) => FEE_FIELD[k] === key);
      const f = cappedField(leaf);
      return kind && f ? ['fees', kind, f] : undefined;
    }
    case 'insurancePremiumSubsidy': {
      const f = cappedField(key);
      return f ? ['premium', f] : undefined;
    }
    case 'riskCompensation': {
      if (key === 'ratioBpByRole') {
        const role = (RISK_ROLES as readonly string[]).includes(leaf) ? leaf : RISK_ROLES.find((r) => ROLE_FIELD[r] === leaf);
        return role ? ['riskCompensation', role] : undefined;
      }
      return key === 'capPerLoanFen' ? ['riskCompensation', 'cap'] : undefined;
    }
    case 'annualBudgetFen':
      return ['annualBudget'];
    default:
      return undefined;
  }
}
