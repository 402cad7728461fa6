import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, badInput, clock, notFound, todayInShanghai } from '@zhirong/core';
import { Loan, LoanRiskShare } from '@zhirong/loans';
import { formatYuan, PolicyService } from '@zhirong/policy';
import { DataSource, EntityManager } from 'typeorm';
import { ApproveSubsidyInput, RecordSubsidyPaymentInput, RejectSubsidyInput } from './dto/subsidy.inputs';
import { BUDGET_STATUSES, SubsidyStatus } from './entities/subsidy.enums';
import { CompensationClaim, SubsidyApplication, SubsidyBudget } from './entities/subsidy.entities';
import { CompensationService } from './compensation.service';
import { RewardApplication } from './entities/reward.entity';
import { RewardService } from './reward.service';
import { refuseUnlessGrantable, SubsidiesError, SubsidiesErrorCode } from './subsidies.errors';
import { SubsidyQuote, SubsidyService } from './subsidy.service';

type Grant = SubsidyApplication | CompensationClaim | RewardApplication;

/** The two things an office decides, told apart by their table, permissions and recomputation. */
interface GrantKind<T extends Grant> {
  entity: new () => T;
  name: 'SubsidyApplication' | 'CompensationClaim' | 'RewardApplication';
  read: Permission;
  decide: Permission;
}

export const SUBSIDY_GRANT: GrantKind<SubsidyApplication> = {
  entity: SubsidyApplication,
  name: 'SubsidyApplication',
  read: Permission.SUBSIDY_READ,
  decide: Permission.SUBSIDY_DECIDE,
};
export const COMPENSATION_GRANT: GrantKind<CompensationClaim> = {
  entity: CompensationClaim,
  name: 'CompensationClaim',
  read: Permission.COMPENSATION_READ,
  decide: Permission.COMPENSATION_DECIDE,
};
export const REWARD_GRANT: GrantKind<RewardApplication> = {
  entity: RewardApplication,
  name: 'RewardApplication',
  read: Permission.REWARD_READ,
  decide: Permission.REWARD_DECIDE,
};

export interface BudgetFigures {
  regionId: string;
  year: number;
  amountFen: bigint | null;
  source: 'SET' | 'POLICY' | 'NONE';
  usedFen: bigint;
}

/**
 * The office's side of applications and claims: approve (against the year's budget, with the
 * formula run again so caps hold against everything granted since the application), reject with
 * a reason, record the payment. Every step checks the version read (stale → CONFLICT) and is
 * audited; the budget check and the approval share one lock per region and year.
 */
@Injectable()
export class SubsidyDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly policies: PolicyService,
    private readonly audit: AuditService,
    private readonly subsidies: SubsidyService,
    private readonly compensations: CompensationService,
    private readonly rewards: RewardService,
  ) {}

  async approve<T extends Grant>(actor: Actor, kind: GrantKind<T>, input: ApproveSubsidyInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, actor, kind, input.id, input.expectedVersion);
      if (before.status !== SubsidyStatus.PENDING) throw new SubsidiesError(SubsidiesErrorCode.STATUS, `Only a PENDING ${kind.name} is approved; this one is ${before.status}`);
      await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`budget:${before.budgetRegionId}:${before.budgetYear}`]);
      // The per-firm-year cap spans regions (a firm that moved has loans in two): its approvals queue too, always after the budget's lock.
      if (!(before instanceof RewardApplication)) await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`firm-grants:${before.enterpriseId}:${before.budgetYear}`]);
      const q = await this.recompute(manager, before);
      refuseUnlessGrantable(q.result, '不再符合条件 / No longer eligible: ');
      const amount = q.result.amountFen;
      const budget = await this.budgetOf(manager, before.budgetRegionId, before.budgetYear);
      if (budget.amountFen === null) {
        throw new SubsidiesError(SubsidiesErrorCode.NO_BUDGET, `No budget is set for ${before.budgetYear} and the policy names none: set the year’s budget first`);
      }
      if (budget.usedFen + amount > budget.amountFen) {
        const left = budget.amountFen - budget.usedFen;
        throw new SubsidiesError(
          SubsidiesErrorCode.BUDGET_EXCEEDED,
          `预算不足 / Over budget: ${formatYuan(amount)} asked, ${formatYuan(left < 0n ? 0n : left)} left of ${formatYuan(budget.amountFen)} for ${before.budgetYear} (${formatYuan(budget.usedFen)} granted)`,
          { details: { budgetFen: budget.amountFen.toString(), usedFen: budget.usedFen.toString(), askedFen: amount.toString() } },
        );
      }
      await this.write(manager, kind, before, input.expectedVersion, {
        status: SubsidyStatus.APPROVED,
        amountFen: amount.toString(),
        steps: q.result.steps,
        facts: q.facts,
        policyId: q.policy.policy.id,
        decidedByUserId: actor.userId,
        decidedAt: clock.now(),
      });
      await this.audit.record(manager, {
        action: `approve${kind.name}`,
        entityType: kind.name,
        entityId: before.id,
        before: { status: before.status, amountFen: before.amountFen },
        after: { status: SubsidyStatus.APPROVED, amountFen: amount.toString(), budgetUsedFen: (budget.usedFen + amount).toString() },
      });
    });
  }

  async reject<T extends Grant>(actor: Actor, kind: GrantKind<T>, input: RejectSubsidyInput): Promise<void> {
    const reason = input.reason.trim();
    if (reason.length < 2) throw badInput('input.reason', 'Give the applicant a reason');
    await this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, actor, kind, input.id, input.expectedVersion);
      if (before.status !== SubsidyStatus.PENDING && before.status !== SubsidyStatus.APPROVED) {
        throw new SubsidiesError(SubsidiesErrorCode.STATUS, `Only a PENDING or APPROVED (unpaid) ${kind.name} is rejected; this one is ${before.status}`);
      }
      await this.write(manager, kind, before, input.expectedVersion, {
        status: SubsidyStatus.REJECTED,
        rejectReason: reason,
        decidedByUserId: actor.userId,
        decidedAt: clock.now(),
      });
      await this.audit.record(manager, {
        action: `reject${kind.name}`,
        entityType: kind.name,
        entityId: before.id,
        before: { status: before.status },
        after: { status: SubsidyStatus.REJECTED, reason },
      });
    });
  }

  async recordPayment<T extends Grant>(actor: Actor, kind: GrantKind<T>, input: RecordSubsidyPaymentInput): Promise<void> {
    const today = todayInShanghai(clock.now());
    if (Number.isNaN(Date.parse(`${input.paidOn}T00:00:00Z`)) || input.paidOn > today) throw badInput('input.paidOn', 'A payment date up to today (YYYY-MM-DD)');
    const reference = input.reference.trim();
    if (!reference) throw badInput('input.reference', 'Give the payment reference');
    await this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, actor, kind, input.id, input.expectedVersion);
      if (before.status !== SubsidyStatus.APPROVED) throw new SubsidiesError(SubsidiesErrorCode.STATUS, `Only an APPROVED ${kind.name} is paid; this one is ${before.status}`);
      if (before.decidedAt && input.paidOn < todayInShanghai(before.decidedAt)) throw badInput('input.paidOn', 'The payment cannot precede the approval');
      await this.write(manager, kind, before, input.expectedVersion, { status: SubsidyStatus.PAID, paidOn: input.paidOn, paymentReference: reference });
      await this.audit.record(manager, {
        action: `pay${kind.name}`,
        entityType: kind.name,
        entityId: before.id,
        before: { status: before.status },
        after: { status: SubsidyStatus.PAID, paidOn: input.paidOn, reference, amountFen: before.amountFen },
      });
    });
  }

  /** The year's budget of a region: the office's figure, else its policy's `annualBudgetFen`; used = approved, paid and clawed-back grants. */
  async budgetOf(manager: EntityManager, regionId: string, year: number): Promise<BudgetFigures> {
    const [used] = (await manager.query(
      `select coalesce(sum(amount_fen), 0)::text s from (
         select amount_fen from subsidy_application where budget_region_id = $1 and budget_year = $2 and status = any($3::subsidy_status[])
         union all
         select amount_fen from compensation_claim where budget_region_id = $1 and budget_year = $2 and status = any($3::subsidy_status[])
         union all
         select amount_fen from reward_application where budget_region_id = $1 and budget_year = $2 and status = any($3::subsidy_status[])) g`,
      [regionId, year, [...BUDGET_STATUSES]],
    )) as { s: string }[];
    const usedFen = BigInt(used.s);
    const set = await manager.findOne(SubsidyBudget, { where: { regionId, year } });
    if (set) return { regionId, year, amountFen: BigInt(set.amountFen), source: 'SET', usedFen };
    const today = todayInShanghai(clock.now());
    const day = `${year}-12-31` < today ? `${year}-12-31` : today;
    const policy = await this.policies.effectiveFor(manager, regionId, day).catch(() => null);
    const fromPolicy = policy?.sourceRegionId === regionId ? policy.rules.annualBudgetFen : undefined;
    return { regionId, year, amountFen: fromPolicy === undefined ? null : BigInt(fromPolicy), source: fromPolicy === undefined ? 'NONE' : 'POLICY', usedFen };
  }

  async budget(actor: Actor, regionId: string, year: number): Promise<BudgetFigures> {
    await this.access.require(actor, Permission.POLICY_MANAGE, regionId);
    return this.budgetOf(this.dataSource.manager, regionId, year);
  }

  /** The office sets the year's figure; it may not go below what is granted already. */
  async setBudget(actor: Actor, regionId: string, year: number, amountFen: bigint): Promise<BudgetFigures> {
    await this.access.require(actor, Permission.POLICY_MANAGE, regionId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`budget:${regionId}:${year}`]);
      const before = await this.budgetOf(manager, regionId, year);
      if (amountFen < before.usedFen) throw badInput('input.amount.amountFen', `${formatYuan(before.usedFen)} is granted already this year; the budget cannot be less`);
      await manager.upsert(SubsidyBudget, { regionId, year, amountFen: amountFen.toString(), setByUserId: actor.userId }, ['regionId', 'year']);
      await this.audit.record(manager, {
        action: 'setSubsidyBudget',
        entityType: 'SubsidyBudget',
        entityId: regionId,
        before: { year, amountFen: before.amountFen?.toString() ?? null, source: before.source },
        after: { year, amountFen: amountFen.toString() },
      });
      return { ...before, amountFen, source: 'SET' };
    });
  }

  private async recompute(manager: EntityManager, grant: Grant): Promise<Pick<SubsidyQuote, 'result' | 'facts' | 'policy'>> {
    if (grant instanceof RewardApplication) return this.rewards.recompute(manager, grant);
    const loan = await manager.findOneOrFail(Loan, { where: { id: grant.loanId }, lock: { mode: 'pessimistic_read' } });
    if (grant instanceof SubsidyApplication) return this.subsidies.compute(manager, loan, grant.kind, grant.budgetYear);
    const share = await manager.findOne(LoanRiskShare, { where: { loanId: loan.id, role: grant.role, partyOrganizationId: grant.claimantOrganizationId } });
    if (!share) throw new SubsidiesError(SubsidiesErrorCode.NOT_A_PARTY, 'The claimant no longer holds this share of the loan’s risk');
    return this.compensations.compute(manager, loan, share, grant.budgetYear);
  }

  /** NOT_FOUND when the office may not see it, FORBIDDEN when it may not decide it, CONFLICT when the version is stale. */
  private async locked<T extends Grant>(manager: EntityManager, actor: Actor, kind: GrantKind<T>, id: string, expectedVersion: number): Promise<T> {
    if (!(await this.access.allowed(actor, kind.read, [id], manager)).size) throw notFound(kind.name, id);
    await this.access.require(actor, kind.decide, id, manager);
    const row = (await manager.findOneOrFail(kind.entity as new () => Grant, { where: { id }, lock: { mode: 'pessimistic_write' } })) as T;
    if (row.version !== expectedVersion) {
      throw new SubsidiesError(SubsidiesErrorCode.STALE_VERSION, `It changed since you read it (version ${row.version}, you read ${expectedVersion}); read it again`, {
        details: { currentVersion: row.version },
      });
    }
    return row;
  }

  private async write<T extends Grant>(manager: EntityManager, kind: GrantKind<T>, row: T, expectedVersion: number, set: Partial<Grant>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(kind.entity as new () => Grant)
      .set({ ...set, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id: row.id, expectedVersion })
      .execute();
    if (!result.affected) throw new SubsidiesError(SubsidiesErrorCode.STALE_VERSION, 'It changed since you read it; read it again');
  }
}
