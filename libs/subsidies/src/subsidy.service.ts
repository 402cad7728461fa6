import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, clock, notFound, todayInShanghai } from '@zhirong/core';
import { Loan } from '@zhirong/loans';
import { EffectivePolicy, PolicyService } from '@zhirong/policy';
import { DataSource, EntityManager } from 'typeorm';
import { ApplyForSubsidyInput } from './dto/subsidy.inputs';
import { CreditRecordKind, SubsidyKind, SubsidyStatus } from './entities/subsidy.enums';
import { CreditRecord, SubsidyApplication } from './entities/subsidy.entities';
import { GrantReader } from './grant-reader';
import { refuseUnlessGrantable, SubsidiesError, SubsidiesErrorCode } from './subsidies.errors';
import { Computed, computeSubsidy, policyDay } from './subsidy-facts';

export type NamedApplication = SubsidyApplication & { enterpriseName: string };

/** A computation ready to store or show: the formula's result, its facts and the policy version. */
export interface SubsidyQuote extends Computed {
  policy: EffectivePolicy;
  loan: Loan;
  year: number;
}

/** The region whose budget pays: the one whose policy version applied, else the loan's own. */
export const budgetRegionOf = (policy: EffectivePolicy, loan: Loan) => policy.sourceRegionId ?? loan.regionId;

/** What every new grant stores from its quote: pending, with the formula's amount, steps and facts and the policy version. */
export const pendingGrant = (q: Computed & { policy: EffectivePolicy }, budget: { budgetRegionId: string; budgetYear: number }, actor: Actor) => ({
  status: SubsidyStatus.PENDING,
  amountFen: q.result.amountFen.toString(),
  steps: q.result.steps,
  facts: q.facts,
  policyId: q.policy.policy.id,
  budgetRegionId: budget.budgetRegionId,
  budgetYear: budget.budgetYear,
  appliedByUserId: actor.userId,
});

/**
 * 补贴申请: the firm applies on one of its loans, the platform gathers the facts from the loan
 * tables, takes the region's policy version in force on the day the kind depends on, runs the
 * formula and stores amount, steps, facts and version. Not eligible is CONFLICT with the formula's
 * code and nothing is stored — `previewSubsidy` shows the same computation before applying.
 */
@Injectable()
export class SubsidyService {
  /** Applications as the actor may read them: a firm its own, an office its region's queue. */
  readonly reader: GrantReader<SubsidyApplication, 'enterpriseName'>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly policies: PolicyService,
    private readonly audit: AuditService,
  ) {
    this.reader = new GrantReader(dataSource, access, {
      entity: SubsidyApplication,
      alias: 'sa',
      read: Permission.SUBSIDY_READ,
      entityName: 'SubsidyApplication',
      name: { table: 'enterprise', on: 'enterprise_id', as: 'enterpriseName' },
      filters: ['statuses', 'loanId', 'enterpriseId'],
    });
  }

  async quote(actor: Actor, loanId: string, kind: SubsidyKind, manager: EntityManager = this.dataSource.manager): Promise<SubsidyQuote> {
    if (!(await this.access.allowed(actor, Permission.SUBSIDY_APPLY, [loanId], manager)).size) {
      if ((await this.access.allowed(actor, Permission.LOAN_READ, [loanId], manager)).size) {
        throw new SubsidiesError(SubsidiesErrorCode.NOT_A_PARTY, 'Only the loan’s firm applies for its subsidies');
      }
      throw notFound('Loan', loanId);
    }
    const loan = await manager.findOneOrFail(Loan, { where: { id: loanId } });
    return this.compute(manager, loan, kind);
  }

  /** Runs the formula for `loan` as it stands (also used at approval, so caps hold against what was granted since). */
  async compute(manager: EntityManager, loan: Loan, kind: SubsidyKind, year?: number): Promise<SubsidyQuote> {
    const today = todayInShanghai(clock.now());
    const budgetYear = year ?? Number(today.slice(0, 4));
    const policy = await this.policies.effectiveFor(manager, loan.regionId, policyDay(loan, kind, today));
    const computed = await computeSubsidy(manager, policy.rules, loan, kind, budgetYear, today);
    return { ...computed, policy, loan, year: budgetYear };
  }

  async apply(actor: Actor, input: ApplyForSubsidyInput): Promise<NamedApplication> {
    const id = await this.dataSource.transaction(async (manager) => {
      // One application per loan and kind, even when two arrive at once.
      await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`subsidy:${input.loanId}:${input.kind}`]);
      const q = await this.quote(actor, input.loanId, input.kind, manager);
      await this.refuseFraudulent(manager, q.loan.enterpriseId);
      const [live] = (await manager.query(`select id, status from subsidy_application where loan_id = $1 and kind = $2 and status <> 'REJECTED'`, [q.loan.id, input.kind])) as {
        id: string;
        status: string;
      }[];
      if (live) {
        throw new SubsidiesError(
          SubsidiesErrorCode.DUPLICATE,
          `该贷款已有同类补贴申请（${live.status}） / This loan already has a ${input.kind} application (${live.status}); one per loan and kind`,
          {
            details: { existingId: live.id },
          },
        );
      }
      refuseUnlessGrantable(q.result);
      const saved = await manager.save(
        manager.create(SubsidyApplication, {
          loanId: q.loan.id,
          enterpriseId: q.loan.enterpriseId,
          regionPath: q.loan.regionPath,
          kind: input.kind,
          ...pendingGrant(q, { budgetRegionId: budgetRegionOf(q.policy, q.loan), budgetYear: q.year }, actor),
        }),
      );
      await this.audit.record(manager, {
        action: 'applyForSubsidy',
        entityType: 'SubsidyApplication',
        entityId: saved.id,
        after: { loanId: saved.loanId, kind: saved.kind, amountFen: saved.amountFen, policyId: saved.policyId, facts: saved.facts },
      });
      return saved.id;
    });
    return this.reader.one(actor, id);
  }

  /** FRAUD_RECORD (FORBIDDEN) when an office found the firm faked an application. */
  async refuseFraudulent(manager: EntityManager, enterpriseId: string): Promise<void> {
    const record = await manager.findOne(CreditRecord, { where: { enterpriseId, kind: CreditRecordKind.SUBSIDY_FRAUD }, order: { createdAt: 'ASC' } });
    if (record) {
      throw new SubsidiesError(
        SubsidiesErrorCode.FRAUD_RECORD,
        `该企业因骗取补贴被记入信用记录，丧失申请资格 / The firm has a subsidy-fraud credit record (${record.createdAt.toISOString().slice(0, 10)}) and may not apply`,
        { details: { creditRecordId: record.id } },
      );
    }
  }
}
