import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, money, pageComplexity, Role, Roles } from '@zhirong/core';
import {
  ApplyForBankRewardInput,
  ApplyForValuerRewardInput,
  RewardApplicationConnection,
  RewardApplicationObject,
  RewardApplicationsArgs,
  ValuerRewardLoanObject,
} from './dto/reward.dto';
import { ApproveSubsidyInput, RecordSubsidyPaymentInput, RejectSubsidyInput } from './dto/subsidy.inputs';
import { SubsidyComputationObject } from './dto/subsidy.objects';
import { RewardService } from './reward.service';
import { REWARD_GRANT, SubsidyDecisionService } from './subsidy-decision.service';

@Resolver(() => RewardApplicationObject)
export class RewardResolver {
  constructor(
    private readonly rewards: RewardService,
    private readonly decisions: SubsidyDecisionService,
  ) {}

  @Roles(Role.BANK_OFFICER)
  @Query(() => SubsidyComputationObject, { description: '银行奖励试算 — the bank’s reward for its lending in a region and year, step by step; nothing is stored' })
  async previewBankReward(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID, description: '地区 id' }) regionId: string,
    @Args('year', { type: () => Int, description: '放款年度' }) year: number,
  ): Promise<SubsidyComputationObject> {
    const q = await this.rewards.quoteBank(actor, regionId, year, { region: 'regionId', year: 'year' });
    return SubsidyComputationObject.from(q.result, q.facts, q.policy.policy.id);
  }

  @Roles(Role.BANK_OFFICER)
  @Mutation(() => RewardApplicationObject, {
    description: '申请银行奖励 (银行奖励) — by the amount lent in the region and year, in the policy’s marginal tiers and cap; one per bank, region and year (CONFLICT)',
  })
  async applyForBankReward(@CurrentActor() actor: Actor, @Args('input', { description: '申请' }) input: ApplyForBankRewardInput): Promise<RewardApplicationObject> {
    return RewardApplicationObject.from(await this.rewards.applyBank(actor, input.regionId, input.year));
  }

  @Roles(Role.VALUER)
  @Query(() => SubsidyComputationObject, { description: '评估机构奖励试算 — the valuer’s reward on a loan it appraised the pledge of, step by step; nothing is stored' })
  async previewValuerReward(@CurrentActor() actor: Actor, @Args('loanId', { type: () => ID, description: '贷款 id' }) loanId: string): Promise<SubsidyComputationObject> {
    const q = await this.rewards.quoteValuer(actor, loanId);
    return SubsidyComputationObject.from(q.result, q.facts, q.policy.policy.id);
  }

  @Roles(Role.VALUER)
  @Query(() => [ValuerRewardLoanObject], { description: '可申请评估奖励的贷款 — the loans whose pledge counted your valuation, newest first (at most 100)' })
  async valuerRewardLoans(@CurrentActor() actor: Actor): Promise<ValuerRewardLoanObject[]> {
    return (await this.rewards.valuerLoans(actor)).map((l) => ({
      loanId: l.loanId,
      status: l.status,
      principal: money(l.principalFen),
      repaidOn: l.repaidOn,
      everOverdue: l.everOverdue,
    }));
  }

  @Roles(Role.VALUER)
  @Mutation(() => RewardApplicationObject, {
    description: '申请评估机构奖励 (评估机构奖励) — after the loan was repaid normally (never overdue); one per valuer and loan (CONFLICT)',
  })
  async applyForValuerReward(@CurrentActor() actor: Actor, @Args('input', { description: '申请' }) input: ApplyForValuerRewardInput): Promise<RewardApplicationObject> {
    return RewardApplicationObject.from(await this.rewards.applyValuer(actor, input.loanId));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => RewardApplicationObject, { description: '批准奖励 — the office approves on the version read, within the year’s budget' })
  async approveRewardApplication(@CurrentActor() actor: Actor, @Args('input', { description: '批准' }) input: ApproveSubsidyInput): Promise<RewardApplicationObject> {
    await this.decisions.approve(actor, REWARD_GRANT, input);
    return RewardApplicationObject.from(await this.rewards.reader.one(actor, input.id));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => RewardApplicationObject, { description: '驳回奖励 — with a reason, on the version read' })
  async rejectRewardApplication(@CurrentActor() actor: Actor, @Args('input', { description: '驳回' }) input: RejectSubsidyInput): Promise<RewardApplicationObject> {
    await this.decisions.reject(actor, REWARD_GRANT, input);
    return RewardApplicationObject.from(await this.rewards.reader.one(actor, input.id));
  }

  @Roles(Role.GOV_OFFICER)
  @Mutation(() => RewardApplicationObject, { description: '记录奖励拨付 — an approved reward is PAID, with the date and payment reference' })
  async recordRewardPayment(@CurrentActor() actor: Actor, @Args('input', { description: '拨付' }) input: RecordSubsidyPaymentInput): Promise<RewardApplicationObject> {
    await this.decisions.recordPayment(actor, REWARD_GRANT, input);
    return RewardApplicationObject.from(await this.rewards.reader.one(actor, input.id));
  }

  @Query(() => RewardApplicationConnection, { description: '奖励申请 — newest first: a bank or valuer its own, an office its region’s', complexity: pageComplexity })
  async rewardApplications(@CurrentActor() actor: Actor, @Args() args: RewardApplicationsArgs): Promise<RewardApplicationConnection> {
    const page = await this.rewards.reader.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: RewardApplicationObject.from(e.node) })) };
  }

  @Query(() => RewardApplicationObject, { description: '奖励申请 — one application with its formula' })
  async rewardApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '申请 id' }) id: string): Promise<RewardApplicationObject> {
    return RewardApplicationObject.from(await this.rewards.reader.one(actor, id));
  }
}
