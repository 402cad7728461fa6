import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { FEN_PATTERN } from '@zhirong/core';
import { EnterpriseTag } from '@zhirong/enterprises';
import { IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DisposalMode, DisposalStatus } from '../documents/disposal-listing.document';

export const MAX_SEARCH_PAGE = 100;
export const DEFAULT_SEARCH_PAGE = 20;
export const MAX_SEARCH_OFFSET = 10_000;
/** A materialised region path: codes (digits, letters, `-`) joined by `/`. */
export const REGION_PATH_PATTERN = /^[0-9A-Za-z-]{1,32}(\/[0-9A-Za-z-]{1,32}){0,5}$/;
const IPC_SECTION = /^[A-H]$/;
const IPC_CLASS = /^[A-H][0-9]{2}[A-Z]?$/;
const INDUSTRY = /^[A-T]([0-9]{2})?$/;

registerEnumType(DisposalMode, {
  name: 'DisposalMode',
  description: '处置方式 — how a defaulted pledge is sold or put to use',
  valuesMap: {
    AUCTION: { description: 'Auction (拍卖)' },
    TRANSFER: { description: 'Transfer (转让)' },
    LICENSE: { description: 'Licence (许可)' },
    EQUITY_CONVERSION: { description: 'Pledge-to-equity conversion (质权转股权)' },
  },
});
registerEnumType(DisposalStatus, {
  name: 'DisposalStatus',
  description: '挂牌状态 — where a disposal listing stands; only PUBLISHED listings are public',
  valuesMap: {
    DRAFT: { description: 'Draft (草稿)' },
    PUBLISHED: { description: 'Published (已发布)' },
    ENDED: { description: 'Ended (已结束)' },
    SOLD: { description: 'Sold (已成交)' },
    WITHDRAWN: { description: 'Withdrawn (已撤回)' },
  },
});

export enum IpAssetSearchSort {
  RELEVANCE = 'RELEVANCE',
  VALUATION_DESC = 'VALUATION_DESC',
  VALUATION_ASC = 'VALUATION_ASC',
  FILED_DESC = 'FILED_DESC',
  FILED_ASC = 'FILED_ASC',
  NEWEST = 'NEWEST',
}
registerEnumType(IpAssetSearchSort, {
  name: 'IpAssetSearchSort',
  description: '知识产权搜索排序 — order of IP search results',
  valuesMap: {
    RELEVANCE: { description: 'Relevance (相关度)' },
    VALUATION_DESC: { description: 'Valuation, highest first (评估值从高到低)' },
    VALUATION_ASC: { description: 'Valuation, lowest first (评估值从低到高)' },
    FILED_DESC: { description: 'Filing date, newest first (申请日从新到旧)' },
    FILED_ASC: { description: 'Filing date, oldest first (申请日从旧到新)' },
    NEWEST: { description: 'Newest (最新录入)' },
  },
});

export enum FirmSearchSort {
  RELEVANCE = 'RELEVANCE',
  IP_COUNT_DESC = 'IP_COUNT_DESC',
  NEED_AMOUNT_DESC = 'NEED_AMOUNT_DESC',
  NEWEST = 'NEWEST',
}
registerEnumType(FirmSearchSort, {
  name: 'FirmSearchSort',
  description: '企业搜索排序 — order of firm search results',
  valuesMap: {
    RELEVANCE: { description: 'Relevance (相关度)' },
    IP_COUNT_DESC: { description: 'Most IP assets (知识产权数量最多)' },
    NEED_AMOUNT_DESC: { description: 'Largest open need (融资需求金额最大)' },
    NEWEST: { description: 'Newest (最新)' },
  },
});

export enum DisposalSearchSort {
  RELEVANCE = 'RELEVANCE',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  ENDING_SOON = 'ENDING_SOON',
  NEWEST = 'NEWEST',
}
registerEnumType(DisposalSearchSort, {
  name: 'DisposalSearchSort',
  description: '处置搜索排序 — order of disposal search results',
  valuesMap: {
    RELEVANCE: { description: 'Relevance (相关度)' },
    PRICE_ASC: { description: 'Price, lowest first (价格从低到高)' },
    PRICE_DESC: { description: 'Price, highest first (价格从高到低)' },
    ENDING_SOON: { description: 'Ending soon (即将结束)' },
    NEWEST: { description: 'Newest (最新)' },
  },
});

@ArgsType()
export class SearchArgs {
  @Field({ description: '搜索词 — search text, Chinese or English (may be empty to browse); at most 200 characters' })
  @IsString()
  @MaxLength(200)
  query!: string;

  @Field(() => Int, { nullable: true, description: `每页条数 — page size, 1–${MAX_SEARCH_PAGE} (default ${DEFAULT_SEARCH_PAGE})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  first?: number;

  @Field(() => Int, { nullable: true, description: `偏移量 — hits to skip, 0–${MAX_SEARCH_OFFSET} (default 0)` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SEARCH_OFFSET)
  offset?: number;
}

@InputType({ description: '知识产权搜索筛选 — conditions on IP assets, all of which must hold' })
export class IpAssetSearchFilter {
  @Field(() => [IpType], { nullable: true, description: '类型 — any of these IP types' })
  @IsOptional()
  @IsEnum(IpType, { each: true })
  @ArrayMaxSize(20)
  types?: IpType[];

  @Field(() => [LegalStatus], { nullable: true, description: '法律状态 — any of these legal statuses' })
  @IsOptional()
  @IsEnum(LegalStatus, { each: true })
  @ArrayMaxSize(20)
  legalStatuses?: LegalStatus[];

  @Field(() => [PledgeStatus], { nullable: true, description: '质押状态 — any of these pledge statuses' })
  @IsOptional()
  @IsEnum(PledgeStatus, { each: true })
  @ArrayMaxSize(20)
  pledgeStatuses?: PledgeStatus[];

  @Field({ nullable: true, description: '地区 — the owner is in this region or below it (a region path, e.g. `310000/310112`)' })
  @IsOptional()
  @Matches(REGION_PATH_PATTERN, { message: 'must be a region path such as 310000/310112' })
  regionPath?: string;

  @Field(() => [String], { nullable: true, description: 'IPC 部 — IPC sections A–H' })
  @IsOptional()
  @Matches(IPC_SECTION, { each: true, message: 'must be an IPC section letter A–H' })
  @ArrayMaxSize(8)
  ipcSections?: string[];

  @Field(() => [String], { nullable: true, description: 'IPC 大类/小类 — IPC classes (`H01`) or subclasses (`H01M`)' })
  @IsOptional()
  @Matches(IPC_CLASS, { each: true, message: 'must be an IPC class like H01 or subclass like H01M' })
  @ArrayMaxSize(50)
  ipcClasses?: string[];

  @Field(() => [Int], { nullable: true, description: '尼斯分类 — Nice classes 1–45' })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(45, { each: true })
  @ArrayMaxSize(45)
  niceClasses?: number[];

  @Field({ nullable: true, description: '最低评估值 — latest valid valuation at least this, integer fen as a string' })
  @IsOptional()
  @Matches(FEN_PATTERN, { message: 'must be a whole number of fen written as digits' })
  minValuationFen?: string;

  @Field({ nullable: true, description: '最高评估值 — latest valid valuation at most this, integer fen as a string' })
  @IsOptional()
  @Matches(FEN_PATTERN, { message: 'must be a whole number of fen written as digits' })
  maxValuationFen?: string;

  @Field({ nullable: true, description: '是否实施 — only assets that are (or are not) being implemented' })
  @IsOptional()
  @IsBoolean()
  implemented?: boolean;

  @Field(() => ID, { nullable: true, description: '企业 — only this enterprise’s assets' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @Field(() => IpAssetSearchSort, { nullable: true, description: '排序 — order; relevance by default' })
  @IsOptional()
  @IsEnum(IpAssetSearchSort)
  sort?: IpAssetSearchSort;
}

@InputType({ description: '白名单企业搜索筛选 — conditions on whitelisted firms, all of which must hold' })
export class FirmSearchFilter {
  @Field({ nullable: true, description: '地区 — the firm is in this region or below it (a region path)' })
  @IsOptional()
  @Matches(REGION_PATH_PATTERN, { message: 'must be a region path such as 310000/310112' })
  regionPath?: string;

  @Field(() => [EnterpriseTag], { nullable: true, description: '资质标签 — the firm holds all of these tags' })
  @IsOptional()
  @IsEnum(EnterpriseTag, { each: true })
  @ArrayMaxSize(10)
  tags?: EnterpriseTag[];

  @Field(() => [String], { nullable: true, description: '行业 — GB/T 4754 sections (`C`) or divisions (`C39`), any of them' })
  @IsOptional()
  @Matches(INDUSTRY, { each: true, message: 'must be an industry section like C or division like C39' })
  @ArrayMaxSize(50)
  industryCodes?: string[];

  @Field(() => Int, { nullable: true, description: '最少知识产权数 — at least this many IP assets' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  minIpCount?: number;

  @Field({ nullable: true, description: '有融资需求 — only firms with (or without) open financing needs' })
  @IsOptional()
  @IsBoolean()
  hasOpenNeeds?: boolean;

  @Field(() => FirmSearchSort, { nullable: true, description: '排序 — order; relevance by default' })
  @IsOptional()
  @IsEnum(FirmSearchSort)
  sort?: FirmSearchSort;
}

@InputType({ description: '质物处置搜索筛选 — conditions on disposal listings, all of which must hold' })
export class DisposalSearchFilter {
  @Field(() => [DisposalMode], { nullable: true, description: '处置方式 — any of these modes' })
  @IsOptional()
  @IsEnum(DisposalMode, { each: true })
  @ArrayMaxSize(10)
  modes?: DisposalMode[];

  @Field(() => [DisposalStatus], { nullable: true, description: '状态 — platform administrators only; everyone else sees published listings' })
  @IsOptional()
  @IsEnum(DisposalStatus, { each: true })
  @ArrayMaxSize(10)
  statuses?: DisposalStatus[];

  @Field(() => [IpType], { nullable: true, description: '资产类型 — listings containing any of these IP types' })
  @IsOptional()
  @IsEnum(IpType, { each: true })
  @ArrayMaxSize(20)
  assetTypes?: IpType[];

  @Field({ nullable: true, description: '最低价 — price at least this, integer fen as a string' })
  @IsOptional()
  @Matches(FEN_PATTERN, { message: 'must be a whole number of fen written as digits' })
  minPriceFen?: string;

  @Field({ nullable: true, description: '最高价 — price at most this, integer fen as a string' })
  @IsOptional()
  @Matches(FEN_PATTERN, { message: 'must be a whole number of fen written as digits' })
  maxPriceFen?: string;

  @Field({ nullable: true, description: '截止不早于 — ends at or after this time' })
  @IsOptional()
  @IsDate()
  endsAfter?: Date;

  @Field({ nullable: true, description: '地区 — listings of this region or below it (a region path)' })
  @IsOptional()
  @Matches(REGION_PATH_PATTERN, { message: 'must be a region path such as 310000/310112' })
  regionPath?: string;

  @Field(() => DisposalSearchSort, { nullable: true, description: '排序 — order; relevance by default' })
  @IsOptional()
  @IsEnum(DisposalSearchSort)
  sort?: DisposalSearchSort;
}
