import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { MoneyInput, Sort } from '@zhirong/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { CreditRating, EnterpriseTag } from '../entities/enterprise.enums';

export const MAX_CONTACTS = 10;
export const MAX_EMPLOYEES = 10_000_000;
export const CONTACT_PHONE_PATTERN = /^[0-9+\- ]{5,20}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Present, and not null: for update fields whose column cannot be empty. */
const IsGiven = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

@InputType({ description: '联系人 — a person to contact at the firm' })
export class EnterpriseContactInput {
  @Field({ description: '姓名 — name (1–50 characters)' })
  @IsString()
  @Length(1, 50)
  name!: string;

  @Field({ nullable: true, description: '职务 — position, e.g. 财务总监 (at most 50 characters)' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  title?: string;

  @Field({ nullable: true, description: '电话 — phone: 5–20 digits, spaces, "+" or "-"' })
  @IsOptional()
  @Matches(CONTACT_PHONE_PATTERN, { message: 'must be 5–20 digits, spaces, "+" or "-"' })
  phone?: string;

  @Field({ nullable: true, description: '邮箱 — e-mail address' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email?: string;
}

@InputType({ description: '新增企业 — register a firm’s profile (企业档案)' })
export class CreateEnterpriseInput {
  @Field({ description: '统一社会信用代码 — unified social credit code (GB 32100, 18 characters, checked by its check character); cannot change later' })
  @IsString()
  @MaxLength(40)
  creditCode!: string;

  @Field({ description: '企业名称 — registered name (1–200 characters)' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => ID, { description: '所在区县/城市 — the district or city the firm is registered in' })
  @IsUUID()
  regionId!: string;

  @Field(() => ID, { nullable: true, description: '所在园区 — the park, which must lie within the region' })
  @IsOptional()
  @IsUUID()
  parkId?: string;

  @Field({ description: '行业代码 — GB/T 4754 section and division, e.g. C39 (or a bare section, e.g. C)' })
  @IsString()
  @MaxLength(10)
  industryCode!: string;

  @Field({ description: '成立日期 — founding date, YYYY-MM-DD, not in the future' })
  @Matches(DATE_PATTERN, { message: 'must be a date written YYYY-MM-DD' })
  foundedOn!: string;

  @Field(() => Int, { nullable: true, description: `员工人数 — number of employees, 0–${MAX_EMPLOYEES}` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EMPLOYEES)
  employees?: number;

  @Field(() => MoneyInput, { nullable: true, description: '年营业收入 — annual revenue in integer fen' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  annualRevenue?: MoneyInput;

  @Field(() => [EnterpriseTag], { nullable: true, description: '资质标签 — recognitions held, e.g. 高新技术企业, 专精特新' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EnterpriseTag).length)
  @IsEnum(EnterpriseTag, { each: true })
  tags?: EnterpriseTag[];

  @Field(() => CreditRating, { nullable: true, description: '信用评级 — credit grade; set by an office or the platform, not by the firm itself' })
  @IsOptional()
  @IsEnum(CreditRating)
  creditRating?: CreditRating;

  @Field({ nullable: true, description: '失信被执行人 — on the dishonest-debtor list; set by an office or the platform, not by the firm itself' })
  @IsOptional()
  @IsBoolean()
  dishonest?: boolean;

  @Field(() => [EnterpriseContactInput], { nullable: true, description: `联系人 — contacts, at most ${MAX_CONTACTS}` })
  @IsOptional()
  @ArrayMaxSize(MAX_CONTACTS)
  @ValidateNested({ each: true })
  @Type(() => EnterpriseContactInput)
  contacts?: EnterpriseContactInput[];

  @Field(() => ID, {
    nullable: true,
    description: '企业机构 — the firm’s own organisation on the platform, when it has accounts; a firm’s user always creates its own',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

/**
 * Fields left out stay as they are; `null` clears an optional one. The credit code
 * is not here: it identifies the firm and never changes.
 */
@InputType({ description: '修改企业 — change a firm’s profile; omitted fields stay, null clears an optional field; the credit code cannot change' })
export class UpdateEnterpriseInput {
  @Field({ nullable: true, description: '企业名称 — registered name (1–200 characters)' })
  @IsGiven()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => ID, { nullable: true, description: '所在区县/城市 — the district or city' })
  @IsGiven()
  @IsUUID()
  regionId?: string;

  @Field(() => ID, { nullable: true, description: '所在园区 — the park within the region; null removes it' })
  @IsOptional()
  @IsUUID()
  parkId?: string | null;

  @Field({ nullable: true, description: '行业代码 — GB/T 4754 section and division, e.g. C39' })
  @IsGiven()
  @IsString()
  @MaxLength(10)
  industryCode?: string;

  @Field({ nullable: true, description: '成立日期 — founding date, YYYY-MM-DD, not in the future' })
  @IsGiven()
  @Matches(DATE_PATTERN, { message: 'must be a date written YYYY-MM-DD' })
  foundedOn?: string;

  @Field(() => Int, { nullable: true, description: `员工人数 — number of employees, 0–${MAX_EMPLOYEES}; null clears it` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EMPLOYEES)
  employees?: number | null;

  @Field(() => MoneyInput, { nullable: true, description: '年营业收入 — annual revenue in integer fen; null clears it' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  annualRevenue?: MoneyInput | null;

  @Field(() => [EnterpriseTag], { nullable: true, description: '资质标签 — the complete new set of recognitions' })
  @IsGiven()
  @ArrayMaxSize(Object.keys(EnterpriseTag).length)
  @IsEnum(EnterpriseTag, { each: true })
  tags?: EnterpriseTag[];

  @Field(() => CreditRating, { nullable: true, description: '信用评级 — credit grade; null clears it; not by the firm itself' })
  @IsOptional()
  @IsEnum(CreditRating)
  creditRating?: CreditRating | null;

  @Field({ nullable: true, description: '失信被执行人 — dishonest-debtor flag; not by the firm itself' })
  @IsGiven()
  @IsBoolean()
  dishonest?: boolean;

  @Field(() => [EnterpriseContactInput], { nullable: true, description: `联系人 — the complete new list of contacts, at most ${MAX_CONTACTS}` })
  @IsGiven()
  @ArrayMaxSize(MAX_CONTACTS)
  @ValidateNested({ each: true })
  @Type(() => EnterpriseContactInput)
  contacts?: EnterpriseContactInput[];
}

@InputType({ description: '企业筛选 — narrows the list of firms; all given conditions must hold' })
export class EnterpriseFilter {
  @Field(() => ID, { nullable: true, description: '地区 — firms in this region or anywhere below it (its districts and parks)' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field(() => ID, { nullable: true, description: '园区 — firms in this park' })
  @IsOptional()
  @IsUUID()
  parkId?: string;

  @Field({ nullable: true, description: '行业 — GB/T 4754 code prefix: a section (C), part of a division (C3) or a division (C39)' })
  @IsOptional()
  @Matches(/^[A-Ta-t][0-9]{0,2}$/, { message: 'must be a section letter A–T followed by at most two digits, e.g. C or C39' })
  industryCodePrefix?: string;

  @Field(() => [EnterpriseTag], { nullable: true, description: '资质标签 — firms holding all of these recognitions' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EnterpriseTag).length)
  @IsEnum(EnterpriseTag, { each: true })
  tags?: EnterpriseTag[];

  @Field({ nullable: true, description: '失信被执行人 — true for firms on the dishonest-debtor list, false for the others' })
  @IsOptional()
  @IsBoolean()
  dishonest?: boolean;

  @Field(() => CreditRating, { nullable: true, description: '最低信用评级 — firms rated this grade or better (unrated firms excluded)' })
  @IsOptional()
  @IsEnum(CreditRating)
  minCreditRating?: CreditRating;

  @Field({ nullable: true, description: '名称包含 — part of the name, case-insensitive (1–100 characters)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  nameContains?: string;
}

export enum EnterpriseSortField {
  NAME = 'NAME',
  FOUNDED_ON = 'FOUNDED_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(EnterpriseSortField, {
  name: 'EnterpriseSortField',
  description: '企业排序字段 — what the list of firms is ordered by',
  valuesMap: {
    NAME: { description: 'Name (名称)' },
    FOUNDED_ON: { description: 'Founded (成立日期)' },
    CREATED_AT: { description: 'Registered (录入时间). When the firm was entered on the platform' },
  },
});

@InputType({ description: '企业排序 — the order of the list of firms; ties are broken by id' })
export class EnterpriseSort extends Sort(EnterpriseSortField, EnterpriseSortField.CREATED_AT) {}

/** The earliest fiscal year a revenue figure may be reported for. */
export const MIN_REVENUE_YEAR = 1990;

@InputType({ description: '填报年度营收 — report (or correct) a firm’s revenue for one completed fiscal year' })
export class ReportAnnualRevenueInput {
  @Field(() => ID, { description: 'Enterprise id' })
  @IsUUID('all', { message: 'must be an id' })
  enterpriseId!: string;

  @Field(() => Int, { description: `会计年度 — a completed fiscal year, from the founding year (and ${MIN_REVENUE_YEAR}) to last year` })
  @IsInt()
  year!: number;

  @Field(() => MoneyInput, { description: '营业收入 — the year’s revenue in integer fen' })
  @ValidateNested()
  @Type(() => MoneyInput)
  revenue!: MoneyInput;
}
