import { Field, ID, InputType, Int, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { MoneyInput, Sort } from '@zhirong/core';
import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { IpType } from '@zhirong/ip-assets';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LoanProductStatus } from '../entities/loan-product.entity';
import { ISO_DATE_PATTERN, PRODUCT_LIMITS } from '../loan-product.rules';

const INDUSTRY_PATTERN = /^[A-T](\d{2})?$/;
const { termMonths, rateBp, pledgeRateBp, firmAgeYears } = PRODUCT_LIMITS;

@InputType({ description: '质押率 — the pledge rate offered for one accepted IP type' })
export class PledgeRateInput {
  @Field(() => IpType, { description: '知识产权类型 — one of the accepted IP types' })
  @IsEnum(IpType)
  ipType!: IpType;

  @Field(() => Int, { description: `质押率 — basis points of appraised value, ${pledgeRateBp.min}–${pledgeRateBp.max} (2500 = 25%)` })
  @IsInt()
  @Min(pledgeRateBp.min)
  @Max(pledgeRateBp.max)
  rateBp!: number;
}

@InputType({ description: '发布金融产品 — a bank publishes an IP-pledge loan product' })
export class CreateLoanProductInput {
  @Field(() => ID, { nullable: true, description: '发布银行 — only the platform administrator names the bank; a bank officer always publishes for their own bank' })
  @IsOptional()
  @IsUUID()
  bankOrganizationId?: string;

  @Field({ description: `产品名称 — name, 1–${PRODUCT_LIMITS.nameLength} characters` })
  @IsString()
  @Length(1, PRODUCT_LIMITS.nameLength)
  name!: string;

  @Field({ nullable: true, description: `产品介绍 — description, at most ${PRODUCT_LIMITS.descriptionLength} characters` })
  @IsOptional()
  @IsString()
  @MaxLength(PRODUCT_LIMITS.descriptionLength)
  description?: string;

  @Field(() => MoneyInput, { description: '最低金额 — smallest loan, more than zero' })
  @ValidateNested()
  @Type(() => MoneyInput)
  minAmount!: MoneyInput;

  @Field(() => MoneyInput, { description: '最高金额 — largest loan, at least the smallest' })
  @ValidateNested()
  @Type(() => MoneyInput)
  maxAmount!: MoneyInput;

  @Field(() => Int, { description: `最短期限 — shortest term in months, ${termMonths.min}–${termMonths.max}` })
  @IsInt()
  @Min(termMonths.min)
  @Max(termMonths.max)
  minTermMonths!: number;

  @Field(() => Int, { description: `最长期限 — longest term in months, ${termMonths.min}–${termMonths.max}, at least the shortest` })
  @IsInt()
  @Min(termMonths.min)
  @Max(termMonths.max)
  maxTermMonths!: number;

  @Field(() => Int, { description: `最低年利率 — lowest annual rate in basis points, ${rateBp.min}–${rateBp.max}` })
  @IsInt()
  @Min(rateBp.min)
  @Max(rateBp.max)
  minRateBp!: number;

  @Field(() => Int, { description: `最高年利率 — highest annual rate in basis points, ${rateBp.min}–${rateBp.max}, at least the lowest` })
  @IsInt()
  @Min(rateBp.min)
  @Max(rateBp.max)
  maxRateBp!: number;

  @Field(() => [IpType], { description: '可接受的知识产权类型 — at least one IP type' })
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(IpType).length)
  @IsEnum(IpType, { each: true })
  acceptedIpTypes!: IpType[];

  @Field(() => [PledgeRateInput], { description: '质押率 — exactly one per accepted IP type, none for others' })
  @ArrayMaxSize(Object.keys(IpType).length)
  @ValidateNested({ each: true })
  @Type(() => PledgeRateInput)
  pledgeRates!: PledgeRateInput[];

  @Field(() => [ID], { nullable: true, description: `适用地区 — regions (with their subtrees) the product is offered in, at most ${PRODUCT_LIMITS.regions}; empty for everywhere` })
  @IsOptional()
  @ArrayMaxSize(PRODUCT_LIMITS.regions)
  @IsUUID(undefined, { each: true })
  regionIds?: string[];

  @Field(() => [String], { nullable: true, description: `适用行业 — GB/T 4754 sections or divisions (C, C39), at most ${PRODUCT_LIMITS.industries}; empty for any` })
  @IsOptional()
  @ArrayMaxSize(PRODUCT_LIMITS.industries)
  @Matches(INDUSTRY_PATTERN, { each: true, message: 'must be a GB/T 4754 section or division, e.g. C or C39' })
  industries?: string[];

  @Field(() => Int, { nullable: true, description: `最低成立年限 — minimum firm age in years, ${firmAgeYears.min}–${firmAgeYears.max} (default 0)` })
  @IsOptional()
  @IsInt()
  @Min(firmAgeYears.min)
  @Max(firmAgeYears.max)
  minFirmAgeYears?: number;

  @Field(() => [EnterpriseTag], { nullable: true, description: '资质要求 — tags the firm must hold' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EnterpriseTag).length)
  @IsEnum(EnterpriseTag, { each: true })
  requiredTags?: EnterpriseTag[];

  @Field({ nullable: true, description: '无失信记录 — refuse firms on the dishonest-debtor list (default true)' })
  @IsOptional()
  @IsBoolean()
  requiresNoDishonesty?: boolean;

  @Field(() => CreditRating, { nullable: true, description: '最低信用评级 — lowest credit grade accepted; null for none' })
  @IsOptional()
  @IsEnum(CreditRating)
  minCreditRating?: CreditRating | null;

  @Field({ nullable: true, description: '需担保 — a guarantee is required (default false)' })
  @IsOptional()
  @IsBoolean()
  guaranteeRequired?: boolean;

  @Field({ nullable: true, description: '需保险 — insurance is required (default false)' })
  @IsOptional()
  @IsBoolean()
  insuranceRequired?: boolean;

  @Field({ nullable: true, description: '仅限白名单 — only for whitelisted firms pushed to this bank (default false)' })
  @IsOptional()
  @IsBoolean()
  whitelistOnly?: boolean;

  @Field({ nullable: true, description: '可组合质押 — bundles of several assets accepted (default true)' })
  @IsOptional()
  @IsBoolean()
  bundleAllowed?: boolean;

  @Field(() => String, { nullable: true, description: `批次包 — batch package name, 1–${PRODUCT_LIMITS.batchPackageLength} characters; null for none` })
  @IsOptional()
  @IsString()
  @Length(1, PRODUCT_LIMITS.batchPackageLength)
  batchPackage?: string | null;

  @Field(() => LoanProductStatus, { nullable: true, description: '产品状态 — DRAFT or ACTIVE (default ACTIVE); archive with archiveLoanProduct' })
  @IsOptional()
  @IsIn([LoanProductStatus.DRAFT, LoanProductStatus.ACTIVE], { message: 'must be DRAFT or ACTIVE; use archiveLoanProduct to archive' })
  status?: LoanProductStatus;

  @Field(() => String, { nullable: true, description: '生效日期 — first day on offer, YYYY-MM-DD (default today, Asia/Shanghai)' })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'must be a date written YYYY-MM-DD' })
  activeFrom?: string;

  @Field(() => String, { nullable: true, description: '截止日期 — last day on offer, YYYY-MM-DD, after activeFrom; null for open-ended' })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'must be a date written YYYY-MM-DD' })
  activeUntil?: string | null;
}

@InputType({
  description: '修改金融产品 — change a product; omitted fields stay as they are, null clears a nullable field (minCreditRating, batchPackage, activeUntil)',
})
export class UpdateLoanProductInput extends PartialType(OmitType(CreateLoanProductInput, ['bankOrganizationId'] as const), InputType) {}

@InputType({ description: '金融产品筛选 — filters of the product library; all given filters must hold' })
export class LoanProductFilter {
  @Field(() => ID, { nullable: true, description: '发布银行 — products of this bank' })
  @IsOptional()
  @IsUUID()
  bankId?: string;

  @Field(() => IpType, { nullable: true, description: '知识产权类型 — products accepting this IP type' })
  @IsOptional()
  @IsEnum(IpType)
  ipType?: IpType;

  @Field(() => MoneyInput, { nullable: true, description: '贷款金额 — products whose amount range contains this amount' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  amount?: MoneyInput;

  @Field(() => Int, { nullable: true, description: '贷款期限 — products whose term range contains this many months' })
  @IsOptional()
  @IsInt()
  @Min(termMonths.min)
  @Max(termMonths.max)
  termMonths?: number;

  @Field(() => ID, { nullable: true, description: '地区 — products offered in this region (a covering region or everywhere)' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field({ nullable: true, description: '行业 — products open to this GB/T 4754 code (C39 matches products for C39, for C, or for any industry)' })
  @IsOptional()
  @Matches(INDUSTRY_PATTERN, { message: 'must be a GB/T 4754 section or division, e.g. C or C39' })
  industry?: string;

  @Field({ nullable: true, description: '仅限白名单 — products that are (true) or are not (false) whitelist-only' })
  @IsOptional()
  @IsBoolean()
  whitelistOnly?: boolean;

  @Field({ nullable: true, description: '需担保 — products that do (true) or do not (false) require a guarantee' })
  @IsOptional()
  @IsBoolean()
  guaranteeRequired?: boolean;

  @Field(() => LoanProductStatus, { nullable: true, description: '产品状态 — within what you may see (others’ drafts never show)' })
  @IsOptional()
  @IsEnum(LoanProductStatus)
  status?: LoanProductStatus;

  @Field(() => String, { nullable: true, description: '有效日期 — products on offer on this day, YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'must be a date written YYYY-MM-DD' })
  activeOn?: string;

  @Field({ nullable: true, description: '名称包含 — name contains this text, case-insensitive (at most 200 characters)' })
  @IsOptional()
  @IsString()
  @Length(1, PRODUCT_LIMITS.nameLength)
  nameContains?: string;
}

export enum LoanProductSortField {
  MIN_RATE = 'MIN_RATE',
  MAX_AMOUNT = 'MAX_AMOUNT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(LoanProductSortField, {
  name: 'LoanProductSortField',
  description: '金融产品排序字段 — what the product library is ordered by',
  valuesMap: {
    MIN_RATE: { description: 'Lowest rate (最低利率). The lowest annual rate' },
    MAX_AMOUNT: { description: 'Largest amount (最高金额). The largest amount lent' },
    CREATED_AT: { description: 'Created (发布时间). When the product was created' },
  },
});

@InputType({ description: '金融产品排序 — sort order of the product library; ties are broken by id' })
export class LoanProductSort extends Sort(LoanProductSortField, LoanProductSortField.CREATED_AT) {}
