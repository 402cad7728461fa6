import { Field, ID, InputType, Int, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { MoneyInput, Sort } from '@zhirong/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { FinancingNeedStatus } from '../entities/financing-need.entity';
import { NEED_LIMITS } from '../financing-need.rules';

const { termMonths, rateBp } = NEED_LIMITS;

@InputType({ description: '发布融资需求 — a firm posts a need, or an office or service window posts it on the firm’s behalf' })
export class CreateFinancingNeedInput {
  @Field(() => ID, { nullable: true, description: '需求企业 — the firm; a firm user may leave it out to post for its own enterprise' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @Field(() => MoneyInput, { description: '融资金额 — more than zero, at most ¥1,000,000,000' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => Int, { description: `融资期限 — term in months, ${termMonths.min}–${termMonths.max}` })
  @IsInt()
  @Min(termMonths.min)
  @Max(termMonths.max)
  termMonths!: number;

  @Field({ description: `资金用途 — what the money is for, 1–${NEED_LIMITS.purposeLength} characters` })
  @IsString()
  @Length(1, NEED_LIMITS.purposeLength)
  purpose!: string;

  @Field(() => Int, { description: `可接受最高年利率 — highest annual rate accepted, basis points, ${rateBp.min}–${rateBp.max}` })
  @IsInt()
  @Min(rateBp.min)
  @Max(rateBp.max)
  maxRateBp!: number;

  @Field(() => ID, { nullable: true, description: '质押组合 — a pledge bundle of the same firm; null for none' })
  @IsOptional()
  @IsUUID()
  bundleId?: string | null;

  @Field({ nullable: true, description: '接受担保 — a guarantee is acceptable (default false)' })
  @IsOptional()
  @IsBoolean()
  guaranteeAcceptable?: boolean;

  @Field({ nullable: true, description: '接受保险 — insurance is acceptable (default false)' })
  @IsOptional()
  @IsBoolean()
  insuranceAcceptable?: boolean;
}

@InputType({ description: '修改融资需求 — change an open need; omitted fields stay as they are, bundleId: null removes the bundle' })
export class UpdateFinancingNeedInput extends PartialType(OmitType(CreateFinancingNeedInput, ['enterpriseId'] as const), InputType) {}

/** The amount and term bounds both the project library and the banks' need library filter by. */
@InputType({ isAbstract: true })
export class NeedTermsFilter {
  @Field(() => MoneyInput, { nullable: true, description: '最低金额 — amount at least this' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  minAmount?: MoneyInput;

  @Field(() => MoneyInput, { nullable: true, description: '最高金额 — amount at most this' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  maxAmount?: MoneyInput;

  @Field(() => Int, { nullable: true, description: '最短期限 — term at least this many months' })
  @IsOptional()
  @IsInt()
  @Min(termMonths.min)
  @Max(termMonths.max)
  minTermMonths?: number;

  @Field(() => Int, { nullable: true, description: '最长期限 — term at most this many months' })
  @IsOptional()
  @IsInt()
  @Min(termMonths.min)
  @Max(termMonths.max)
  maxTermMonths?: number;
}

@InputType({ description: '融资需求筛选 — filters of the project library; all given filters must hold' })
export class FinancingNeedFilter extends NeedTermsFilter {
  @Field(() => ID, { nullable: true, description: '需求企业 — needs of this firm' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @Field(() => FinancingNeedStatus, { nullable: true, description: '需求状态 — needs in this status' })
  @IsOptional()
  @IsEnum(FinancingNeedStatus)
  status?: FinancingNeedStatus;

  @Field(() => ID, { nullable: true, description: '地区 — needs of firms in this region or below it' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field({ nullable: true, description: '有质押组合 — needs that do (true) or do not (false) offer a pledge bundle' })
  @IsOptional()
  @IsBoolean()
  hasBundle?: boolean;
}

export enum FinancingNeedSortField {
  AMOUNT = 'AMOUNT',
  TERM_MONTHS = 'TERM_MONTHS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(FinancingNeedSortField, {
  name: 'FinancingNeedSortField',
  description: '融资需求排序字段 — what the project library is ordered by',
  valuesMap: {
    AMOUNT: { description: 'Amount (金额). The amount sought' },
    TERM_MONTHS: { description: 'Term (期限). In months' },
    CREATED_AT: { description: 'Posted (发布时间). When the need was posted' },
  },
});

@InputType({ description: '融资需求排序 — sort order of the project library; ties are broken by id' })
export class FinancingNeedSort extends Sort(FinancingNeedSortField, FinancingNeedSortField.CREATED_AT) {}
