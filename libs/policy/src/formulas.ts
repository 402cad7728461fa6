import Decimal from 'decimal.js';
import type { FeeKind, PolicyRules, RiskRole } from './policy-rules';

/**
 * The policy formula engine: pure functions from a policy's rules and a loan's facts to an amount
 * in integer fen, with every step written out (stored with the application, shown to the office).
 *
 * Rounding rule: a ratio product is computed exactly with decimal.js and rounded DOWN to whole fen
 * (toward zero; all amounts are ≥ 0), so a subsidy never pays more than the exact product; caps
 * are then applied with `min`. Ratios are basis points (10000 = 100%).
 */

export interface LocalText {
  zh: string;
  en: string;
}

export interface FormulaStep {
  label: LocalText;
  /** The arithmetic as shown, e.g. `¥1,234.56 × 50.00% = ¥617.28`. */
  expression: string;
  /** A money result in fen (decimal string), or … */
  valueFen?: string;
  /** … another result (a ratio, a yes/no). */
  value?: string;
}

export interface FormulaResult {
  /** What is payable, integer fen, never negative. 0 when not eligible. */
  amountFen: bigint;
  eligible: boolean;
  /** Why not, when not eligible. */
  ineligible?: { code: IneligibleCode } & LocalText;
  steps: FormulaStep[];
}

export type IneligibleCode =
  'NO_RULE' | 'NOT_REPAID_NORMALLY' | 'EVER_OVERDUE' | 'NOT_DISBURSED' | 'NO_RISK_SHARE' | 'NOT_DEFAULTED' | 'RECOVERY_NOT_FAILED' | 'BATCH_PACKAGE' | 'NOTHING_PAID';

const ZERO = BigInt(0);
const TEN_THOUSAND = new Decimal(10000);

/** `¥1,234.56` from fen. */
export function formatYuan(fen: bigint): string {
  const negative = fen < ZERO;
  const abs = negative ? -fen : fen;
  const yuan = (abs / BigInt(100)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % BigInt(100)).toString().padStart(2, '0');
  return `${negative ? '-' : ''}¥${yuan}.${cents}`;
}

/** `50.00%` from basis points. */
export function formatBp(bp: number): string {
  return `${new Decimal(bp).div(100).toFixed(2)}%`;
}

/** fen × bp / 10000, rounded down to whole fen. */
export function applyRatio(fen: bigint, bp: number): bigint {
  return BigInt(new Decimal(fen.toString()).mul(bp).div(TEN_THOUSAND).toDecimalPlaces(0, Decimal.ROUND_DOWN).toFixed(0));
}

const exact = (fen: bigint, bp: number) => new Decimal(fen.toString()).mul(bp).div(TEN_THOUSAND);
/** An exact product: as money when it is whole fen, else with its fraction of a fen (¥2500.005). */
const exactYuan = (fenDecimal: Decimal) => (fenDecimal.isInteger() ? formatYuan(BigInt(fenDecimal.toFixed(0))) : `¥${fenDecimal.div(100).toFixed()}`);
const min = (a: bigint, b: bigint) => (a < b ? a : b);
const max = (a: bigint, b: bigint) => (a > b ? a : b);
const fenStep = (zh: string, en: string, expression: string, fen: bigint): FormulaStep => ({ label: { zh, en }, expression, valueFen: fen.toString() });

function ratioStep(zh: string, en: string, baseName: string, base: bigint, bp: number): { step: FormulaStep; value: bigint } {
  const value = applyRatio(base, bp);
  const raw = exact(base, bp);
  const rounded = raw.isInteger() ? '' : ` → ${formatYuan(value)}（向下取整到分 / rounded down to fen）`;
  return { step: fenStep(zh, en, `${baseName ? `${baseName} = ` : ''}${formatYuan(base)} × ${formatBp(bp)} = ${exactYuan(raw)}${rounded}`, value), value };
}

/** Applies a cap with what was used of it already; adds the step. */
function capStep(steps: FormulaStep[], amount: bigint, cap: string | undefined, used: bigint, what: LocalText): bigint {
  if (cap === undefined) return amount;
  const capFen = BigInt(cap);
  const left = max(ZERO, capFen - used);
  const result = min(amount, left);
  steps.push(
    fenStep(
      `${what.zh}上限`,
      `${what.en} cap`,
      used > ZERO
        ? `min(${formatYuan(amount)}, ${formatYuan(capFen)} − ${formatYuan(used)} 已用 / used = ${formatYuan(left)}) = ${formatYuan(result)}`
        : `min(${formatYuan(amount)}, ${formatYuan(capFen)}) = ${formatYuan(result)}`,
      result,
    ),
  );
  return result;
}

function notEligible(code: IneligibleCode, zh: string, en: string, steps: FormulaStep[]): FormulaResult {
  steps.push({ label: { zh: '不符合条件', en: 'Not eligible' }, expression: `${zh} / ${en}`, value: code });
  return { amountFen: ZERO, eligible: false, ineligible: { code, zh, en }, steps };
}

const done = (amountFen: bigint, steps: FormulaStep[]): FormulaResult => {
  steps.push(fenStep('应付金额', 'Amount payable', formatYuan(amountFen), amountFen));
  return { amountFen, eligible: true, steps };
};

// ---------------------------------------------------------------------------------------------
// Interest subsidy 贴息

export interface InterestSubsidyFacts {
  /** Interest the firm actually paid in the period claimed (repayments' interest parts), fen. */
  interestPaidFen: bigint;
  /** Every instalment due so far has been paid in full, and the loan is neither overdue nor defaulted now. */
  repaidNormally: boolean;
  /** Any instalment of the loan was ever overdue (loan.ever_overdue). */
  everOverdue: boolean;
  /** Interest subsidies already granted (approved or paid) on this loan, fen. */
  loanSubsidisedFen: bigint;
  /** The firm's other interest subsidies in the same year (approved or paid, all its loans), fen. */
  firmYearSubsidisedFen: bigint;
}

/** Interest actually paid × ratio, only after normal repayment; caps per loan and per firm and year. */
export function interestSubsidy(rules: PolicyRules, facts: InterestSubsidyFacts): FormulaResult {
  const rule = rules.interestSubsidy;
  const steps: FormulaStep[] = [];
  if (!rule) return notEligible('NO_RULE', '该地区政策无贴息', 'The policy has no interest subsidy', steps);
  steps.push({ label: { zh: '正常还本付息', en: 'Repaid normally' }, expression: facts.repaidNormally ? '是 / yes' : '否 / no', value: String(facts.repaidNormally) });
  if (!facts.repaidNormally)
    return notEligible('NOT_REPAID_NORMALLY', '贷款未正常还本付息（存在逾期或未还期次）', 'The loan is not repaid normally (an instalment is overdue or unpaid)', steps);
  steps.push({
    label: { zh: '曾经逾期', en: 'Ever overdue' },
    expression: `${facts.everOverdue ? '是 / yes' : '否 / no'}；政策${rule.allowIfEverOverdue ? '允许' : '不允许'} / policy ${rule.allowIfEverOverdue ? 'allows' : 'refuses'} ever-overdue loans`,
    value: String(facts.everOverdue),
  });
  if (facts.everOverdue && !rule.allowIfEverOverdue)
    return notEligible('EVER_OVERDUE', '贷款曾经逾期，政策不予贴息', 'The loan was once overdue: the policy pays no subsidy', steps);
  steps.push(fenStep('实付利息', 'Interest actually paid', formatYuan(facts.interestPaidFen), facts.interestPaidFen));
  if (facts.interestPaidFen <= ZERO) return notEligible('NOTHING_PAID', '尚未支付利息', 'No interest paid yet', steps);
  const { step, value } = ratioStep('实付利息 × 贴息比例', 'Interest paid × subsidy ratio', '', facts.interestPaidFen, rule.ratioBp);
  steps.push(step);
  let amount = capStep(steps, value, rule.capPerLoanFen, facts.loanSubsidisedFen, { zh: '每笔贷款', en: 'Per-loan' });
  amount = capStep(steps, amount, rule.capPerFirmYearFen, facts.firmYearSubsidisedFen, { zh: '每户每年', en: 'Per-firm-per-year' });
  return done(amount, steps);
}

// ---------------------------------------------------------------------------------------------
// Fee subsidies (registration, guarantee, insurance, valuation) and the insurance premium subsidy

export interface FeeSubsidyFacts {
  kind: FeeKind;
  /** The loan was disbursed (fee subsidies are paid after the bank lends). */
  disbursed: boolean;
  /** The fees of this kind the firm paid on the loan, fen each. */
  feesFen: bigint[];
  /** Subsidies of this kind already granted on the loan, fen. */
  alreadySubsidisedFen: bigint;
}

const FEE_NAMES: Record<FeeKind, LocalText> = {
  REGISTRATION: { zh: '登记费', en: 'Registration fee' },
  GUARANTEE: { zh: '担保费', en: 'Guarantee fee' },
  INSURANCE: { zh: '保险费', en: 'Insurance fee' },
  VALUATION: { zh: '评估费', en: 'Valuation fee' },
};

/** Each fee of the kind × its ratio, after disbursement; the kind's cap per loan. */
export function feeSubsidy(rules: PolicyRules, facts: FeeSubsidyFacts): FormulaResult {
  const rule = rules.feeSubsidies?.[facts.kind];
  const name = FEE_NAMES[facts.kind];
  const steps: FormulaStep[] = [];
  if (!rule) return notEligible('NO_RULE', `该地区政策无${name.zh}补贴`, `The policy has no ${name.en.toLowerCase()} subsidy`, steps);
  steps.push({ label: { zh: '银行已放款', en: 'Disbursed' }, expression: facts.disbursed ? '是 / yes' : '否 / no', value: String(facts.disbursed) });
  if (!facts.disbursed) return notEligible('NOT_DISBURSED', '银行放款后方可申请费用补贴', 'Fee subsidies follow disbursement', steps);
  if (facts.feesFen.length === 0 || facts.feesFen.every((f) => f <= ZERO)) return notEligible('NOTHING_PAID', `未支付${name.zh}`, `No ${name.en.toLowerCase()} paid`, steps);
  let sum = ZERO;
  facts.feesFen.forEach((fee, i) => {
    const { step, value } = ratioStep(
      `${name.zh}${facts.feesFen.length > 1 ? ` #${i + 1}` : ''} × 补贴比例`,
      `${name.en}${facts.feesFen.length > 1 ? ` #${i + 1}` : ''} × ratio`,
      '',
      fee,
      rule.ratioBp,
    );
    steps.push(step);
    sum += value;
  });
  if (facts.feesFen.length > 1) steps.push(fenStep('合计', 'Sum', formatYuan(sum), sum));
  return done(capStep(steps, sum, rule.capFen, facts.alreadySubsidisedFen, { zh: name.zh, en: name.en }), steps);
}

export interface PremiumSubsidyFacts {
  /** Premiums the firm paid for IP insurance (专利保险、商标保险), fen. */
  premiumPaidFen: bigint;
  alreadySubsidisedFen: bigint;
}

/** Premium × ratio, capped. */
export function premiumSubsidy(rules: PolicyRules, facts: PremiumSubsidyFacts): FormulaResult {
  const rule = rules.insurancePremiumSubsidy;
  const steps: FormulaStep[] = [];
  if (!rule) return notEligible('NO_RULE', '该地区政策无保费补贴', 'The policy has no premium subsidy', steps);
  if (facts.premiumPaidFen <= ZERO) return notEligible('NOTHING_PAID', '未支付保费', 'No premium paid', steps);
  const { step, value } = ratioStep('保费 × 补贴比例', 'Premium × ratio', '', facts.premiumPaidFen, rule.ratioBp);
  steps.push(step);
  return done(capStep(steps, value, rule.capFen, facts.alreadySubsidisedFen, { zh: '保费补贴', en: 'Premium subsidy' }), steps);
}

// ---------------------------------------------------------------------------------------------
// Rewards: banks by amount lent, valuers after normal repayment

export interface BankRewardFacts {
  /** Principal the bank disbursed in the year against IP pledges in the region, fen. */
  lentFen: bigint;
  /** Rewards already granted to the bank for the year, fen. */
  alreadyRewardedFen: bigint;
}

/** Marginal tiers: each tier's rate applies to the part of the amount within it; cap per bank and year. */
export function bankReward(rules: PolicyRules, facts: BankRewardFacts): FormulaResult {
  const rule = rules.bankReward;
  const steps: FormulaStep[] = [];
  if (!rule) return notEligible('NO_RULE', '该地区政策无银行奖励', 'The policy has no bank reward', steps);
  if (facts.lentFen <= ZERO) return notEligible('NOTHING_PAID', '当年无放款', 'Nothing lent in the year', steps);
  steps.push(fenStep('当年放款额', 'Amount lent in the year', formatYuan(facts.lentFen), facts.lentFen));
  let lower = ZERO;
  let sum = ZERO;
  for (const tier of rule.tiers) {
    if (facts.lentFen <= lower) break;
    const upper = tier.uptoFen === undefined ? facts.lentFen : min(BigInt(tier.uptoFen), facts.lentFen);
    const part = upper - lower;
    const { step, value } = ratioStep(
      `档位 ${formatYuan(lower)}–${tier.uptoFen === undefined ? '∞' : formatYuan(BigInt(tier.uptoFen))}`,
      `Tier ${formatYuan(lower)}–${tier.uptoFen === undefined ? '∞' : formatYuan(BigInt(tier.uptoFen))}`,
      `(${formatYuan(upper)} − ${formatYuan(lower)})`,
      part,
      tier.rateBp,
    );
    steps.push(step);
    sum += value;
    if (tier.uptoFen === undefined) break;
    lower = BigInt(tier.uptoFen);
  }
  steps.push(fenStep('各档合计', 'Sum of tiers', formatYuan(sum), sum));
  return done(capStep(steps, sum, rule.capPerBankYearFen, facts.alreadyRewardedFen, { zh: '每家银行每年', en: 'Per-bank-per-year' }), steps);
}

export interface ValuerRewardFacts {
  /** The loan was repaid in full and never overdue. */
  repaidNormally: boolean;
  /** The valuer held a risk share of the loan (share_bp > 0). */
  valuerSharedRisk: boolean;
  /** The valuation fee of the loan, fen (basis of a ratio reward). */
  valuationFeeFen: bigint;
}

/** After normal repayment; only a valuer that shared the risk when the policy requires it. */
export function valuerReward(rules: PolicyRules, facts: ValuerRewardFacts): FormulaResult {
  const rule = rules.valuerReward;
  const steps: FormulaStep[] = [];
  if (!rule) return notEligible('NO_RULE', '该地区政策无评估机构奖励', 'The policy has no valuer reward', steps);
  steps.push({ label: { zh: '正常还本付息', en: 'Repaid normally' }, expression: facts.repaidNormally ? '是 / yes' : '否 / no', value: String(facts.repaidNormally) });
  if (!facts.repaidNormally) return notEligible('NOT_REPAID_NORMALLY', '企业正常还本付息后方可奖励', 'Valuer rewards follow normal repayment', steps);
  steps.push({
    label: { zh: '评估机构分担风险', en: 'Valuer shared the risk' },
    expression: `${facts.valuerSharedRisk ? '是 / yes' : '否 / no'}${rule.requiresRiskShare ? '（政策要求 / required）' : ''}`,
    value: String(facts.valuerSharedRisk),
  });
  if (rule.requiresRiskShare && !facts.valuerSharedRisk) return notEligible('NO_RISK_SHARE', '评估机构未参与分担风险', 'The valuer did not share the risk', steps);
  if (rule.perLoanFen !== undefined) {
    const amount = BigInt(rule.perLoanFen);
    steps.push(fenStep('每笔贷款定额奖励', 'Fixed reward per loan', formatYuan(amount), amount));
    return done(amount, steps);
  }
  if (facts.valuationFeeFen <= ZERO) return notEligible('NOTHING_PAID', '无评估费', 'No valuation fee', steps);
  const { step, value } = ratioStep('评估费 × 奖励比例', 'Valuation fee × reward ratio', '', facts.valuationFeeFen, rule.ratioBp ?? 0);
  steps.push(step);
  return done(value, steps);
}

// ---------------------------------------------------------------------------------------------
// Risk compensation 风险补偿

export interface RiskCompensationFacts {
  role: RiskRole;
  /** The loan is DEFAULTED. */
  defaulted: boolean;
  /** The party's share of the loan's risk and the part of it passed on (再担保 / 再保险), bp. */
  shareBp: number;
  passedOnBp: number;
  /** Outstanding principal at default, fen. */
  outstandingAtDefaultFen: bigint;
  /** Recovered after default (disposal, guarantor recourse…), fen. */
  recoveredFen: bigint;
  /** A recovery was attempted and failed (追偿无果). */
  recoveryFailed: boolean;
  /** The loan belongs to a batch package (批次包). */
  batchPackage: boolean;
  /** Compensation already granted on this loan to any party, fen (the per-loan cap is shared). */
  loanCompensatedFen: bigint;
}

/**
 * Loss = outstanding principal at default − recovered; the party's base = loss × (its share −
 * the part passed on); compensation = base × the role's ratio; the per-loan cap shared by all parties.
 */
export function riskCompensation(rules: PolicyRules, facts: RiskCompensationFacts): FormulaResult {
  const rule = rules.riskCompensation;
  const steps: FormulaStep[] = [];
  const ratioBp = rule?.ratioBpByRole[facts.role];
  if (!rule || ratioBp === undefined) return notEligible('NO_RULE', `该地区政策不补偿该角色（${facts.role}）`, `The policy does not compensate this role (${facts.role})`, steps);
  if (!facts.defaulted) return notEligible('NOT_DEFAULTED', '贷款未发生不良', 'The loan has not defaulted', steps);
  if (rule.excludeBatchPackage) {
    steps.push({ label: { zh: '批次包贷款', en: 'Batch-package loan' }, expression: facts.batchPackage ? '是 / yes' : '否 / no', value: String(facts.batchPackage) });
    if (facts.batchPackage) return notEligible('BATCH_PACKAGE', '“批次包”贷款不适用本补偿', 'Batch-package loans are compensated under another scheme', steps);
  }
  if (rule.requireFailedRecovery) {
    steps.push({ label: { zh: '追偿无果', en: 'Recovery failed' }, expression: facts.recoveryFailed ? '是 / yes' : '否 / no', value: String(facts.recoveryFailed) });
    if (!facts.recoveryFailed) return notEligible('RECOVERY_NOT_FAILED', '须经追偿无果、造成实际损失后申请', 'Compensation follows a failed recovery (actual loss)', steps);
  }
  const loss = max(ZERO, facts.outstandingAtDefaultFen - facts.recoveredFen);
  steps.push(
    fenStep(
      '本金损失',
      'Principal loss',
      `${formatYuan(facts.outstandingAtDefaultFen)} 不良时未还本金 / outstanding − ${formatYuan(facts.recoveredFen)} 已追回 / recovered = ${formatYuan(loss)}`,
      loss,
    ),
  );
  const netBp = Math.max(0, facts.shareBp - facts.passedOnBp);
  steps.push({
    label: { zh: '自担比例（扣除再担保/再保险）', en: 'Own share net of re-guarantee / reinsurance' },
    expression: `${formatBp(facts.shareBp)} − ${formatBp(facts.passedOnBp)} = ${formatBp(netBp)}`,
    value: String(netBp),
  });
  const base = ratioStep('补偿基数', 'Compensation base', '', loss, netBp);
  steps.push(base.step);
  const comp = ratioStep('补偿基数 × 补偿比例', 'Base × compensation ratio', '', base.value, ratioBp);
  steps.push(comp.step);
  return done(capStep(steps, comp.value, rule.capPerLoanFen, facts.loanCompensatedFen, { zh: '每笔贷款', en: 'Per-loan' }), steps);
}
