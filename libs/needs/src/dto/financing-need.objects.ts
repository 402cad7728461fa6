import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Money, money } from '@zhirong/core';
import { FinancingNeed, FinancingNeedStatus } from '../entities/financing-need.entity';

registerEnumType(FinancingNeedStatus, {
  name: 'FinancingNeedStatus',
  description: '需求状态 — where a financing need stands',
  valuesMap: {
    OPEN: { description: 'Open (征集中). Open to banks; the only status in which it can change' },
    MATCHED: { description: 'Matched (已对接). A bank has taken it up' },
    FUNDED: { description: 'Funded (已放款). A loan was disbursed for it' },
    WITHDRAWN: { description: 'Withdrawn (已撤回). Withdrawn by the firm or on its behalf' },
    EXPIRED: { description: 'Expired (已过期). Lapsed without a loan' },
  },
});

@ObjectType({ description: '需求企业 — the firm a financing need belongs to (id and name)' })
export class FinancingNeedEnterprise {
  @Field(() => ID, { description: 'Enterprise id' })
  id!: string;

  @Field({ description: '企业名称 — registered name' })
  name!: string;
}

@ObjectType('FinancingNeed', { description: '融资需求 — what a firm wants to borrow and what it offers; all needs form the project library 融资项目需求库' })
export class FinancingNeedObject {
  @Field(() => ID, { description: 'Need id' })
  id!: string;

  @Field(() => ID, { description: '需求企业 id — the firm that needs the money' })
  enterpriseId!: string;

  @Field({ description: '地区路径 — the firm’s region path when the need was posted, e.g. 310000/310112' })
  regionPath!: string;

  @Field(() => Money, { description: '融资金额 — amount sought' })
  amount!: Money;

  @Field(() => Int, { description: '融资期限 — term in months' })
  termMonths!: number;

  @Field({ description: '资金用途 — what the money is for (at most 500 characters)' })
  purpose!: string;

  @Field(() => Int, { description: '可接受最高年利率 — highest annual rate accepted, basis points (450 = 4.50%)' })
  maxRateBp!: number;

  @Field(() => ID, { nullable: true, description: '质押组合 — the pledge bundle (打包/组合质押) offered; null when none is named yet' })
  bundleId!: string | null;

  @Field({ description: '接受担保 — a guarantee (担保) is acceptable' })
  guaranteeAcceptable!: boolean;

  @Field({ description: '接受保险 — IP pledge insurance (保险) is acceptable' })
  insuranceAcceptable!: boolean;

  @Field(() => FinancingNeedStatus, { description: '需求状态 — status' })
  status!: FinancingNeedStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '发布至需求库 — when the firm published it to banks (anonymised, 融资项目需求库); null while it is not' })
  publishedToBanksAt!: Date | null;

  /** Resolved through a request loader as `createdBy`. */
  createdByOrganizationId!: string;

  @Field(() => GraphQLISODateTime, { description: '发布时间 — when it was posted' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '更新时间 — when it last changed' })
  updatedAt!: Date;

  static from(n: FinancingNeed): FinancingNeedObject {
    return {
      id: n.id,
      enterpriseId: n.enterpriseId,
      regionPath: n.regionPath,
      amount: money(n.amountFen),
      termMonths: n.termMonths,
      purpose: n.purpose,
      maxRateBp: n.maxRateBp,
      bundleId: n.bundleId,
      guaranteeAcceptable: n.guaranteeAcceptable,
      insuranceAcceptable: n.insuranceAcceptable,
      status: n.status,
      publishedToBanksAt: n.publishedToBanksAt,
      createdByOrganizationId: n.createdByOrganizationId,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    };
  }
}

@ObjectType({ description: '融资需求列表 — a page of financing needs (Relay connection)' })
export class FinancingNeedConnection extends Connection(FinancingNeedObject, 'FinancingNeed') {}
