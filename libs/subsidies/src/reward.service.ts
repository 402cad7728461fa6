import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, badInput, clock, notFound, todayInShanghai } from '@zhirong/core';
import { Region } from '@zhirong/identity';
import { Loan } from '@zhirong/loans';
import { EffectivePolicy, PolicyService } from '@zhirong/policy';
import { DataSource, EntityManager } from 'typeorm';
import { RewardApplication } from './entities/reward.entity';
import { RewardKind } from './entities/subsidy.enums';
import { GrantReader } from './grant-reader';
import { computeBankReward, computeValuerReward } from './reward-facts';
import { refuseUnlessGrantable, SubsidiesError, SubsidiesErrorCode } from './subsidies.errors';
import { Computed } from './subsidy-facts';
import { pendingGrant } from './subsidy.service';

export type NamedReward = RewardApplication & { applicantName: string };

/** A reward computed and ready to store or show, with where it is decided and budgeted. */
export interface RewardQuote extends Computed {
  policy: EffectivePolicy;
  kind: RewardKind;
  regionId: string;
  regionPath: string;
  budgetRegionId: string;
  budgetYear: number;
  periodYear: number | null;
  loan: Loan | null;
}

const today = () => todayInShanghai(clock.now());

/**
 * 奖励申请: a bank for what it lent in a region and year, a valuer on a loan it appraised the
 * pledge of after normal repayment. The platform gathers the facts, runs the policy's formula and
 * stores amount, steps, facts and version; the office decides through `SubsidyDecisionService`.
 */
@Injectable()
export class RewardService {
  /** Applications as the actor may read them: an applicant its own, an office its region's queue. */
  readonly reader: GrantReader<RewardApplication, 'applicantName'>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly policies: PolicyService,
    private readonly audit: AuditService,
  ) {
    this.reader = new GrantReader(dataSource, access, {
      entity: RewardApplication,
      alias: 'ra',
      read: Permission.REWARD_READ,
      entityName: 'RewardApplication',
      name: { table: 'organization', on: 'applicant_organization_id', as: 'applicantName' },
      filters: ['statuses', 'kind'],
    });
  }

  /** `field` names the year in the caller's input so a bad one is BAD_USER_INPUT on it. */
  async quoteBank(actor: Actor, regionId: string, year: number, field: { region: string; year: string }, manager = this.dataSource.manager): Promise<RewardQuote> {
    const thisYear = Number(today().slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > thisYear) throw badInput(field.year, `A lending year from 2000 to ${thisYear}`);
    if (!(await this.access.allowed(actor, Permission.BANK_REWARD_APPLY, [regionId], manager)).size) {
      if (!(await manager.exists(Region, { where: { id: regionId } }))) throw notFound('Region', regionId);
      throw new SubsidiesError(SubsidiesErrorCode.NOT_A_PARTY, 'Only a bank applies for its own bank reward', { field: field.region });
    }
    return this.computeBank(manager, actor.organizationId, regionId, year, null);
  }

  /** The policy in force at the end of the lending year (or today, for the running year). */
  async computeBank(manager: EntityManager, bankOrganizationId: string, regionId: string, periodYear: number, excludeId: string | null, budgetYear?: number): Promise<RewardQuote> {
    const region = await manager.findOneOrFail(Region, { where: { id: regionId } });
    const end = `${periodYear}-12-31`;
    const policy = await this.policies.effectiveFor(manager, regionId, end < today() ? end : today());
    const budgetRegionId = policy.sourceRegionId ?? regionId;
    const computed = await computeBankReward(manager, policy.rules, { bankOrganizationId, regionPath: region.path, year: periodYear, budgetRegionId, excludeId });
    const by = budgetYear ?? Number(today().slice(0, 4));
    return { ...computed, policy, kind: RewardKind.BANK, regionId, regionPath: region.path, budgetRegionId, budgetYear: by, periodYear, loan: null };
  }

  async quoteValuer(actor: Actor, loanId: string, manager = this.dataSource.manager): Promise<RewardQuote> {
    if (!(await this.access.allowed(actor, Permission.VALUER_REWARD_APPLY, [loanId], manager)).size) {
      if ((await this.access.allowed(actor, Permission.LOAN_READ, [loanId], manager)).size) {
        throw new SubsidiesError(SubsidiesErrorCode.NOT_A_PARTY, 'Only a valuer whose valuation counted for the loan’s pledge applies for its reward');
      }
      throw notFound('Loan', loanId);
    }
    const loan = await manager.findOneOrFail(Loan, { where: { id: loanId } });
    return this.computeValuer(manager, loan, actor.organizationId);
  }

  /** The policy in force when the loan was repaid: the reward follows normal repayment. */
  async computeValuer(manager: EntityManager, loan: Loan, valuerOrganizationId: string, budgetYear?: number): Promise<RewardQuote> {
    const policy = await this.policies.effectiveFor(manager, loan.regionId, loan.repaidOn ?? today());
    const computed = await computeValuerReward(manager, policy.rules, loan, valuerOrganizationId);
    return {
      ...computed,
      policy,
      kind: RewardKind.VALUER,
      regionId: loan.regionId,
      regionPath: loan.regionPath,
      budgetRegionId: policy.sourceRegionId ?? loan.regionId,
      budgetYear: budgetYear ?? Number(today().slice(0, 4)),
      periodYear: null,
      loan,
    };
  }

  /** Runs the formula again at approval, so the per-bank-year cap holds against what was granted since. */
  async recompute(manager: EntityManager, r: RewardApplication): Promise<RewardQuote> {
    if (r.kind === RewardKind.BANK) return this.computeBank(manager, r.applicantOrganizationId, r.regionId, r.periodYear!, r.id, r.budgetYear);
    const loan = await manager.findOneOrFail(Loan, { where: { id: r.loanId! }, lock: { mode: 'pessimistic_read' } });
    return this.computeValuer(manager, loan, r.applicantOrganizationId, r.budgetYear);
  }

  async applyBank(actor: Actor, regionId: string, year: number): Promise<NamedReward> {
    return this.store(actor, `reward:bank:${actor.organizationId}:${regionId}:${year}`, (m) =>
      this.quoteBank(actor, regionId, year, { region: 'input.regionId', year: 'input.year' }, m),
    );
  }

  async applyValuer(actor: Actor, loanId: string): Promise<NamedReward> {
    return this.store(actor, `reward:valuer:${actor.organizationId}:${loanId}`, (m) => this.quoteValuer(actor, loanId, m));
  }

  private async store(actor: Actor, lockKey: string, quote: (m: EntityManager) => Promise<RewardQuote>): Promise<NamedReward> {
    const id = await this.dataSource.transaction(async (manager) => {
      // One live application per bank, region and year (per valuer and loan), even when two arrive at once.
      await manager.query('select pg_advisory_xact_lock(hashtext($1))', [lockKey]);
      const q = await quote(manager);
      const [live] = (await manager.query(
        `select id, status from reward_application where applicant_organization_id = $1 and kind = $2 and status <> 'REJECTED'
            and (($2 = 'BANK' and region_id = $3 and period_year = $4) or ($2 = 'VALUER' and loan_id = $5))`,
        [actor.organizationId, q.kind, q.regionId, q.periodYear, q.loan?.id ?? null],
      )) as { id: string; status: string }[];
      if (live) {
        const what = q.kind === RewardKind.BANK ? `per bank, region and year (${q.periodYear})` : 'per valuer and loan';
        throw new SubsidiesError(SubsidiesErrorCode.DUPLICATE, `已有该奖励申请（${live.status}） / A ${q.kind} reward application exists already (${live.status}); one ${what}`, {
          details: { existingId: live.id },
        });
      }
      refuseUnlessGrantable(q.result);
      const saved = await manager.save(
        manager.create(RewardApplication, {
          kind: q.kind,
          applicantOrganizationId: actor.organizationId,
          regionId: q.regionId,
          regionPath: q.regionPath,
          periodYear: q.periodYear,
          loanId: q.loan?.id ?? null,
          ...pendingGrant(q, q, actor),
        }),
      );
      await this.audit.record(manager, {
        action: q.kind === RewardKind.BANK ? 'applyForBankReward' : 'applyForValuerReward',
        entityType: 'RewardApplication',
        entityId: saved.id,
        after: {
          kind: saved.kind,
          regionId: saved.regionId,
          periodYear: saved.periodYear,
          loanId: saved.loanId,
          amountFen: saved.amountFen,
          policyId: saved.policyId,
          facts: saved.facts,
        },
      });
      return saved.id;
    });
    return this.reader.one(actor, id);
  }

  /** The loans whose pledge counted the valuer's valuation, newest first: what it may apply on. */
  async valuerLoans(actor: Actor): Promise<{ loanId: string; status: string; principalFen: string; repaidOn: string | null; everOverdue: boolean }[]> {
    const qb = this.dataSource
      .getRepository(Loan)
      .createQueryBuilder('l')
      .select([
        'l.id AS "loanId"',
        'l.status AS status',
        'l.principal_fen::text AS "principalFen"',
        `to_char(l.repaid_on, 'YYYY-MM-DD') AS "repaidOn"`,
        'l.ever_overdue AS "everOverdue"',
      ]);
    this.access.scope(qb, actor, Permission.VALUER_REWARD_APPLY, 'l.id');
    return qb.orderBy('l.created_at', 'DESC').limit(100).getRawMany();
  }
}
