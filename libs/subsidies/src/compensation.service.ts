import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, clock, notFound, todayInShanghai } from '@zhirong/core';
import { Loan, LoanRiskShare, RiskShareRole } from '@zhirong/loans';
import { PolicyService } from '@zhirong/policy';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimRiskCompensationInput } from './dto/subsidy.inputs';
import { GrantReader } from './grant-reader';
import { CompensationClaim } from './entities/subsidy.entities';
import { refuseUnlessGrantable, SubsidiesError, SubsidiesErrorCode } from './subsidies.errors';
import { computeCompensation, policyDay } from './subsidy-facts';
import { budgetRegionOf, pendingGrant, SubsidyQuote } from './subsidy.service';

export type NamedClaim = CompensationClaim & { enterpriseName: string };

/**
 * 风险补偿: a party holding a share of a DEFAULTED loan's risk claims compensation on the loss it
 * carried, net of the part it passed on; the facts come from risk shares and recoveries and the
 * policy version in force at default decides (Songjiang: only after a failed recovery, never for
 * a batch-package loan). Not eligible is CONFLICT with the formula's code; nothing is stored.
 */
@Injectable()
export class CompensationService {
  /** Claims as the actor may read them: a claimant its own, an office its region's queue. */
  readonly reader: GrantReader<CompensationClaim, 'enterpriseName'>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly policies: PolicyService,
    private readonly audit: AuditService,
  ) {
    this.reader = new GrantReader(dataSource, access, {
      entity: CompensationClaim,
      alias: 'cc',
      read: Permission.COMPENSATION_READ,
      entityName: 'CompensationClaim',
      name: { table: 'enterprise', on: 'enterprise_id', as: 'enterpriseName' },
      filters: ['statuses', 'loanId', 'enterpriseId'],
    });
  }

  async quote(actor: Actor, input: ClaimRiskCompensationInput, manager: EntityManager = this.dataSource.manager): Promise<SubsidyQuote & { share: LoanRiskShare }> {
    if (!(await this.access.allowed(actor, Permission.COMPENSATION_CLAIM, [input.loanId], manager)).size) {
      if ((await this.access.allowed(actor, Permission.LOAN_READ, [input.loanId], manager)).size) {
        throw new SubsidiesError(SubsidiesErrorCode.NOT_A_PARTY, 'Only a party holding a share of the loan’s risk claims compensation');
      }
      throw notFound('Loan', input.loanId);
    }
    const shares = await manager.find(LoanRiskShare, { where: { loanId: input.loanId, partyOrganizationId: actor.organizationId } });
    const share = input.role ? shares.find((s) => s.role === input.role) : (shares.find((s) => s.role === RiskShareRole.BANK) ?? shares[0]);
    if (!share) throw new SubsidiesError(SubsidiesErrorCode.NOT_A_PARTY, `Your organisation holds no ${input.role ?? ''} share of this loan’s risk`, { field: 'input.role' });
    const loan = await manager.findOneOrFail(Loan, { where: { id: input.loanId } });
    return { ...(await this.compute(manager, loan, share)), share };
  }

  async compute(manager: EntityManager, loan: Loan, share: Pick<LoanRiskShare, 'role' | 'shareBp' | 'passedOnBp'>, year?: number): Promise<SubsidyQuote> {
    const today = todayInShanghai(clock.now());
    const policy = await this.policies.effectiveFor(manager, loan.regionId, policyDay(loan, 'COMPENSATION', today));
    const computed = await computeCompensation(manager, policy.rules, loan, share);
    return { ...computed, policy, loan, year: year ?? Number(today.slice(0, 4)) };
  }

  async claim(actor: Actor, input: ClaimRiskCompensationInput): Promise<NamedClaim> {
    const id = await this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`compensation:${input.loanId}`]);
      const q = await this.quote(actor, input, manager);
      const [live] = (await manager.query(`select id, status from compensation_claim where loan_id = $1 and role = $2 and status <> 'REJECTED'`, [q.loan.id, q.share.role])) as {
        id: string;
        status: string;
      }[];
      if (live) {
        throw new SubsidiesError(
          SubsidiesErrorCode.DUPLICATE,
          `该贷款已有该角色的补偿申请（${live.status}） / This loan already has a ${q.share.role} compensation claim (${live.status}); one per loan and role`,
          {
            details: { existingId: live.id },
          },
        );
      }
      refuseUnlessGrantable(q.result);
      const saved = await manager.save(
        manager.create(CompensationClaim, {
          loanId: q.loan.id,
          enterpriseId: q.loan.enterpriseId,
          regionPath: q.loan.regionPath,
          role: q.share.role,
          claimantOrganizationId: actor.organizationId,
          ...pendingGrant(q, { budgetRegionId: budgetRegionOf(q.policy, q.loan), budgetYear: q.year }, actor),
        }),
      );
      await this.audit.record(manager, {
        action: 'claimRiskCompensation',
        entityType: 'CompensationClaim',
        entityId: saved.id,
        after: { loanId: saved.loanId, role: saved.role, amountFen: saved.amountFen, policyId: saved.policyId, facts: saved.facts },
      });
      return saved.id;
    });
    return this.reader.one(actor, id);
  }
}
