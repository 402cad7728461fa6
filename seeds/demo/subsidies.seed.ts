import { clock, todayInShanghai } from '@zhirong/core';
import { Loan, LoanRiskShare, LoanStatus, RiskShareRole } from '@zhirong/loans';
import { PolicyService } from '@zhirong/policy';
import { CompensationClaim, computeCompensation, computeSubsidy, policyDay, SubsidyApplication, SubsidyKind, SubsidyStatus } from '@zhirong/subsidies';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The demo's subsidies (issue 14), computed by the same formulas the API runs: on the demo firm's
 * REPAID loan a valuation-fee subsidy approved and paid (its interest subsidy is left for the
 * firm to apply for), on its ACTIVE loan a registration-fee subsidy pending, and on the Songjiang
 * DEFAULTED loan the bank's risk-compensation claim pending. Runs once.
 */
export async function seedDemoSubsidies(dataSource: DataSource, orgs: { firm: string; bank: string; office: string }): Promise<void> {
  const [exists] = await dataSource.query('select 1 from subsidy_application sa join enterprise e on e.id = sa.enterprise_id where e.organization_id = $1 limit 1', [orgs.firm]);
  if (exists) return;
  const today = todayInShanghai(clock.now());
  const year = Number(today.slice(0, 4));
  const policies = new PolicyService();
  await dataSource.transaction(async (m) => {
    const demoLoan = (status: LoanStatus) =>
      m
        .createQueryBuilder(Loan, 'l')
        .innerJoin('enterprise', 'e', 'e.id = l.enterprise_id')
        .where('e.organization_id = :org AND l.status = :status', { org: orgs.firm, status })
        .orderBy('l.created_at')
        .getOne();
    const [officeUser] = (await m.query(`select u.id from app_user u where u.organization_id = $1 order by u.email limit 1`, [orgs.office])) as { id: string }[];
    const repaid = await demoLoan(LoanStatus.REPAID);
    const active = await demoLoan(LoanStatus.ACTIVE);
    if (repaid) await subsidy(m, policies, repaid, SubsidyKind.FEE_VALUATION, year, today, { paid: true, officeUserId: officeUser?.id ?? null });
    if (active) await subsidy(m, policies, active, SubsidyKind.FEE_REGISTRATION, year, today, { paid: false, officeUserId: null });
    const defaulted = await m
      .createQueryBuilder(Loan, 'l')
      .where("l.status = 'DEFAULTED' AND l.bank_organization_id = :bank AND l.region_path LIKE '%310117'", { bank: orgs.bank })
      .getOne();
    if (defaulted) {
      const share = await m.findOne(LoanRiskShare, { where: { loanId: defaulted.id, role: RiskShareRole.BANK } });
      const policy = await policies.effectiveFor(m, defaulted.regionId, policyDay(defaulted, 'COMPENSATION', today));
      if (share) {
        const { result, facts } = await computeCompensation(m, policy.rules, defaulted, share);
        if (result.eligible) {
          await m.insert(CompensationClaim, {
            loanId: defaulted.id,
            enterpriseId: defaulted.enterpriseId,
            regionPath: defaulted.regionPath,
            role: RiskShareRole.BANK,
            claimantOrganizationId: orgs.bank,
            status: SubsidyStatus.PENDING,
            amountFen: result.amountFen.toString(),
            steps: result.steps,
            facts,
            policyId: policy.policy.id,
            budgetRegionId: policy.sourceRegionId ?? defaulted.regionId,
            budgetYear: year,
          });
        }
      }
    }
  });
}

async function subsidy(
  m: EntityManager,
  policies: PolicyService,
  loan: Loan,
  kind: SubsidyKind,
  year: number,
  today: string,
  opts: { paid: boolean; officeUserId: string | null },
): Promise<void> {
  const policy = await policies.effectiveFor(m, loan.regionId, policyDay(loan, kind, today));
  const { result, facts } = await computeSubsidy(m, policy.rules, loan, kind, year, today);
  if (!result.eligible) return;
  await m.insert(SubsidyApplication, {
    loanId: loan.id,
    enterpriseId: loan.enterpriseId,
    regionPath: loan.regionPath,
    kind,
    status: opts.paid ? SubsidyStatus.PAID : SubsidyStatus.PENDING,
    amountFen: result.amountFen.toString(),
    steps: result.steps,
    facts,
    policyId: policy.policy.id,
    budgetRegionId: policy.sourceRegionId ?? loan.regionId,
    budgetYear: year,
    decidedByUserId: opts.paid ? opts.officeUserId : null,
    decidedAt: opts.paid ? new Date() : null,
    paidOn: opts.paid ? today : null,
    paymentReference: opts.paid ? `MH-${year}-0001` : null,
    version: opts.paid ? 3 : 1,
  });
}
