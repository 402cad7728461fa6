import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection, ConnectionArgs, Money } from '@zhirong/core';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { RewardApplication } from '../entities/reward.entity';
import { RewardKind } from '../entities/subsidy.enums';
import { GrantFilter } from './subsidy.inputs';
import { GrantObject, grantFields } from './subsidy.objects';

@InputType({ description: '银行奖励申请 — a bank applies for its reward on what it lent against IP in a region and year; the platform computes the amount' })
export class ApplyForBankRewardInput {
  @Field(() => ID, { description: '地区 id — the region (and its subtree) the lending is counted in' })
  @IsUUID()
  regionId!: string;

  @Field(() => Int, { description: '放款年度 — the year the loans were disbursed (Asia/Shanghai), up to this year' })
  @IsInt()
  year!: number;
}

@InputType({ description: '评估机构奖励申请 — a valuer applies on a loan whose pledged assets it appraised, after normal repayment' })
export class ApplyForValuerRewardInput {
  @Field(() => ID, { description: '贷款 id — a loan whose pledge counted the valuer’s valuation' })
  @IsUUID()
  loanId!: string;
}

@InputType({ description: '奖励筛选' })
export class RewardFilter extends GrantFilter {
  @Field(() => RewardKind, { nullable: true, description: '奖励类型' })
  @IsOptional()
  @IsEnum(RewardKind)
  kind?: RewardKind;
}

@ArgsType()
export class RewardApplicationsArgs extends ConnectionArgs {
  @Field(() => RewardFilter, { nullable: true, description: '筛选' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RewardFilter)
  filter?: RewardFilter;
}

@ObjectType('RewardApplication', {
  description: '奖励申请 — a bank’s reward by amount lent (银行奖励) or a valuer’s after normal repayment (评估机构奖励), with the amount the platform computed',
})
export class RewardApplicationObject extends GrantObject {
  @Field(() => RewardKind, { description: '奖励类型' })
  kind!: RewardKind;

  @Field(() => ID, { description: '申请机构 id — the bank or valuer' })
  applicantOrganizationId!: string;

  @Field({ description: '申请机构名称' })
  applicantName!: string;

  @Field(() => ID, { description: '地区 id — where the lending is counted (bank) or the loan’s region (valuer)' })
  regionId!: string;

  @Field(() => Int, { nullable: true, description: '放款年度 — a bank reward’s lending year' })
  periodYear!: number | null;

  @Field(() => ID, { nullable: true, description: '贷款 id — a valuer reward’s loan' })
  loanId!: string | null;

  static from(r: RewardApplication & { applicantName?: string }): RewardApplicationObject {
    return {
      ...grantFields(r),
      kind: r.kind,
      applicantOrganizationId: r.applicantOrganizationId,
      applicantName: r.applicantName ?? '',
      regionId: r.regionId,
      periodYear: r.periodYear,
      loanId: r.loanId,
    };
  }
}

@ObjectType({ description: '奖励申请列表 (Relay connection), newest first' })
export class RewardApplicationConnection extends Connection(RewardApplicationObject, 'RewardApplication') {}

@ObjectType('ValuerRewardLoan', { description: '可申请评估奖励的贷款 — a loan whose pledge counted the valuer’s valuation, as the valuer sees it' })
export class ValuerRewardLoanObject {
  @Field(() => ID, { description: '贷款 id' })
  loanId!: string;

  @Field({ description: '贷款状态 — a reward needs REPAID, never overdue' })
  status!: string;

  @Field(() => Money, { description: '本金' })
  principal!: Money;

  @Field(() => String, { nullable: true, description: '结清日' })
  repaidOn!: string | null;

  @Field({ description: '曾逾期' })
  everOverdue!: boolean;
}
