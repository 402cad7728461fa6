import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Loaders, money, pageComplexity, positiveFen, RequestLoaders, Role, Roles } from '@zhirong/core';
import { EnterpriseObject } from '@zhirong/enterprises';
import { LoanObject } from '@zhirong/loans';
import {
  ApplyForSubsidyInput,
  ApproveSubsidyInput,
  ClaimRiskCompensationInput,
  MarkSubsidyFraudInput,
  RecordSubsidyPaymentInput,
  RejectSubsidyInput,
  SetSubsidyBudgetInput,
  SubsidyApplicationsArgs,
} from './dto/subsidy.inputs';
import {
  CompensationClaimConnection,
  CompensationClaimObject,
  CreditRecordObject,
  SubsidyApplicationConnection,
  SubsidyApplicationObject,
  SubsidyBudgetObject,
  SubsidyComputationObject,
} from './dto/subsidy.objects';
import { SubsidyKind } from './entities/subsidy.enums';
import { CompensationService } from './compensation.service';
import { FraudService } from './fraud.service';
import { BudgetFigures, COMPENSATION_GRANT, SUBSIDY_GRANT, SubsidyDecisionService } from './subsidy-decision.service';
import { SubsidyService } from './subsidy.service';

const budgetObject = (b: BudgetFigures): SubsidyBudgetObject => ({
  regionId: b.regionId,
  year: b.year,
  amount: b.amountFen === null ? null : money(b.amountFen),
  source: b.source,
  used: money(b.usedFen),
  remaining: b.amountFen === null ? null : money(b.amountFen > b.usedFen ? b.amountFen - b.usedFen : 0n),
});

@Resolver(() => SubsidyApplicationObject)
export class SubsidyResolver {
  constructor(
    private readonly subsidies: SubsidyService,
    private readonly decisions: SubsidyDecisionService,
    private readonly fraud: FraudService,
  ) {}

  @Roles(Role.ENTERPRISE_USER)
  @Query(() => SubsidyComputationObject, { description: '补贴试算 — what applying would grant now, the formula step by step; nothing is stored' })
  async previewSubsidy(
    @CurrentActor() actor: Actor,
    @Args('loanId', { type: () => ID, description: '贷款 id' }) loanId: string,
    @Args('kind', { type: () => SubsidyKind, description: '补贴类型' }) kind: SubsidyKind,
  ): Promise<SubsidyComputationObject> {
    const q = await this.subsidies.quote(actor, loanId, kind);
    return SubsidyComputationObject.from(q.result, q.facts, q.policy.policy.id);
  }

  @Roles(Role.ENTERPRISE_USER)
  @Mutation(() => SubsidyApplicationObject, {
    description:
      '申请补贴 (贴息, 担保费补贴, 保费补贴 …) — the platform computes the amount from the loan tables and the region’s policy and stores it with its steps; not eligible is CONFLICT with extensions.ineligibleCode; one per loan and kind',
  })
  async applyForSubsidy(@CurrentActor() actor: Actor, @Args('input', { description: '申请' }) input: ApplyForSubsidyInput): Promise<SubsidyApplicationObject> {
    return SubsidyApplicationObject.from(await this.subsidies.apply(actor, input));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => SubsidyApplicationObject, { description: '批准补贴 — the office approves on the version read; refused (CONFLICT) when the year’s budget would be exceeded' })
  async approveSubsidyApplication(@CurrentActor() actor: Actor, @Args('input', { description: '批准' }) input: ApproveSubsidyInput): Promise<SubsidyApplicationObject> {
    await this.decisions.approve(actor, SUBSIDY_GRANT, input);
    return SubsidyApplicationObject.from(await this.subsidies.reader.one(actor, input.id));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => SubsidyApplicationObject, { description: '驳回补贴 — with a reason, on the version read' })
  async rejectSubsidyApplication(@CurrentActor() actor: Actor, @Args('input', { description: '驳回' }) input: RejectSubsidyInput): Promise<SubsidyApplicationObject> {
    await this.decisions.reject(actor, SUBSIDY_GRANT, input);
    return SubsidyApplicationObject.from(await this.subsidies.reader.one(actor, input.id));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => SubsidyApplicationObject, { description: '记录拨付 — an approved application is PAID, with the date and payment reference' })
  async recordSubsidyPayment(@CurrentActor() actor: Actor, @Args('input', { description: '拨付' }) input: RecordSubsidyPaymentInput): Promise<SubsidyApplicationObject> {
    await this.decisions.recordPayment(actor, SUBSIDY_GRANT, input);
    return SubsidyApplicationObject.from(await this.subsidies.reader.one(actor, input.id));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => CreditRecordObject, {
    description: '认定骗取补贴 — pending applications refused, paid ones clawed back (追回), a credit record written; the firm may not apply again',
  })
  async markSubsidyFraud(@CurrentActor() actor: Actor, @Args('input', { description: '认定' }) input: MarkSubsidyFraudInput): Promise<CreditRecordObject> {
    const r = await this.fraud.markFraud(actor, input);
    return CreditRecordObject.from(r.record, r.clawbackFen);
  }

  @Query(() => SubsidyApplicationConnection, { description: '补贴申请 — newest first: a firm its own, an office its region’s', complexity: pageComplexity })
  async subsidyApplications(@CurrentActor() actor: Actor, @Args() args: SubsidyApplicationsArgs): Promise<SubsidyApplicationConnection> {
    const page = await this.subsidies.reader.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: SubsidyApplicationObject.from(e.node) })) };
  }

  @Query(() => SubsidyApplicationObject, { description: '补贴申请 — one application with its formula' })
  async subsidyApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '申请 id' }) id: string): Promise<SubsidyApplicationObject> {
    return SubsidyApplicationObject.from(await this.subsidies.reader.one(actor, id));
  }

  @Roles(Role.GOV_OFFICER)
  @Query(() => SubsidyBudgetObject, { description: '年度预算 — a region’s budget, used and remaining (the offices managing the region)' })
  async subsidyBudget(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID, description: '地区 id' }) regionId: string,
    @Args('year', { type: () => Int, description: '年度' }) year: number,
  ): Promise<SubsidyBudgetObject> {
    return budgetObject(await this.decisions.budget(actor, regionId, year));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => SubsidyBudgetObject, { description: '设置年度预算 — overrides the policy’s annual budget; not below what is granted already' })
  async setSubsidyBudget(@CurrentActor() actor: Actor, @Args('input', { description: '预算' }) input: SetSubsidyBudgetInput): Promise<SubsidyBudgetObject> {
    return budgetObject(await this.decisions.setBudget(actor, input.regionId, input.year, positiveFen(input.amount.amountFen, 'input.amount.amountFen')));
  }
}

@Resolver(() => CompensationClaimObject)
export class CompensationResolver {
  constructor(
    private readonly compensations: CompensationService,
    private readonly decisions: SubsidyDecisionService,
  ) {}

  @Roles(Role.BANK_OFFICER, Role.GUARANTOR_OFFICER, Role.INSURER_OFFICER)
  @Query(() => SubsidyComputationObject, { description: '风险补偿试算 — what claiming would grant now, step by step; nothing is stored' })
  async previewRiskCompensation(@CurrentActor() actor: Actor, @Args('input', { description: '申请' }) input: ClaimRiskCompensationInput): Promise<SubsidyComputationObject> {
    const q = await this.compensations.quote(actor, input);
    return SubsidyComputationObject.from(q.result, q.facts, q.policy.policy.id);
  }

  @Roles(Role.BANK_OFFICER, Role.GUARANTOR_OFFICER, Role.INSURER_OFFICER)
  @Mutation(() => CompensationClaimObject, {
    description: '申请风险补偿 (风险补偿) — on a DEFAULTED loan: the loss the claimant carried net of re-guarantee/reinsurance × the policy’s ratio; not eligible is CONFLICT',
  })
  async claimRiskCompensation(@CurrentActor() actor: Actor, @Args('input', { description: '申请' }) input: ClaimRiskCompensationInput): Promise<CompensationClaimObject> {
    return CompensationClaimObject.from(await this.compensations.claim(actor, input));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => CompensationClaimObject, { description: '批准风险补偿 — on the version read, within the year’s budget' })
  async approveCompensationClaim(@CurrentActor() actor: Actor, @Args('input', { description: '批准' }) input: ApproveSubsidyInput): Promise<CompensationClaimObject> {
    await this.decisions.approve(actor, COMPENSATION_GRANT, input);
    return CompensationClaimObject.from(await this.compensations.reader.one(actor, input.id));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => CompensationClaimObject, { description: '驳回风险补偿 — with a reason' })
  async rejectCompensationClaim(@CurrentActor() actor: Actor, @Args('input', { description: '驳回' }) input: RejectSubsidyInput): Promise<CompensationClaimObject> {
    await this.decisions.reject(actor, COMPENSATION_GRANT, input);
    return CompensationClaimObject.from(await this.compensations.reader.one(actor, input.id));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => CompensationClaimObject, { description: '记录风险补偿拨付 — an approved claim is PAID' })
  async recordCompensationPayment(@CurrentActor() actor: Actor, @Args('input', { description: '拨付' }) input: RecordSubsidyPaymentInput): Promise<CompensationClaimObject> {
    await this.decisions.recordPayment(actor, COMPENSATION_GRANT, input);
    return CompensationClaimObject.from(await this.compensations.reader.one(actor, input.id));
  }

  @Query(() => CompensationClaimConnection, { description: '风险补偿申请 — newest first: a claimant its own, an office its region’s', complexity: pageComplexity })
  async compensationClaims(@CurrentActor() actor: Actor, @Args() args: SubsidyApplicationsArgs): Promise<CompensationClaimConnection> {
    const page = await this.compensations.reader.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: CompensationClaimObject.from(e.node) })) };
  }

  @Query(() => CompensationClaimObject, { description: '风险补偿申请 — one claim with its formula' })
  async compensationClaim(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '申请 id' }) id: string): Promise<CompensationClaimObject> {
    return CompensationClaimObject.from(await this.compensations.reader.one(actor, id));
  }
}

/** A loan's subsidies and claims, resolved here so LOANS does not depend on SUBSIDIES. */
@Resolver(() => LoanObject)
export class LoanSubsidiesResolver {
  constructor(
    private readonly applications: SubsidyService,
    private readonly claims: CompensationService,
  ) {}

  @ResolveField(() => [SubsidyApplicationObject], { description: '补贴申请 — the loan’s subsidy applications the caller may see, newest first' })
  async subsidies(@CurrentActor() actor: Actor, @Parent() loan: LoanObject, @Loaders() loaders: RequestLoaders): Promise<SubsidyApplicationObject[]> {
    const rows = await loaders.get(`subsidies.byLoan.${actor.userId}`, (ids: readonly string[]) => this.applications.reader.forLoans(actor, ids)).load(loan.id);
    return rows.map(SubsidyApplicationObject.from);
  }

  @ResolveField(() => [CompensationClaimObject], { description: '风险补偿申请 — the loan’s compensation claims the caller may see, newest first' })
  async compensationClaims(@CurrentActor() actor: Actor, @Parent() loan: LoanObject, @Loaders() loaders: RequestLoaders): Promise<CompensationClaimObject[]> {
    const rows = await loaders.get(`compensationClaims.byLoan.${actor.userId}`, (ids: readonly string[]) => this.claims.reader.forLoans(actor, ids)).load(loan.id);
    return rows.map(CompensationClaimObject.from);
  }
}

/** A firm's credit records (信用记录), for the firm itself and its region's offices. */
@Resolver(() => EnterpriseObject)
export class EnterpriseCreditResolver {
  constructor(private readonly fraud: FraudService) {}

  @ResolveField(() => [CreditRecordObject], { description: '信用记录 — e.g. subsidy fraud with the amount to claw back (追回); the firm itself and its region’s offices' })
  async creditRecords(@CurrentActor() actor: Actor, @Parent() firm: EnterpriseObject): Promise<CreditRecordObject[]> {
    return (await this.fraud.records(actor, firm.id)).map((r) => CreditRecordObject.from(r.record, r.clawbackFen));
  }
}
