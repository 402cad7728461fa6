import { subtreePattern } from '@zhirong/core';
import { Loan, LoanStatus } from '@zhirong/loans';
import { bankReward, PolicyRules, valuerReward } from '@zhirong/policy';
import { EntityManager } from 'typeorm';
import { BUDGET_STATUSES } from './entities/subsidy.enums';
import { Computed } from './subsidy-facts';

const one = async (m: EntityManager, sql: string, params: unknown[]): Promise<bigint> => BigInt(((await m.query(sql, params)) as { s: string }[])[0].s);

/**
 * Bank reward facts, summed in SQL over the loan tables: the principal the bank disbursed in
 * `year` (disbursement date) on loans whose region lies in `regionPath`'s subtree — every loan
 * of the platform is an IP-pledge loan — and the bank rewards already granted to it for that
 * year by the same budget region (the per-bank-year cap), this application left out.
 */
export async function computeBankReward(
  m: EntityManager,
  rules: PolicyRules,
  at: { bankOrganizationId: string; regionPath: string; year: number; budgetRegionId: string; excludeId: string | null },
): Promise<Computed> {
  const lentFen = await one(
    m,
    `select coalesce(sum(principal_fen), 0)::text s from loan
      where bank_organization_id = $1 and (region_path = $2 or region_path like $4 escape '\\')
        and disbursed_on >= make_date($3, 1, 1) and disbursed_on < make_date($3 + 1, 1, 1)`,
    [at.bankOrganizationId, at.regionPath, at.year, subtreePattern(at.regionPath)],
  );
  const alreadyRewardedFen = await one(
    m,
    `select coalesce(sum(amount_fen), 0)::text s from reward_application
      where kind = 'BANK' and applicant_organization_id = $1 and period_year = $2 and budget_region_id = $3
        and status = any($4::subsidy_status[]) and id is distinct from $5`,
    [at.bankOrganizationId, at.year, at.budgetRegionId, [...BUDGET_STATUSES], at.excludeId],
  );
  const facts = { lentFen, alreadyRewardedFen };
  return { result: bankReward(rules, facts), facts: { year: String(at.year), lentFen: String(lentFen), alreadyRewardedFen: String(alreadyRewardedFen) } };
}

/**
 * Valuer reward facts: "repaid normally" is a REPAID loan that was never overdue (the formula's
 * definition; a once-overdue loan does not qualify); the valuer shared the risk when it holds a
 * VALUER or IP_SERVICE share above zero; the basis is the loan's paid valuation fees.
 */
export async function computeValuerReward(m: EntityManager, rules: PolicyRules, loan: Loan, valuerOrganizationId: string): Promise<Computed> {
  const [share] = (await m.query(
    `select coalesce(bool_or(share_bp > 0), false) shared from loan_risk_share where loan_id = $1 and party_organization_id = $2 and role in ('VALUER', 'IP_SERVICE')`,
    [loan.id, valuerOrganizationId],
  )) as { shared: boolean }[];
  const valuationFeeFen = await one(m, `select coalesce(sum(amount_fen), 0)::text s from loan_fee where loan_id = $1 and kind = 'VALUATION' and paid_on is not null`, [loan.id]);
  const facts = { repaidNormally: loan.status === LoanStatus.REPAID && !loan.everOverdue, valuerSharedRisk: share.shared, valuationFeeFen };
  return {
    result: valuerReward(rules, facts),
    facts: {
      loanStatus: loan.status,
      everOverdue: String(loan.everOverdue),
      repaidNormally: String(facts.repaidNormally),
      valuerSharedRisk: String(facts.valuerSharedRisk),
      valuationFeeFen: String(valuationFeeFen),
    },
  };
}
