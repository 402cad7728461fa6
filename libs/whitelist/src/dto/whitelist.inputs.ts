import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_PAGE_SIZE, MoneyInput } from '@zhirong/core';
import { EnterpriseTag } from '@zhirong/enterprises';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ScreeningCriterion, WhitelistResponseStatus } from '../entities/whitelist.enums';

@InputType({ description: '筛选指标 — one criterion with its threshold and weight' })
export class ScreeningRuleInput {
  @Field(() => ScreeningCriterion, { description: '指标 — what is looked at' })
  @IsEnum(ScreeningCriterion)
  criterion!: ScreeningCriterion;

  @Field(() => String, {
    nullable: true,
    description:
      '门槛 — MIN_CREDIT_RATING a rating ("A"); VALID_INVENTION_PATENTS / HIGH_VALUE_PATENTS / LOCAL_CONTRIBUTION a count; TOTAL_VALUATION fen ("500000000"); REVENUE_GROWTH basis points; TAGS comma-separated tags; NO_DISHONESTY none',
  })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  threshold?: string | null;

  @Field(() => Int, { description: '权重 — weight in the score, 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  weight!: number;

  @Field({ description: '必备 — a firm failing it is excluded whatever its score' })
  @IsBoolean()
  required!: boolean;
}

@InputType({ description: '定义筛选规则 — an office sets the screening rules of its region (a new version each time)' })
export class DefineScreeningRulesInput {
  @Field(() => [ScreeningRuleInput], { description: '指标 — 1–20 criteria' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScreeningRuleInput)
  criteria!: ScreeningRuleInput[];

  @Field(() => Int, { description: '入围分数 — the score (0–100) a firm needs' })
  @IsInt()
  @Min(0)
  @Max(100)
  minScore!: number;
}

@InputType({ description: '运行白名单筛选 — screen the firms of the office’s region into a new draft batch' })
export class RunWhitelistScreeningInput {
  @Field(() => ID, { nullable: true, description: '规则版本 — a rule set of the office’s region; the newest by default' })
  @IsOptional()
  @IsUUID()
  ruleSetId?: string;
}

@InputType({ description: '推荐企业 — a park, lower office or bank proposes a firm for a higher office’s next batch' })
export class NominateWhitelistFirmInput {
  @Field(() => ID, { description: '企业 — the firm' })
  @IsUUID()
  enterpriseId!: string;

  @Field(() => ID, { nullable: true, description: '目标机构 — the office meant to take it; any office above the firm by default' })
  @IsOptional()
  @IsUUID()
  officeId?: string;

  @Field({ description: '推荐理由 — why, 1–500 characters' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

@InputType({ description: '人工调整 — add or remove one firm of a draft batch, with a reason' })
export class WhitelistEntryChangeInput {
  @Field(() => ID, { description: '批次 — a draft batch' })
  @IsUUID()
  batchId!: string;

  @Field(() => ID, { description: '企业 — the firm' })
  @IsUUID()
  enterpriseId!: string;

  @Field({ description: '理由 — why, 1–500 characters' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

@InputType({ description: '银行反馈 — a bank answers on a firm pushed to it' })
export class WhitelistResponseInput {
  @Field(() => ID, { description: '企业 — a firm pushed to your bank' })
  @IsUUID()
  enterpriseId!: string;

  @Field(() => WhitelistResponseStatus, { description: '反馈 — the answer' })
  @IsEnum(WhitelistResponseStatus)
  status!: WhitelistResponseStatus;

  @Field(() => MoneyInput, { nullable: true, description: '授信额度 — required with CREDIT_LINE_OFFERED' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  creditLine?: MoneyInput | null;

  @Field(() => String, { nullable: true, description: '原因/说明 — required with DECLINED; up to 1000 characters' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  reason?: string | null;

  @Field({ nullable: true, defaultValue: false, description: '向企业展示原因 — let the firm read the decline reason' })
  @IsOptional()
  @IsBoolean()
  shareReasonWithFirm?: boolean;
}

@InputType({ description: '白名单企业筛选 — all given conditions must hold' })
export class WhitelistedFirmFilter {
  @Field(() => [EnterpriseTag], { nullable: true, description: '资质标签 — firms holding all of these' })
  @IsOptional()
  @IsEnum(EnterpriseTag, { each: true })
  tags?: EnterpriseTag[];

  @Field(() => String, { nullable: true, description: '行业 — GB/T 4754 section or division prefix, e.g. C or C39' })
  @IsOptional()
  @IsString()
  @Length(1, 3)
  industryCode?: string;

  @Field(() => ID, { nullable: true, description: '地区 — firms of this region’s subtree' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field(() => MoneyInput, { nullable: true, description: '最低评估总值 — total latest valid valuation at least this' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  minValuation?: MoneyInput;

  @Field({ nullable: true, description: '有开放融资需求 — true: only firms with an open need; false: only without' })
  @IsOptional()
  @IsBoolean()
  hasOpenNeed?: boolean;

  @Field(() => WhitelistResponseStatus, { nullable: true, description: '反馈状态 — your bank’s newest answer (banks only)' })
  @IsOptional()
  @IsEnum(WhitelistResponseStatus)
  responseStatus?: WhitelistResponseStatus;

  @Field({ nullable: true, description: '未反馈 — true: only firms your bank has not answered yet (banks only)' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean;

  @Field(() => ID, { nullable: true, description: '企业 — only this firm (a bank’s firm page: its push and your answer)' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;
}

@InputType({ description: '反馈筛选 — all given conditions must hold' })
export class WhitelistResponseFilter {
  @Field(() => ID, { nullable: true, description: '企业 — answers on this firm' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @Field(() => ID, { nullable: true, description: '银行 — answers of this bank' })
  @IsOptional()
  @IsUUID()
  bankId?: string;

  @Field(() => WhitelistResponseStatus, { nullable: true, description: '反馈 — this answer' })
  @IsOptional()
  @IsEnum(WhitelistResponseStatus)
  status?: WhitelistResponseStatus;

  @Field({ nullable: true, defaultValue: true, description: '仅最新 — only each bank’s newest answer per firm (default); false for the whole history' })
  @IsOptional()
  @IsBoolean()
  latestOnly?: boolean;
}

/** A batch can hold every firm of a city; its entries come a page at a time, ranked. */
@ArgsType()
export class WhitelistEntryPageArgs {
  @Field({ nullable: true, defaultValue: false, description: '仅入选 — only the firms included in the batch' })
  @IsOptional()
  @IsBoolean()
  includedOnly?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: MAX_PAGE_SIZE, description: `条数 — how many entries, 1–${MAX_PAGE_SIZE} (default ${MAX_PAGE_SIZE})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: '跳过 — entries to skip in rank order (a published batch never changes, so offsets are stable)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset?: number;
}
