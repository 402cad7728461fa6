import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Sort } from '@zhirong/core';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IpType, LegalStatus, PledgeStatus } from '../entities/ip-asset.enums';
import { MAX_IPC_CLASSES } from '../ip-asset.rules';
import { IsDateOnly, IsOmittable } from './validators';

export const MAX_TITLE_LENGTH = 300;
export const MAX_ABSTRACT_LENGTH = 5000;

const NUMBER_DESCRIPTION =
  '登记号/申请号 — registration or application number, checked against its type: patents CN + year + type digit (1/8 invention, 2/9 utility model, 3 design) + 7-digit serial + "." + check character (CN202310123456.6; "CN" may be left out); ' +
  'trademark 1–9 digits without a leading zero; copyright 国作登字-YYYY-L-NNNNNNNN; software copyright YYYYSR + 7 digits (2023SR0123456); ' +
  'IC layout BS. + 9 digits (BS.215012345); geographical indication and licence-revenue right 4–40 of A–Z, 0–9, "-". Stored trimmed and upper-cased.';
const IPC_DESCRIPTION = `IPC 分类号 — IPC symbols such as "H01M 10/052" (invention patents and utility models only; at most ${MAX_IPC_CLASSES})`;
const NICE_DESCRIPTION = '尼斯分类 — Nice classes 1–45 (trademarks and geographical indications only)';
const TITLE_DESCRIPTION = `名称 — title, 1–${MAX_TITLE_LENGTH} characters`;
const ABSTRACT_DESCRIPTION = `摘要 — abstract, at most ${MAX_ABSTRACT_LENGTH} characters`;

@InputType({ description: '登记知识产权 — register an IP asset of a firm' })
export class RegisterIpAssetInput {
  @Field(() => ID, { description: '权利人 — the owning enterprise' })
  @IsUUID()
  enterpriseId!: string;

  @Field(() => IpType, { description: '类型 — kind of IP' })
  @IsEnum(IpType)
  type!: IpType;

  @Field({ description: NUMBER_DESCRIPTION })
  @IsString()
  @Length(1, 40)
  number!: string;

  @Field({ description: TITLE_DESCRIPTION })
  @IsString()
  @Length(1, MAX_TITLE_LENGTH)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field({ nullable: true, description: ABSTRACT_DESCRIPTION })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ABSTRACT_LENGTH)
  abstract?: string;

  @Field(() => [String], { nullable: true, description: IPC_DESCRIPTION })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IPC_CLASSES)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  ipcClasses?: string[];

  @Field(() => [Int], { nullable: true, description: NICE_DESCRIPTION })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(45)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(45, { each: true })
  niceClasses?: number[];

  @Field(() => String, { nullable: true, description: '申请日 — filing date YYYY-MM-DD, not in the future; a CN number’s year must match (except PCT)' })
  @IsOptional()
  @IsDateOnly()
  filedOn?: string | null;

  @Field(() => String, { nullable: true, description: '授权/登记日 — grant or registration date YYYY-MM-DD, on or after filing, not in the future' })
  @IsOptional()
  @IsDateOnly()
  grantedOn?: string | null;

  @Field(() => String, { nullable: true, description: '到期日 — expiry date YYYY-MM-DD, on or after the grant (or filing) date' })
  @IsOptional()
  @IsDateOnly()
  expiresOn?: string | null;

  @Field(() => LegalStatus, { nullable: true, description: '法律状态 — legal status (default VALID)' })
  @IsOptional()
  @IsEnum(LegalStatus)
  legalStatus?: LegalStatus;

  @Field({ nullable: true, description: '是否实施 — whether the IP is used in production (default false)' })
  @IsOptional()
  @IsBoolean()
  implemented?: boolean;
}

@InputType({
  description:
    '修改知识产权 — change an IP asset; fields left out stay, null clears a date. While PLEDGED or IN_DISPOSAL the pledge-relevant ' +
    'fields (type, number, owner, classes, dates, legal status) are locked (CONFLICT, reason ASSET_PLEDGED)',
})
export class UpdateIpAssetInput {
  @Field(() => IpType, { nullable: true, description: '类型 — kind of IP (the number is checked against it)' })
  @IsOmittable()
  @IsEnum(IpType)
  type?: IpType;

  @Field({ nullable: true, description: NUMBER_DESCRIPTION })
  @IsOmittable()
  @IsString()
  @Length(1, 40)
  number?: string;

  @Field(() => ID, { nullable: true, description: '权利人 — move the asset to another enterprise (a transfer)' })
  @IsOmittable()
  @IsUUID()
  enterpriseId?: string;

  @Field({ nullable: true, description: TITLE_DESCRIPTION })
  @IsOmittable()
  @IsString()
  @Length(1, MAX_TITLE_LENGTH)
  @Matches(/\S/, { message: 'title must not be blank' })
  title?: string;

  @Field({ nullable: true, description: ABSTRACT_DESCRIPTION })
  @IsOmittable()
  @IsString()
  @MaxLength(MAX_ABSTRACT_LENGTH)
  abstract?: string;

  @Field(() => [String], { nullable: true, description: `${IPC_DESCRIPTION}; replaces the list` })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_IPC_CLASSES)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  ipcClasses?: string[];

  @Field(() => [Int], { nullable: true, description: `${NICE_DESCRIPTION}; replaces the list` })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(45)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(45, { each: true })
  niceClasses?: number[];

  @Field(() => String, { nullable: true, description: '申请日 — filing date YYYY-MM-DD; null clears it' })
  @IsOptional()
  @IsDateOnly()
  filedOn?: string | null;

  @Field(() => String, { nullable: true, description: '授权/登记日 — grant date YYYY-MM-DD; null clears it' })
  @IsOptional()
  @IsDateOnly()
  grantedOn?: string | null;

  @Field(() => String, { nullable: true, description: '到期日 — expiry date YYYY-MM-DD; null clears it' })
  @IsOptional()
  @IsDateOnly()
  expiresOn?: string | null;

  @Field(() => LegalStatus, { nullable: true, description: '法律状态 — legal status' })
  @IsOmittable()
  @IsEnum(LegalStatus)
  legalStatus?: LegalStatus;

  @Field({ nullable: true, description: '是否实施 — whether the IP is used in production' })
  @IsOmittable()
  @IsBoolean()
  implemented?: boolean;
}

@InputType({ description: '知识产权筛选 — narrows the IP asset list; every given criterion must hold' })
export class IpAssetFilter {
  @Field(() => ID, { nullable: true, description: '权利人 — assets of this enterprise' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @Field(() => [IpType], { nullable: true, description: '类型 — any of these types (one value or a list)' })
  @IsOptional()
  @IsArray()
  @IsEnum(IpType, { each: true })
  type?: IpType[];

  @Field(() => [LegalStatus], { nullable: true, description: '法律状态 — any of these legal statuses (one value or a list)' })
  @IsOptional()
  @IsArray()
  @IsEnum(LegalStatus, { each: true })
  legalStatus?: LegalStatus[];

  @Field(() => [PledgeStatus], { nullable: true, description: '质押状态 — any of these pledge statuses (one value or a list)' })
  @IsOptional()
  @IsArray()
  @IsEnum(PledgeStatus, { each: true })
  pledgeStatus?: PledgeStatus[];

  @Field({ nullable: true, description: 'IPC 分类前缀 — an IPC class starts with this, e.g. "H01M" or "H01M 10/"' })
  @IsOptional()
  @IsString()
  @Matches(/^\s*[A-Ha-h][0-9A-Za-z /]{0,19}\s*$/, { message: 'ipcPrefix must start with an IPC section A–H, e.g. "H01M"' })
  ipcPrefix?: string;

  @Field(() => Int, { nullable: true, description: '尼斯分类 — carries this Nice class (1–45)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(45)
  niceClass?: number;

  @Field({ nullable: true, description: '是否实施 — implemented or not' })
  @IsOptional()
  @IsBoolean()
  implemented?: boolean;

  @Field({ nullable: true, description: '名称包含 — the title contains this text (case-insensitive, at most 100 characters)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  titleContains?: string;

  @Field(() => ID, { nullable: true, description: '地区 — owners in this region or below it' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

export enum IpAssetSortField {
  CREATED_AT = 'CREATED_AT',
  FILED_ON = 'FILED_ON',
  TITLE = 'TITLE',
}
registerEnumType(IpAssetSortField, {
  name: 'IpAssetSortField',
  description: '知识产权排序字段 — what the IP asset list is ordered by',
  valuesMap: {
    CREATED_AT: { description: 'Registered (登记时间). When the asset was entered on the platform' },
    FILED_ON: { description: 'Filing date (申请日). Assets without one sort as oldest' },
    TITLE: { description: 'Title (名称)' },
  },
});

@InputType({ description: '知识产权排序 — order of the IP asset list (default newest registered first)' })
export class IpAssetSort extends Sort(IpAssetSortField, IpAssetSortField.CREATED_AT) {}
