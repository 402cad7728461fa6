import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, Money, money } from '@zhirong/core';
import { ENTERPRISE_TAG_LABELS, EnterpriseTag } from '../entities/enterprise.enums';
import { DeclaredValue, EnterpriseFact, EnterpriseFactDeclaration, FactDeclarationStatus } from '../entities/enterprise-fact-declaration.entity';

const yuan = (fen: string | null) => (fen === null ? '未填报' : `${(BigInt(fen) / 100n).toString()} 元`);

/** One line a clerk can read in a work queue, e.g. 资质标签：专精特新、高新技术企业. */
export function describeDeclaredValue(value: DeclaredValue): string {
  switch (value.fact) {
    case EnterpriseFact.REGION:
      return `所在地：${value.placeName}`;
    case EnterpriseFact.INDUSTRY:
      return `行业代码：${value.industryCode}`;
    case EnterpriseFact.FOUNDED_ON:
      return `成立日期：${value.foundedOn}`;
    case EnterpriseFact.EMPLOYEES:
      return `从业人数：${value.employees === null ? '未填报' : `${value.employees} 人`}`;
    case EnterpriseFact.ANNUAL_REVENUE:
      return `年营业收入：${yuan(value.revenueFen)}`;
    case EnterpriseFact.TAGS:
      return `资质标签：${value.tags.map((t) => ENTERPRISE_TAG_LABELS[t]).join('、') || '无'}`;
    case EnterpriseFact.REVENUE_YEAR:
      return `${value.year} 年度营业收入：${yuan(value.revenueFen)}`;
  }
}

@ObjectType('EnterpriseFactDeclaration', {
  description: '企业自报事项 — a fact a firm declared about itself; screening and product checks use it only once an office, window or park has verified it',
})
export class FactDeclarationObject {
  @Field(() => ID, { description: 'Declaration id' })
  id!: string;

  @Field(() => ID, { description: '企业 — the firm' })
  enterpriseId!: string;

  @Field(() => EnterpriseFact, { description: '事项 — which fact' })
  fact!: EnterpriseFact;

  @Field(() => FactDeclarationStatus, { description: '状态 — PENDING 待核实, VERIFIED, REJECTED, SUPERSEDED' })
  status!: FactDeclarationStatus;

  @Field({ description: '申报内容 — the declared value in words' })
  summary!: string;

  @Field(() => [EnterpriseTag], { nullable: true, description: '资质标签 — the declared recognitions (TAGS)' })
  tags!: EnterpriseTag[] | null;

  @Field(() => Int, { nullable: true, description: '从业人数 — the declared headcount (EMPLOYEES)' })
  employees!: number | null;

  @Field(() => Money, { nullable: true, description: '金额 — the declared revenue (ANNUAL_REVENUE, REVENUE_YEAR)' })
  amount!: Money | null;

  @Field(() => Int, { nullable: true, description: '会计年度 — the fiscal year (REVENUE_YEAR)' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: '行业代码 — the declared industry (INDUSTRY)' })
  industryCode!: string | null;

  @Field(() => String, { nullable: true, description: '成立日期 — the declared founding date (FOUNDED_ON)' })
  foundedOn!: string | null;

  @Field(() => ID, { nullable: true, description: '所在区县/城市 — the declared region (REGION)' })
  regionId!: string | null;

  @Field(() => ID, { nullable: true, description: '所在园区 — the declared park (REGION)' })
  parkId!: string | null;

  @Field({ description: '申报时间 — when it was declared (or last changed)' })
  declaredAt!: Date;

  @Field(() => Date, { nullable: true, description: '核实时间 — when it was verified, rejected or superseded' })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '核实说明 — the reviewer’s reason or remark' })
  reviewNote!: string | null;

  static from(d: EnterpriseFactDeclaration): FactDeclarationObject {
    const v = d.value;
    return {
      id: d.id,
      enterpriseId: d.enterpriseId,
      fact: d.fact,
      status: d.status,
      summary: describeDeclaredValue(v),
      tags: v.fact === EnterpriseFact.TAGS ? v.tags : null,
      employees: v.fact === EnterpriseFact.EMPLOYEES ? v.employees : null,
      amount: (v.fact === EnterpriseFact.ANNUAL_REVENUE || v.fact === EnterpriseFact.REVENUE_YEAR) && v.revenueFen !== null ? money(v.revenueFen) : null,
      year: v.fact === EnterpriseFact.REVENUE_YEAR ? v.year : null,
      industryCode: v.fact === EnterpriseFact.INDUSTRY ? v.industryCode : null,
      foundedOn: v.fact === EnterpriseFact.FOUNDED_ON ? v.foundedOn : null,
      regionId: v.fact === EnterpriseFact.REGION ? v.regionId : null,
      parkId: v.fact === EnterpriseFact.REGION ? v.parkId : null,
      declaredAt: d.updatedAt,
      reviewedAt: d.reviewedAt,
      reviewNote: d.reviewNote,
    };
  }
}

@ObjectType('EnterpriseFactDeclarationConnection', { description: '自报事项列表 — a page of declarations' })
export class FactDeclarationConnection extends Connection(FactDeclarationObject, 'EnterpriseFactDeclaration') {}
