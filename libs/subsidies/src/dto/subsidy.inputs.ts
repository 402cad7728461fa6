import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConnectionArgs, MoneyInput } from '@zhirong/core';
import { RiskShareRole } from '@zhirong/loans';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { SubsidyKind, SubsidyStatus } from '../entities/subsidy.enums';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '补贴申请 — a firm applies on one of its loans; the platform computes the amount (贴息, 担保费补贴, 保费补贴 …)' })
export class ApplyForSubsidyInput {
  @Field(() => ID, { description: '贷款 id — one of the firm’s own loans' })
  @IsUUID()
  loanId!: string;

  @Field(() => SubsidyKind, { description: '补贴类型' })
  @IsEnum(SubsidyKind)
  kind!: SubsidyKind;
}

@InputType({ description: '风险补偿申请 (风险补偿) — a party that carried a share of a DEFAULTED loan’s risk claims compensation' })
export class ClaimRiskCompensationInput {
  @Field(() => ID, { description: '贷款 id — a DEFAULTED loan the claimant shares the risk of' })
  @IsUUID()
  loanId!: string;

  @Field(() => RiskShareRole, { nullable: true, description: '分担角色 — default: the claimant’s own share (BANK for the lending bank)' })
  @IsOptional()
  @IsEnum(RiskShareRole)
  role?: RiskShareRole;
}

@InputType({ description: '审批 — approve an application or claim on the version read' })
export class ApproveSubsidyInput {
  @Field(() => ID, { description: '申请 id' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: '读到的版本 — a stale version is CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: '驳回 — reject an application or claim with a reason' })
export class RejectSubsidyInput extends ApproveSubsidyInput {
  @Field({ description: '驳回理由 — shown to the applicant, 2–1,000 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  reason!: string;
}

@InputType({ description: '拨付记录 — the office paid an approved application or claim' })
export class RecordSubsidyPaymentInput extends ApproveSubsidyInput {
  @Field({ description: '拨付日期 YYYY-MM-DD (Asia/Shanghai), not in the future' })
  @Matches(DATE_PATTERN, { message: 'must be a date YYYY-MM-DD' })
  paidOn!: string;

  @Field({ description: '付款凭证号 — the treasury or bank reference, 1–100 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference!: string;
}

@InputType({ description: '骗取补贴 — the office found a firm faked an application: pending ones are refused, paid ones clawed back (追回), a credit record written' })
export class MarkSubsidyFraudInput {
  @Field(() => ID, { description: '企业 id' })
  @IsUUID()
  enterpriseId!: string;

  @Field({ description: '认定理由 — 2–1,000 characters' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  reason!: string;
}

@InputType({ description: '年度预算 — what a region may grant in a year (subsidies and compensation together)' })
export class SetSubsidyBudgetInput {
  @Field(() => ID, { description: '地区 id — a region the office manages' })
  @IsUUID()
  regionId!: string;

  @Field(() => Int, { description: '年度' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => MoneyInput, { description: '预算金额' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;
}

/** The status filter every grant list takes. */
@InputType({ isAbstract: true })
export abstract class GrantFilter {
  @Field(() => [SubsidyStatus], { nullable: true, description: '状态' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(SubsidyStatus, { each: true })
  statuses?: SubsidyStatus[];
}

@InputType({ description: '补贴筛选' })
export class SubsidyFilter extends GrantFilter {
  @Field(() => ID, { nullable: true, description: '贷款 id' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @Field(() => ID, { nullable: true, description: '企业 id' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;
}

@ArgsType()
export class SubsidyApplicationsArgs extends ConnectionArgs {
  @Field(() => SubsidyFilter, { nullable: true, description: '筛选' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubsidyFilter)
  filter?: SubsidyFilter;
}
