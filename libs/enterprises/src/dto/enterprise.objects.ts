import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, Money, money } from '@zhirong/core';
import { industryNameOf } from '../enterprise.rules';
import { EnterpriseAnnualRevenue } from '../entities/enterprise-annual-revenue.entity';
import { Enterprise, EnterpriseContact } from '../entities/enterprise.entity';
import { CreditRating, ENTERPRISE_TAG_LABELS, EnterpriseTag } from '../entities/enterprise.enums';

@ObjectType('EnterpriseContact', { description: '联系人 — a person to contact at the firm' })
export class EnterpriseContactObject {
  @Field({ description: '姓名 — name' })
  name!: string;

  @Field(() => String, { nullable: true, description: '职务 — position' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '电话 — phone' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '邮箱 — e-mail address' })
  email!: string | null;

  static from(contact: EnterpriseContact): EnterpriseContactObject {
    return { name: contact.name, title: contact.title ?? null, phone: contact.phone ?? null, email: contact.email ?? null };
  }
}

@ObjectType('Industry', { description: '行业 — a GB/T 4754 国民经济行业分类 code with its section' })
export class IndustryObject {
  @Field({ description: '代码 — section letter and division, e.g. C39' })
  code!: string;

  @Field({ description: '门类 — the section letter, e.g. C' })
  section!: string;

  @Field(() => String, { nullable: true, description: '门类名称 — the section name, e.g. 制造业' })
  sectionName!: string | null;
}

@ObjectType('Enterprise', { description: '企业 — a firm that owns IP and seeks financing (科技型中小企业 and others)' })
export class EnterpriseObject {
  @Field(() => ID, { description: 'Enterprise id' })
  id!: string;

  @Field({ description: '统一社会信用代码 — unified social credit code (GB 32100)' })
  creditCode!: string;

  @Field({ description: '企业名称 — registered name' })
  name!: string;

  /** Resolved through a request loader; kept here for the field resolvers. */
  regionId!: string;

  parkId!: string | null;

  /** The stored subtree path (the park's when there is one), for other domains' visibility checks. */
  regionPath!: string;

  /** The firm's own organisation, for other domains' "is this the firm itself" checks. */
  organizationId!: string | null;

  @Field({ description: '行业代码 — GB/T 4754 section and division, e.g. C39' })
  industryCode!: string;

  @Field(() => String, { nullable: true, description: '行业门类 — name of the GB/T 4754 section, e.g. 制造业' })
  industryName!: string | null;

  @Field(() => IndustryObject, { description: '行业 — the industry (GB/T 4754), code and section' })
  industry!: IndustryObject;

  @Field({ description: '成立日期 — founding date, YYYY-MM-DD' })
  foundedOn!: string;

  @Field(() => Int, { nullable: true, description: '员工人数 — number of employees' })
  employees!: number | null;

  @Field(() => Money, { nullable: true, description: '年营业收入 — annual revenue; reporting a fiscal year (reportAnnualRevenue) sets it to the newest year’s figure' })
  annualRevenue!: Money | null;

  @Field(() => [EnterpriseTag], { description: '资质标签 — recognitions held (高新技术企业, 专精特新 …)' })
  tags!: EnterpriseTag[];

  @Field(() => [String], { description: '资质标签名称 — the recognitions in Chinese, in the order of `tags`' })
  tagLabels!: string[];

  @Field(() => CreditRating, { nullable: true, description: '信用评级 — credit grade, AAA best; null when unrated' })
  creditRating!: CreditRating | null;

  @Field({ description: '失信被执行人 — whether the firm is on the dishonest-debtor list' })
  dishonest!: boolean;

  @Field(() => [EnterpriseContactObject], { description: '联系人 — contacts at the firm' })
  contacts!: EnterpriseContactObject[];

  @Field({ description: '录入时间 — when the profile was registered on the platform' })
  createdAt!: Date;

  @Field({ description: '更新时间 — when the profile last changed' })
  updatedAt!: Date;

  static from(e: Enterprise): EnterpriseObject {
    return {
      id: e.id,
      creditCode: e.creditCode,
      name: e.name,
      regionId: e.regionId,
      parkId: e.parkId,
      regionPath: e.regionPath,
      organizationId: e.organizationId,
      industryCode: e.industryCode,
      industryName: industryNameOf(e.industryCode),
      industry: { code: e.industryCode, section: e.industryCode.charAt(0), sectionName: industryNameOf(e.industryCode) },
      foundedOn: e.foundedOn,
      employees: e.employees,
      annualRevenue: e.annualRevenueFen === null ? null : money(e.annualRevenueFen),
      tags: e.tags,
      tagLabels: e.tags.map((t) => ENTERPRISE_TAG_LABELS[t]),
      creditRating: e.creditRating,
      dishonest: e.dishonest,
      contacts: e.contacts.map(EnterpriseContactObject.from),
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    };
  }
}


@ObjectType({ description: '企业列表 — a page of firms (Relay connection)' })
export class EnterpriseConnection extends Connection(EnterpriseObject, 'Enterprise') {}

@ObjectType('AnnualRevenue', { description: '年度营收 — a firm’s revenue for one fiscal year' })
export class AnnualRevenueObject {
  @Field(() => Int, { description: '会计年度 — fiscal year' })
  year!: number;

  @Field(() => Money, { description: '营业收入 — revenue' })
  revenue!: Money;

  @Field(() => Int, {
    nullable: true,
    description: '同比增长 — growth over the year before, in basis points (1000 = 10%), rounded down, capped at 2147483647; null when that year is not reported or its revenue was 0',
  })
  growthBp!: number | null;

  @Field({ description: '填报时间 — when the figure was last reported or corrected' })
  reportedAt!: Date;

  @Field({ description: '已核实 — true when the figure counts (reported or confirmed by an office, window, park or the platform); false for a firm’s own report awaiting verification' })
  verified!: boolean;

  /** `previous` is the row of the year before, if reported. */
  static from(row: EnterpriseAnnualRevenue, previous: EnterpriseAnnualRevenue | undefined, verified = true): AnnualRevenueObject {
    return { year: row.year, revenue: money(row.revenueFen), growthBp: growthBp(row.revenueFen, previous?.revenueFen ?? null), reportedAt: row.updatedAt, verified };
  }
}

/** Year-on-year growth in basis points, rounded down (exact integer arithmetic); null without a positive base. */
export function growthBp(currentFen: string | bigint, previousFen: string | bigint | null): number | null {
  if (previousFen === null) return null;
  const base = BigInt(previousFen);
  if (base <= 0n) return null;
  const diff = (BigInt(currentFen) - base) * 10_000n;
  // BigInt division truncates toward zero; floor it so a fall of 0.5 bp reads -1, not 0.
  const q = diff / base;
  const floored = diff % base !== 0n && diff < 0n ? q - 1n : q;
  // A GraphQL Int is 32-bit; growth beyond ±21 million percent (a base of a few fen) is capped.
  return Number(floored > MAX_INT ? MAX_INT : floored);
}

const MAX_INT = 2_147_483_647n;
