import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, Money } from '@zhirong/core';
import { IpType } from '@zhirong/ip-assets';
import { MatchCriterion } from '@zhirong/matching';
import { NeedInterestStatus } from '../entities/need-interest.entity';

@ObjectType('NeedInterest', { description: '需求意向 — a bank’s interest in a published need, and the firm’s answer' })
export class NeedInterestObject {
  @Field(() => ID, { description: '意向 id' })
  id!: string;

  @Field(() => ID, { description: '需求 id — the need; a bank reads it in full (financingNeed) only once the firm accepted' })
  needId!: string;

  @Field(() => ID, { description: '银行 id — the interested bank' })
  bankId!: string;

  @Field({ description: '银行名称 — the interested bank' })
  bankName!: string;

  @Field(() => ID, { description: '产品 id — the bank’s product the need matched' })
  productId!: string;

  @Field({ description: '产品名称' })
  productName!: string;

  @Field(() => String, { nullable: true, description: '银行留言 — the bank’s note to the firm' })
  message!: string | null;

  @Field(() => NeedInterestStatus, { description: '状态' })
  status!: NeedInterestStatus;

  @Field(() => String, { nullable: true, description: '企业答复 — the firm’s note with its answer' })
  responseNote!: string | null;

  @Field(() => GraphQLISODateTime, { description: '表达时间 — when the bank took interest' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '答复时间 — when the firm answered' })
  respondedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '结束时间 — when it stopped holding (declined, withdrawn, closed)' })
  closedAt!: Date | null;
}

@ObjectType({ description: '需求意向列表 (Relay connection)' })
export class NeedInterestConnection extends Connection(NeedInterestObject, 'NeedInterest') {}

@ObjectType('PublishedNeedCheck', { description: '匹配检查 — one hard check of the pair, passed or not; the numbers compared stay with the firm until it consents' })
export class PublishedNeedCheckObject {
  @Field(() => MatchCriterion, { description: '匹配条件' })
  criterion!: MatchCriterion;

  @Field({ description: '是否通过' })
  passed!: boolean;
}

@ObjectType('PublishedNeedMatch', { description: '最佳匹配 — the best of your products for the need, evaluated now' })
export class PublishedNeedMatchObject {
  @Field(() => ID, { description: '我行产品 id' })
  productId!: string;

  @Field({ description: '产品名称' })
  productName!: string;

  @Field({ description: '是否符合 — every hard check passes now' })
  eligible!: boolean;

  @Field(() => Float, { description: '匹配得分 — 0–100' })
  score!: number;

  @Field(() => [PublishedNeedCheckObject], { description: '匹配检查 — every hard check, without the facts compared' })
  checks!: PublishedNeedCheckObject[];
}

@ObjectType('PublishedNeed', {
  description:
    '需求库项目 — a need its firm published to banks, anonymised: no name, credit code, purpose, contacts or figures that point at one firm; accept of your interest opens the firm to your bank',
})
export class PublishedNeedObject {
  @Field(() => ID, { description: '需求 id — for expressInterestInNeed' })
  id!: string;

  @Field(() => Money, { description: '融资金额' })
  amount!: Money;

  @Field(() => Int, { description: '融资期限 — months' })
  termMonths!: number;

  @Field(() => Int, { description: '可接受最高年利率 — basis points' })
  maxRateBp!: number;

  @Field(() => [IpType], { description: '质押知识产权类型 — the IP types in the offered pledge bundle' })
  ipTypes!: IpType[];

  @Field(() => Int, { description: '质押物数量 — how many assets the bundle holds' })
  assetCount!: number;

  @Field({ description: '接受担保' })
  guaranteeAcceptable!: boolean;

  @Field({ description: '接受保险' })
  insuranceAcceptable!: boolean;

  @Field({ description: '行业门类 — the GB/T 4754 section letter, e.g. C' })
  industrySection!: string;

  @Field(() => String, { nullable: true, description: '门类名称 — e.g. 制造业' })
  industrySectionName!: string | null;

  @Field(() => ID, { description: '城市 id — the firm’s city (a municipality or province where no city lies between)' })
  cityRegionId!: string;

  @Field({ description: '城市 — e.g. 上海市, 信阳市' })
  cityName!: string;

  @Field(() => GraphQLISODateTime, { description: '发布时间 — when the firm published it to banks' })
  publishedAt!: Date;

  @Field(() => PublishedNeedMatchObject, { nullable: true, description: '最佳匹配 — your best matching product; null when its facts are gone' })
  match!: PublishedNeedMatchObject | null;

  @Field(() => NeedInterestObject, { nullable: true, description: '我行意向 — your bank’s open or latest interest in it' })
  myInterest!: NeedInterestObject | null;
}

@ObjectType({ description: '融资项目需求库 — published needs matching your products, newest first (Relay connection)' })
export class PublishedNeedConnection extends Connection(PublishedNeedObject, 'PublishedNeed') {}
