import { ArgsType, Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, ConnectionArgs, Money, money } from '@zhirong/core';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { MatchCriterion } from '../match-engine';
import { MatchView } from '../match.service';

registerEnumType(MatchCriterion, {
  name: 'MatchCriterion',
  description: '匹配条件 — the hard checks of a need × product pair',
  valuesMap: {
    PRODUCT_ACTIVE: { description: 'Product on offer (产品在售). The product is active and today lies in its offer period' },
    AMOUNT_RANGE: { description: 'Amount range (金额区间). The amount lies within the product’s range (limits included)' },
    TERM_RANGE: { description: 'Term range (期限区间). The term lies within the product’s range (limits included)' },
    RATE: { description: 'Interest rate (利率). The firm’s highest acceptable rate is at least the product’s lowest rate' },
    BUNDLE: { description: 'Pledge bundle (质押组合). A pledge bundle is offered, and a multi-asset bundle only where the product allows bundles (组合质押)' },
    IP_TYPES: { description: 'IP types (知识产权类型). Every IP type in the bundle is accepted by the product' },
    ASSET_STATUS: { description: 'Collateral status (质押物状态). Every asset is legally valid (有效) and not pledged elsewhere (未质押)' },
    PLEDGE_RATE: { description: 'Pledge rate (质押率). Amount ≤ Σ latest valid valuation × the product’s pledge rate for the asset’s type' },
    REGION: { description: 'Region (地区). The firm lies in one of the product’s regions (none listed = everywhere)' },
    INDUSTRY: { description: 'Industry (行业). The firm’s GB/T 4754 industry falls under one of the product’s (none listed = any)' },
    FIRM_AGE: { description: 'Years in business (成立年限). The firm is at least the required number of whole years old' },
    TAGS: { description: 'Recognitions (资质). The firm holds every required recognition, e.g. 高新技术企业' },
    DISHONESTY: { description: 'Dishonesty record (失信记录). No dishonest-debtor record (失信被执行人) where the product screens for it' },
    CREDIT_RATING: { description: 'Credit rating (信用评级). The firm’s rating is the product’s minimum or better' },
    GUARANTEE: { description: 'Guarantee (担保). A guarantee the product requires is acceptable to the firm' },
    INSURANCE: { description: 'Insurance (保险). Insurance the product requires is acceptable to the firm' },
    WHITELIST: { description: 'Whitelist (白名单). A whitelist-only product is open to firms pushed to its bank' },
  },
});

@ObjectType('MatchCheck', { description: '匹配检查 — one hard check of a pair, with the numbers compared' })
export class MatchCheckObject {
  @Field(() => MatchCriterion, { description: '匹配条件 — which check' })
  criterion!: MatchCriterion;

  @Field({ description: '是否通过 — whether the pair passes it (equal to a limit passes)' })
  passed!: boolean;

  @Field({ description: '说明 — what was compared, in Chinese' })
  detail!: string;

  @Field({ description: 'Explanation — the same in English' })
  detailEn!: string;
}

@ObjectType('MatchNeed', { description: '匹配需求 — the financing need (融资需求) of a match, in brief' })
export class MatchNeedObject {
  @Field(() => ID, { description: 'Need id' })
  id!: string;

  @Field(() => ID, { description: '需求企业 id — the firm' })
  enterpriseId!: string;

  @Field(() => Money, { description: '融资金额 — amount sought' })
  amount!: Money;

  @Field(() => Int, { description: '融资期限 — term in months' })
  termMonths!: number;

  @Field(() => Int, { description: '可接受最高年利率 — highest acceptable annual rate, basis points' })
  maxRateBp!: number;
}

@ObjectType('MatchProduct', { description: '匹配产品 — the loan product (金融产品) of a match, in brief' })
export class MatchProductObject {
  @Field(() => ID, { description: 'Product id' })
  id!: string;

  @Field({ description: '产品名称 — product name' })
  name!: string;

  @Field(() => ID, { description: '发布银行 id — the bank organisation' })
  bankId!: string;

  @Field({ description: '银行名称 — the bank’s name' })
  bankName!: string;

  @Field(() => Int, { description: '最低年利率 — the product’s lowest annual rate, basis points' })
  minRateBp!: number;
}

@ObjectType('Match', { description: '匹配 — a financing need × a loan product: hard checks, a score, and what would make a failing pair pass' })
export class MatchObject {
  @Field(() => MatchNeedObject, { description: '融资需求 — the need' })
  need!: MatchNeedObject;

  @Field(() => MatchProductObject, { description: '金融产品 — the product' })
  product!: MatchProductObject;

  @Field({ description: '是否符合 — true exactly when every hard check passes' })
  eligible!: boolean;

  @Field(() => Float, {
    description: '匹配得分 — 0–100 from rate, pledge headroom, term fit, IP quality and firm signals; meaningful for eligible pairs, a ranking aid for the others',
  })
  score!: number;

  @Field(() => [MatchCriterion], { description: '未通过条件 — the checks that failed; empty when eligible' })
  failedCriteria!: MatchCriterion[];

  @Field(() => [MatchCheckObject], { description: '匹配检查 — every hard check with its numbers' })
  checks!: MatchCheckObject[];

  @Field(() => [String], { description: '改进建议 — what would make the pair pass, computed from the numbers, "中文 (English)"; empty when eligible' })
  hints!: string[];

  @Field(() => GraphQLISODateTime, { description: '计算时间 — when the ranking was computed (now for explainMatch)' })
  computedAt!: Date;

  static from(v: MatchView): MatchObject {
    return {
      need: { id: v.need.id, enterpriseId: v.need.enterpriseId, amount: money(v.need.amountFen), termMonths: v.need.termMonths, maxRateBp: v.need.maxRateBp },
      product: v.product,
      eligible: v.eligible,
      score: v.score,
      failedCriteria: v.failedCriteria,
      checks: v.checks,
      hints: v.hints,
      computedAt: v.computedAt,
    };
  }
}

@ObjectType({ description: '匹配列表 — matches ranked eligible first, then by score (Relay connection)' })
export class MatchConnection extends Connection(MatchObject, 'Match') {
  @Field({
    description: '更新中 — true while queued recomputes are still changing this ranking (many new needs, or the product was just edited): ask again in a few seconds',
  })
  refreshing!: boolean;
}

@ArgsType()
export class MatchesForNeedArgs extends ConnectionArgs {
  @Field(() => ID, { description: '融资需求 id — the need' })
  @IsUUID()
  needId!: string;

  @Field(() => Boolean, { nullable: true, description: '仅符合 — only eligible pairs (default: eligible pairs and near misses)' })
  @IsOptional()
  @IsBoolean()
  eligibleOnly?: boolean;
}

@ArgsType()
export class MatchesForProductArgs extends ConnectionArgs {
  @Field(() => ID, { description: '金融产品 id — the product' })
  @IsUUID()
  productId!: string;

  @Field(() => Boolean, { nullable: true, description: '仅符合 — only eligible pairs (default: eligible pairs and near misses)' })
  @IsOptional()
  @IsBoolean()
  eligibleOnly?: boolean;
}

@ArgsType()
export class ExplainMatchArgs {
  @Field(() => ID, { description: '融资需求 id — the need' })
  @IsUUID()
  needId!: string;

  @Field(() => ID, { description: '金融产品 id — the product' })
  @IsUUID()
  productId!: string;
}
