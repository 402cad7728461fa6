import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Money, money } from '@zhirong/core';
import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { IpType } from '@zhirong/ip-assets';
import { LoanProduct, LoanProductStatus } from '../entities/loan-product.entity';
import { pledgeRatesToEntries } from '../loan-product.rules';

registerEnumType(LoanProductStatus, {
  name: 'LoanProductStatus',
  description: '产品状态 — where a loan product stands',
  valuesMap: {
    DRAFT: { description: 'Draft (草稿). Being prepared; only its bank and the platform see it' },
    ACTIVE: { description: 'On offer (已上架). In the product library (产品资源库), seen by everyone signed in' },
    ARCHIVED: { description: 'Withdrawn (已下架). Withdrawn for good, kept for history' },
  },
});

@ObjectType({ description: '贷款金额区间 — the smallest and largest amount the product lends' })
export class LoanProductAmountRange {
  @Field(() => Money, { description: '最低金额 — smallest loan' })
  min!: Money;

  @Field(() => Money, { description: '最高金额 — largest loan' })
  max!: Money;
}

@ObjectType({ description: '贷款期限区间 — the shortest and longest term, in months' })
export class LoanProductTermRange {
  @Field(() => Int, { description: '最短期限 — shortest term in months' })
  minMonths!: number;

  @Field(() => Int, { description: '最长期限 — longest term in months' })
  maxMonths!: number;
}

@ObjectType({ description: '年利率区间 — the annual interest rate range in basis points (350 = 3.50%)' })
export class LoanProductRateRange {
  @Field(() => Int, { description: '最低年利率 — lowest annual rate, basis points' })
  minBp!: number;

  @Field(() => Int, { description: '最高年利率 — highest annual rate, basis points' })
  maxBp!: number;
}

@ObjectType({ description: '质押率 — the largest loan per unit of appraised value for one IP type (max loan / appraised value)' })
export class PledgeRate {
  @Field(() => IpType, { description: '知识产权类型 — the IP type' })
  ipType!: IpType;

  @Field(() => Int, { description: '质押率 — basis points of the appraised value, e.g. 2500 = 25%' })
  rateBp!: number;
}

@ObjectType('LoanProduct', { description: '金融产品 — a bank’s IP-pledge loan product; all products form the product library 产品资源库' })
export class LoanProductObject {
  @Field(() => ID, { description: 'Product id' })
  id!: string;

  @Field(() => ID, { description: '发布银行 id — the bank organisation that offers it' })
  bankId!: string;

  @Field({ description: '产品名称 — name (at most 200 characters)' })
  name!: string;

  @Field({ description: '产品介绍 — description (at most 5000 characters)' })
  description!: string;

  @Field(() => LoanProductAmountRange, { description: '贷款金额区间 — amount range' })
  amountRange!: LoanProductAmountRange;

  @Field(() => LoanProductTermRange, { description: '贷款期限区间 — term range in months' })
  termRange!: LoanProductTermRange;

  @Field(() => LoanProductRateRange, { description: '年利率区间 — annual rate range in basis points' })
  rateRange!: LoanProductRateRange;

  @Field(() => [IpType], { description: '可接受的知识产权类型 — IP types the product takes as pledge' })
  acceptedIpTypes!: IpType[];

  @Field(() => [PledgeRate], { description: '质押率 — one pledge rate per accepted IP type' })
  pledgeRates!: PledgeRate[];

  @Field(() => [String], { description: '适用地区路径 — region paths the product is offered in (with their subtrees); empty means everywhere' })
  regionPaths!: string[];

  @Field(() => [String], { description: '适用行业 — GB/T 4754 sections or divisions (C, C39); empty means any industry' })
  industries!: string[];

  @Field(() => Int, { description: '最低成立年限 — the firm must be at least this many years old' })
  minFirmAgeYears!: number;

  @Field(() => [EnterpriseTag], { description: '资质要求 — tags the firm must hold, e.g. 高新技术企业' })
  requiredTags!: EnterpriseTag[];

  @Field({ description: '无失信记录 — the firm must not be on the dishonest-debtor list (失信被执行人)' })
  requiresNoDishonesty!: boolean;

  @Field(() => CreditRating, { nullable: true, description: '最低信用评级 — lowest credit grade accepted; null for none' })
  minCreditRating!: CreditRating | null;

  @Field({ description: '需担保 — a guarantee (担保) is required' })
  guaranteeRequired!: boolean;

  @Field({ description: '需保险 — IP pledge insurance (保险) is required' })
  insuranceRequired!: boolean;

  @Field({ description: '仅限白名单 — only for firms an office pushed to this bank in a whitelist (白名单)' })
  whitelistOnly!: boolean;

  @Field({ description: '可组合质押 — a bundle of several assets (打包/组合质押) is accepted' })
  bundleAllowed!: boolean;

  @Field(() => String, { nullable: true, description: '批次包 — the batch package the product belongs to, if any' })
  batchPackage!: string | null;

  @Field(() => LoanProductStatus, { description: '产品状态 — status' })
  status!: LoanProductStatus;

  @Field({ description: '生效日期 — first day on offer, YYYY-MM-DD (Asia/Shanghai)' })
  activeFrom!: string;

  @Field(() => String, { nullable: true, description: '截止日期 — last day on offer, YYYY-MM-DD; null for open-ended' })
  activeUntil!: string | null;

  @Field(() => GraphQLISODateTime, { description: '创建时间 — when it was created' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '更新时间 — when it last changed' })
  updatedAt!: Date;

  static from(p: LoanProduct): LoanProductObject {
    return {
      id: p.id,
      bankId: p.bankOrganizationId,
      name: p.name,
      description: p.description,
      amountRange: { min: money(p.minAmountFen), max: money(p.maxAmountFen) },
      termRange: { minMonths: p.minTermMonths, maxMonths: p.maxTermMonths },
      rateRange: { minBp: p.minRateBp, maxBp: p.maxRateBp },
      acceptedIpTypes: p.acceptedIpTypes,
      pledgeRates: pledgeRatesToEntries(p.pledgeRates, p.acceptedIpTypes),
      regionPaths: p.regionPaths,
      industries: p.industries,
      minFirmAgeYears: p.minFirmAgeYears,
      requiredTags: p.requiredTags,
      requiresNoDishonesty: p.requiresNoDishonesty,
      minCreditRating: p.minCreditRating,
      guaranteeRequired: p.guaranteeRequired,
      insuranceRequired: p.insuranceRequired,
      whitelistOnly: p.whitelistOnly,
      bundleAllowed: p.bundleAllowed,
      batchPackage: p.batchPackage,
      status: p.status,
      activeFrom: p.activeFrom,
      activeUntil: p.activeUntil,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  }
}

@ObjectType({ description: '金融产品列表 — a page of loan products (Relay connection)' })
export class LoanProductConnection extends Connection(LoanProductObject, 'LoanProduct') {}
