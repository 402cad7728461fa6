import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '@zhirong/core';
import { StatisticsGroupBy, StatisticsSource } from './statistics.enums';

@ObjectType({ description: '融资指标 — the loan figures of one period (and one group)' })
export class FinancingFigures {
  @Field(() => Int, { description: '新增贷款笔数 — loans disbursed in the period' })
  newLoanCount!: number;

  @Field(() => Money, { description: '新增贷款金额 — principal disbursed in the period' })
  newLoanAmount!: Money;

  @Field(() => Int, { description: '新增贷款户数 — distinct firms with a loan disbursed in the period' })
  customers!: number;

  @Field(() => Money, { description: '贷款余额 — outstanding principal at the end of the period: principal disbursed by then less principal repaid by then' })
  balance!: Money;

  @Field(() => Money, { description: '不良贷款余额 — outstanding principal (as for balance) of loans moved to DEFAULTED on or before the end of the period' })
  nonPerformingBalance!: Money;

  @Field(() => Int, { nullable: true, description: '不良率 (bp) — non-performing balance / balance; null without a balance' })
  nplRatioBp!: number | null;

  @Field(() => Int, { nullable: true, description: '平均质押率 (bp) — pledge rates (principal / appraised value) of the period’s new loans, weighted by principal' })
  averagePledgeRateBp!: number | null;

  @Field(() => Int, { description: '质押专利数 — distinct patents (invention, utility model, design) pledged for the period’s new loans' })
  pledgedPatents!: number;

  @Field(() => Int, { description: '已实施专利数 — of those, patents whose owner reports them implemented (ip_asset.implemented)' })
  implementedPatents!: number;

  @Field(() => Int, { nullable: true, description: '专利实施率 (bp) — implemented / pledged patents; null without pledged patents' })
  implementationRateBp!: number | null;
}

@ObjectType({ description: '同比 — growth against the same months a year earlier, and the ≥10% target' })
export class YearOnYear {
  @Field(() => Int, { nullable: true, description: '笔数同比 (bp) — growth of the new loan count; null when the year before had none' })
  countGrowthBp!: number | null;

  @Field(() => Int, { nullable: true, description: '金额同比 (bp) — growth of the new loan amount; null when the year before had none' })
  amountGrowthBp!: number | null;

  @Field(() => Int, { description: '目标 (bp) — the policy target: 1000 (+10%)' })
  targetBp!: number;

  @Field(() => Boolean, { nullable: true, description: '笔数达标 — count growth ≥ target' })
  countMeetsTarget!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '金额达标 — amount growth ≥ target' })
  amountMeetsTarget!: boolean | null;
}

@ObjectType({ description: '分组指标 — the figures of one month, region, bank, product, park or event' })
export class FinancingStatisticsGroup {
  @Field({ description: '分组键 — the month (YYYY-MM) or the id of the region, bank, product, park or event; "" for loans without a park or event' })
  key!: string;

  @Field({ description: '名称 — the month, or the name of the region, bank, product, park or event' })
  label!: string;

  @Field(() => FinancingFigures, { description: '本期指标' })
  figures!: FinancingFigures;

  @Field(() => FinancingFigures, { description: '上年同期 — the same group a year earlier' })
  previousYear!: FinancingFigures;

  @Field(() => YearOnYear, { description: '同比' })
  yearOnYear!: YearOnYear;
}

@ObjectType({ description: '满意度 — the event survey answers (1–5) in the period' })
export class SatisfactionFigures {
  @Field(() => Int, { description: '问卷份数 — answers given in the period' })
  responses!: number;

  @Field(() => Float, { nullable: true, description: '平均满意度 — mean rating, two places; null without answers' })
  averageRating!: number | null;
}

@ObjectType({ description: '融资统计 — financing statistics over the loans the caller may count' })
export class FinancingStatistics {
  @Field({ description: '起始月 (YYYY-MM)' })
  from!: string;

  @Field({ description: '截止月 (YYYY-MM)' })
  to!: string;

  @Field(() => GraphQLISODateTime, { description: '数据截至 — when the figures were computed or last refreshed' })
  asOf!: Date;

  @Field(() => StatisticsSource, { description: '数据来源' })
  source!: StatisticsSource;

  @Field(() => FinancingFigures, { description: '合计 — all counted loans' })
  totals!: FinancingFigures;

  @Field(() => FinancingFigures, { description: '上年同期合计 — the same months a year earlier' })
  previousYear!: FinancingFigures;

  @Field(() => YearOnYear, { description: '同比' })
  yearOnYear!: YearOnYear;

  @Field(() => StatisticsGroupBy, { nullable: true, description: '统计维度 — as asked' })
  groupBy!: StatisticsGroupBy | null;

  @Field(() => [FinancingStatisticsGroup], { description: '分组 — one entry per month (every month of the range) or per region, bank, product, park or event with loans' })
  groups!: FinancingStatisticsGroup[];

  @Field(() => SatisfactionFigures, { description: '满意度 — survey answers of the events in scope (a bank: its own answers)' })
  satisfaction!: SatisfactionFigures;

  @Field({ description: 'CSV 下载 — GET this path with the same bearer token for the figures as CSV (UTF-8 with BOM)' })
  csvPath!: string;
}
