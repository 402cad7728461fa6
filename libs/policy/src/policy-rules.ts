import { z } from 'zod';

/**
 * The rules of one regional policy version (stored as `regional_policy.rules` jsonb).
 *
 * Units, so that every reader agrees:
 * - money is integer fen written as a decimal string (`"5000000"` = ¥50,000): jsonb numbers
 *   are doubles, a string keeps any amount exact and converts with `BigInt(x)`;
 * - ratios and rates are basis points (10000 = 100%);
 * - day counts are whole days; `workingDays: true` counts Chinese working days (calendar data).
 *
 * The policy documents say "一定比例" (a certain ratio) without figures: the seeded ratios and
 * caps are illustrative choices within DOMAIN.md's "Figures for realistic data", and each
 * seeded rule says so in `citations`.
 */
export interface PolicyRules {
  registration: { onlineWorkingDays: number; offlineWorkingDays: number; warnBeforeHours: number };
  overdue: { graceDays: number; workingDays: boolean; defaultAfterDaysPastDue: number };
  interestSubsidy?: { ratioBp: number; capPerLoanFen?: string; capPerFirmYearFen?: string; allowIfEverOverdue: boolean };
  feeSubsidies?: Partial<Record<FeeKind, { ratioBp: number; capFen?: string }>>;
  insurancePremiumSubsidy?: { ratioBp: number; capFen?: string };
  /** Tiers in ascending `uptoFen`; the last tier may omit it (no upper bound). Marginal: each tier's rate applies to the part of the amount within it. */
  bankReward?: { tiers: { uptoFen?: string; rateBp: number }[]; capPerBankYearFen?: string };
  /** Either a ratio of the loan's valuation fee or a fixed amount per loan. */
  valuerReward?: { ratioBp?: number; perLoanFen?: string; requiresRiskShare: boolean };
  riskCompensation?: {
    ratioBpByRole: Partial<Record<RiskRole, number>>;
    capPerLoanFen?: string;
    requireFailedRecovery: boolean;
    excludeBatchPackage: boolean;
  };
  annualBudgetFen?: string;
  /** Where each rule comes from: document (policy-docs file name), clause and a note (zh + en). */
  citations?: Partial<Record<PolicyRuleKey, PolicyCitation>>;
}

export type FeeKind = 'REGISTRATION' | 'GUARANTEE' | 'INSURANCE' | 'VALUATION';
export const FEE_KINDS: readonly FeeKind[] = ['REGISTRATION', 'GUARANTEE', 'INSURANCE', 'VALUATION'];
export type RiskRole = 'BANK' | 'GUARANTOR' | 'INSURER' | 'VALUER' | 'IP_SERVICE';
export const RISK_ROLES: readonly RiskRole[] = ['BANK', 'GUARANTOR', 'INSURER', 'VALUER', 'IP_SERVICE'];
export type PolicyRuleKey = Exclude<keyof PolicyRules, 'citations'>;
export const POLICY_RULE_KEYS: readonly PolicyRuleKey[] = [
  'registration',
  'overdue',
  'interestSubsidy',
  'feeSubsidies',
  'insurancePremiumSubsidy',
  'bankReward',
  'valuerReward',
  'riskCompensation',
  'annualBudgetFen',
];

export interface PolicyCitation {
  /** The policy document's file name without `.txt`, e.g. `minhang-ip-pledge-pilot`; `national-default` for the platform's default. */
  document: string;
  /** The clause of the document, as it is numbered there (e.g. `四`). */
  clause: string;
  zh: string;
  en: string;
}

/** Integer fen as a decimal string: no sign, no leading zeros, at most 15 digits (< ¥10 trillion). */
const fen = z.string().regex(/^(0|[1-9][0-9]{0,14})$/, 'an amount in fen: digits only, e.g. "5000000"');
const bp = z.number().int().min(0).max(10000);
const days = (max: number) => z.number().int().min(0).max(max);

const citation = z.strictObject({
  document: z.string().min(1).max(100),
  clause: z.string().max(50),
  zh: z.string().min(1).max(1000),
  en: z.string().min(1).max(1000),
});

const capped = z.strictObject({ ratioBp: bp, capFen: fen.optional() });

export const policyRulesSchema = z.strictObject({
  registration: z.strictObject({
    onlineWorkingDays: days(60).min(1),
    offlineWorkingDays: days(60).min(1),
    warnBeforeHours: days(24 * 30),
  }),
  overdue: z.strictObject({
    graceDays: days(90),
    workingDays: z.boolean(),
    defaultAfterDaysPastDue: days(3650).min(1),
  }),
  interestSubsidy: z.strictObject({ ratioBp: bp, capPerLoanFen: fen.optional(), capPerFirmYearFen: fen.optional(), allowIfEverOverdue: z.boolean() }).optional(),
  feeSubsidies: z.strictObject({ REGISTRATION: capped.optional(), GUARANTEE: capped.optional(), INSURANCE: capped.optional(), VALUATION: capped.optional() }).optional(),
  insurancePremiumSubsidy: capped.optional(),
  bankReward: z
    .strictObject({
      tiers: z
        .array(z.strictObject({ uptoFen: fen.optional(), rateBp: bp }))
        .min(1)
        .max(20)
        .superRefine((tiers, ctx) => {
          tiers.forEach((t, i) => {
            const last = i === tiers.length - 1;
            if (t.uptoFen === undefined && !last) ctx.addIssue({ code: 'custom', path: [i, 'uptoFen'], message: 'only the last tier may be open-ended' });
            const prev = tiers[i - 1]?.uptoFen;
            if (i > 0 && t.uptoFen !== undefined && prev !== undefined && BigInt(t.uptoFen) <= BigInt(prev))
              ctx.addIssue({ code: 'custom', path: [i, 'uptoFen'], message: 'tiers ascend: each uptoFen above the previous one' });
          });
        }),
      capPerBankYearFen: fen.optional(),
    })
    .optional(),
  valuerReward: z
    .strictObject({ ratioBp: bp.optional(), perLoanFen: fen.optional(), requiresRiskShare: z.boolean() })
    .refine((v) => (v.ratioBp === undefined) !== (v.perLoanFen === undefined), { message: 'either ratioBp or perLoanFen, not both', path: ['ratioBp'] })
    .optional(),
  riskCompensation: z
    .strictObject({
      ratioBpByRole: z.strictObject({ BANK: bp.optional(), GUARANTOR: bp.optional(), INSURER: bp.optional(), VALUER: bp.optional(), IP_SERVICE: bp.optional() }),
      capPerLoanFen: fen.optional(),
      requireFailedRecovery: z.boolean(),
      excludeBatchPackage: z.boolean(),
    })
    .optional(),
  annualBudgetFen: fen.optional(),
  citations: z.strictObject(Object.fromEntries(POLICY_RULE_KEYS.map((k) => [k, citation.optional()])) as Record<PolicyRuleKey, z.ZodOptional<typeof citation>>).optional(),
});

export interface PolicyRulesIssue {
  /** The path inside the rules, e.g. `interestSubsidy.ratioBp`. */
  path: string;
  message: string;
}

/** Checks rules before they are stored; the issues name the bad path. Pure. */
export function checkPolicyRules(input: unknown): { ok: true; rules: PolicyRules } | { ok: false; issues: PolicyRulesIssue[] } {
  const parsed = policyRulesSchema.safeParse(input);
  if (parsed.success) return { ok: true, rules: parsed.data as PolicyRules };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
}
