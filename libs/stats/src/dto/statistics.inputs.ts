import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { StatisticsGroupBy, StatisticsSource } from './statistics.enums';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'must be a month written YYYY-MM, e.g. 2026-03';

@InputType({ description: '统计条件 — which loans to count: a range of months and optional narrowing' })
export class StatisticsFilter {
  @Field({ description: '起始月 — first month, YYYY-MM (loans disbursed from its first day)' })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  from!: string;

  @Field({ description: '截止月 — last month, YYYY-MM, inclusive (balances are as at its last day); at most 60 months after `from`' })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  to!: string;

  @Field(() => ID, { nullable: true, description: '地区 — the region and its whole subtree (the firm’s region at approval)' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field(() => ID, { nullable: true, description: '园区 — loans to firms of this park' })
  @IsOptional()
  @IsUUID()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: '银行 — loans of this bank (organisation id)' })
  @IsOptional()
  @IsUUID()
  bankId?: string;

  @Field(() => ID, { nullable: true, description: '产品 — loans under this product' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @Field(() => ID, { nullable: true, description: '对接活动 — loans that came from this matchmaking event' })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @Field(() => StatisticsGroupBy, { nullable: true, description: '统计维度 — break the figures down; without it only the totals' })
  @IsOptional()
  @IsEnum(StatisticsGroupBy)
  groupBy?: StatisticsGroupBy;

  @Field(() => StatisticsSource, {
    nullable: true,
    description: '数据来源 — MATERIALISED_VIEW (default: fast, as of the last refresh, see asOf) or BASE_TABLES (computed now from the loan tables)',
  })
  @IsOptional()
  @IsEnum(StatisticsSource)
  source?: StatisticsSource;
}
