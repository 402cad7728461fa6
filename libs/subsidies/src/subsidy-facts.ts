import { Loan, LoanStatus, RiskShareRole } from '@zhirong/loans';
import { feeSubsidy, FeeKind, FormulaResult, interestSubsidy, premiumSubsidy, PolicyRules, riskCompensation } from '@zhirong/policy';
import { EntityManager } from 'typeorm';
import { BUDGET_STATUSES, SubsidyKind } from './entities/subsidy.enums';
import { SubsidyFacts } from './entities/subsidy.entities';

/** A formula's result with the facts it ran on, as stored on the application. */
export interface Computed {
  result: FormulaResult;
  facts: SubsidyFacts;
}

const FEE_OF: Partial<Record<SubsidyKind, FeeKind>> = {
  [SubsidyKind.FEE_REGISTRATION]: 'REGISTRATION',
  [SubsidyKind.FEE_GUARANTEE]: 'GUARANTEE',
  [SubsidyKind.FEE_INSURANCE]: 'INSURANCE',
  [SubsidyKind.FEE_VALUATION]: 'VALUATION',
};

const granted = `status = any($3::subsidy_status[])`;
const sumOf = async (m: EntityManager, sql: string, params: unknown[]): Promise<bigint> => BigInt(((await m.query(sql, params)) as { s: string }[])[0].s);

/**
 * The day whose policy version applies: fee and premium subsidies follow disbursement, so the
 * version in force when the bank lent; an interest subsidy follows normal repayment, so the version
 * in force when the loan was repaid (or today, for interest paid so far on a running loan);
 * compensation the version in force at default.
 */
export function policyDay(loan: Loan, kind: SubsidyKind | 'COMPENSATION', today: string): string {
  if (kind === 'COMPENSATION') return loan.defaultedOn ?? today;
  if (kind === SubsidyKind.INTEREST) return loan.repaidOn ?? today;
  return loan.disbursedOn ?? today;
}

/**
 * Gathers a subsidy's facts from the loan tables and runs its formula. "Repaid normally": every
 * instalment due by `today` is paid in full and the loan is ACTIVE or REPAID (not overdue, not in
 * default) — `everOverdue` is judged separately, as the policy may allow once-overdue loans.
 * Amounts already granted count APPROVED, PAID and CLAWED_BACK applications of the budget year.
 */
export async function computeSubsidy(m: EntityManager, rules: PolicyRules, loan: Loan, kind: SubsidyKind, year: number, today: string): Promise<Computed> {
  const statuses = [...BUDGET_STATUSES];
  const grantedOnLoan = (kinds: SubsidyKind[]) =>
    sumOf(m, `select coalesce(sum(amount_fen), 0)::text s from subsidy_application where loan_id = $1 and kind = any($2::subsidy_kind[]) and ${granted}`, [
      loan.id,
      kinds,
      statuses,
    ]);
  if (kind === SubsidyKind.INTEREST) {
    const interestPaidFen = await sumOf(m, 'select coalesce(sum(interest_fen), 0)::text s from repayment where loan_id = $1', [loan.id]);
    const [due] = (await m.query(`select count(*)::int n from loan_instalment where loan_id = $1 and due_date <= $2 and status <> 'PAID' and status <> 'WAIVED'`, [
      loan.id,
      today,
    ])) as { n: number }[];
    const repaidNormally = (loan.status === LoanStatus.ACTIVE || loan.status === LoanStatus.REPAID) && due.n === 0;
    const loanSubsidisedFen = await grantedOnLoan([SubsidyKind.INTEREST]);
    const firmYearSubsidisedFen = await sumOf(
      m,
      `select coalesce(sum(amount_fen), 0)::text s from subsidy_application where enterprise_id = $1 and kind = 'INTEREST' and budget_year = $2 and ${granted} and loan_id <> $4`,
      [loan.enterpriseId, year, statuses, loan.id],
    );
    const facts = { interestPaidFen, repaidNormally, everOverdue: loan.everOverdue, loanSubsidisedFen, firmYearSubsidisedFen };
    return { result: interestSubsidy(rules, facts), facts: stringify(facts) };
  }
  if (kind === SubsidyKind.PREMIUM) {
    const premiumPaidFen = await sumOf(m, `select coalesce(sum(amount_fen), 0)::text s from loan_fee where loan_id = $1 and kind = 'INSURANCE' and paid_on is not null`, [loan.id]);
    const facts = { premiumPaidFen, alreadySubsidisedFen: await grantedOnLoan([SubsidyKind.PREMIUM]) };
    return { result: premiumSubsidy(rules, facts), facts: stringify(facts) };
  }
  const fee = FEE_OF[kind]!;
  const rows = (await m.query(`select amount_fen::text a from loan_fee where loan_id = $1 and kind = $2 and paid_on is not null order by created_at, id`, [loan.id, fee])) as {
    a: string;
  }[];
  const facts = { kind: fee, disbursed: loan.disbursedOn !== null, feesFen: rows.map((r) => BigInt(r.a)), alreadySubsidisedFen: await grantedOnLoan([kind]) };
  return { result: feeSubsidy(rules, facts), facts: stringify({ ...facts, feesFen: facts.feesFen.join(',') }) };
}

/**
 * Compensation facts: the party's share and the part it passed on (再担保 / 再保险), the principal
 * outstanding at default, recoveries, whether a recovery failed (追偿无果), the batch package
 * (批次包), and what was granted on the loan already (the per-loan cap is shared by all parties).
 */
export async function computeCompensation(
  m: EntityManager,
  rules: PolicyRules,
  loan: Loan,
  share: { role: RiskShareRole; shareBp: number; passedOnBp: number },
): Promise<Computed> {
  const [rec] = (await m.query('select coalesce(sum(recovered_fen), 0)::text s, coalesce(bool_or(failed), false) failed from loan_recovery where loan_id = $1', [loan.id])) as {
    s: string;
    failed: boolean;
  }[];
  const loanCompensatedFen = await sumOf(m, `select coalesce(sum(amount_fen), 0)::text s from compensation_claim where loan_id = $1 and role <> $2 and ${granted}`, [
    loan.id,
    share.role,
    [...BUDGET_STATUSES],
  ]);
  const facts = {
    role: share.role,
    defaulted: loan.status === LoanStatus.DEFAULTED,
    shareBp: share.shareBp,
    passedOnBp: share.passedOnBp,
    outstandingAtDefaultFen: BigInt(loan.principalAtDefaultFen ?? loan.outstandingPrincipalFen),
    recoveredFen: BigInt(rec.s),
    recoveryFailed: rec.failed,
    batchPackage: loan.batchPackage !== null,
    loanCompensatedFen,
  };
  return { result: riskCompensation(rules, facts), facts: stringify({ ...facts, batchPackage: loan.batchPackage ?? false }) };
}

function stringify(facts: Record<string, unknown>): SubsidyFacts {
  return Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, String(v)]));
}
