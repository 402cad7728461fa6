import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '@zhirong/core';
import { EnterpriseTag } from '@zhirong/enterprises';
import { IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { DisposalMode, DisposalStatus } from '../documents/disposal-listing.document';

@ObjectType({ description: '分面取值 — one value of a facet and how many hits have it' })
export class SearchFacetValue {
  @Field({ description: '取值 — the value, e.g. INVENTION_PATENT' })
  value!: string;

  @Field(() => Int, { description: '数量 — hits with this value' })
  count!: number;
}

@ObjectType({ description: '分面 — counts of hits per value of one field, for filter menus' })
export class SearchFacet {
  @Field({ description: '字段 — the field, e.g. `type`' })
  field!: string;

  @Field(() => [SearchFacetValue], { description: '取值 — values with their counts, most frequent first' })
  values!: SearchFacetValue[];
}

@ObjectType({ description: '高亮 — a field’s text with the matched words wrapped in <em>…</em> (other HTML escaped)' })
export class SearchHighlight {
  @Field({ description: '字段 — the highlighted field, e.g. `title`' })
  field!: string;

  @Field({ description: '片段 — the text, matched words in <em> tags; long text is cropped around the match' })
  snippet!: string;
}

@ObjectType({ description: '知识产权搜索结果项 — one IP asset found' })
export class IpAssetSearchHit {
  @Field(() => ID, { description: '知识产权 id — the IP asset' })
  id!: string;

  @Field(() => IpType, { description: '类型 — IP type' })
  type!: IpType;

  @Field({ description: '号码 — registration or application number' })
  number!: string;

  @Field({ description: '名称 — title' })
  title!: string;

  @Field({ description: '摘要 — abstract' })
  abstract!: string;

  @Field(() => ID, { description: '权利人企业 id — the owner enterprise' })
  enterpriseId!: string;

  @Field({ description: '权利人 — owner’s name' })
  ownerName!: string;

  @Field({ description: '地区路径 — owner’s region path' })
  regionPath!: string;

  @Field(() => [String], { description: 'IPC 分类号 — IPC symbols' })
  ipcClasses!: string[];

  @Field(() => [Int], { description: '尼斯分类 — Nice classes' })
  niceClasses!: number[];

  @Field(() => LegalStatus, { description: '法律状态 — legal status' })
  legalStatus!: LegalStatus;

  @Field(() => PledgeStatus, { description: '质押状态 — pledge status' })
  pledgeStatus!: PledgeStatus;

  @Field({ description: '是否实施 — being implemented' })
  implemented!: boolean;

  @Field(() => Money, { nullable: true, description: '评估值 — latest valuation still valid, if any' })
  valuation!: Money | null;

  @Field(() => String, { nullable: true, description: '申请日 — filing date (YYYY-MM-DD)' })
  filedOn!: string | null;

  @Field(() => [SearchHighlight], { description: '高亮 — fields where the query matched' })
  highlights!: SearchHighlight[];
}

@ObjectType({ description: '白名单企业搜索结果项 — one whitelisted firm found' })
export class FirmSearchHit {
  @Field(() => ID, { description: '企业 id — the enterprise' })
  id!: string;

  @Field({ description: '企业名称 — name' })
  name!: string;

  @Field({ description: '统一社会信用代码 — unified social credit code' })
  creditCode!: string;

  @Field(() => [EnterpriseTag], { description: '资质标签 — tags' })
  tags!: EnterpriseTag[];

  @Field({ description: '行业代码 — GB/T 4754 industry code' })
  industryCode!: string;

  @Field({ description: '行业 — industry section name' })
  industryName!: string;

  @Field({ description: '地区路径 — region path' })
  regionPath!: string;

  @Field({ description: '地区 — region name' })
  regionName!: string;

  @Field(() => Int, { description: '知识产权数 — IP assets held' })
  ipCount!: number;

  @Field(() => Int, { description: '专利数 — patents' })
  patentCount!: number;

  @Field(() => Int, { description: '商标数 — trademarks' })
  trademarkCount!: number;

  @Field(() => Int, { description: '著作权数 — copyrights incl. software' })
  copyrightCount!: number;

  @Field(() => [String], { description: '知识产权名称 — titles of its newest IP (up to 20)' })
  ipTitles!: string[];

  @Field(() => Int, { description: '融资需求数 — open financing needs' })
  openNeedCount!: number;

  @Field(() => Money, { description: '融资需求金额 — total of open financing needs' })
  openNeedAmount!: Money;

  @Field(() => [SearchHighlight], { description: '高亮 — fields where the query matched' })
  highlights!: SearchHighlight[];
}

@ObjectType({ description: '质物处置搜索结果项 — one disposal listing found' })
export class DisposalListingSearchHit {
  @Field(() => ID, { description: '挂牌 id — the listing' })
  id!: string;

  @Field({ description: '标题 — title' })
  title!: string;

  @Field({ description: '说明 — description' })
  description!: string;

  @Field(() => [String], { description: '资产名称 — titles of the IP offered' })
  assetTitles!: string[];

  @Field(() => [IpType], { description: '资产类型 — IP types offered' })
  assetTypes!: IpType[];

  @Field(() => DisposalMode, { description: '处置方式 — mode' })
  mode!: DisposalMode;

  @Field(() => DisposalStatus, { description: '状态 — status' })
  status!: DisposalStatus;

  @Field(() => Money, { description: '价格 — start or asking price' })
  price!: Money;

  @Field(() => Date, { nullable: true, description: '截止时间 — end time' })
  endsAt!: Date | null;

  @Field({ description: '地区路径 — region path' })
  regionPath!: string;

  @Field(() => [SearchHighlight], { description: '高亮 — fields where the query matched' })
  highlights!: SearchHighlight[];
}

@ObjectType({ description: '知识产权搜索结果 — IP assets found' })
export class IpAssetSearchResult {
  @Field(() => [IpAssetSearchHit], { description: '结果 — this page of hits' })
  hits!: IpAssetSearchHit[];

  @Field(() => Int, { description: '总数 — hits in all (estimated beyond 10,100)' })
  totalHits!: number;

  @Field(() => [SearchFacet], { description: '分面 — counts by type, legal status, pledge status, IPC section, Nice class, implemented' })
  facets!: SearchFacet[];

  @Field(() => Int, { description: '耗时 — milliseconds the search engine took' })
  processingTimeMs!: number;
}

@ObjectType({ description: '白名单企业搜索结果 — whitelisted firms found' })
export class FirmSearchResult {
  @Field(() => [FirmSearchHit], { description: '结果 — this page of hits' })
  hits!: FirmSearchHit[];

  @Field(() => Int, { description: '总数 — hits in all (estimated beyond 10,100)' })
  totalHits!: number;

  @Field(() => [SearchFacet], { description: '分面 — counts by tag and industry section' })
  facets!: SearchFacet[];

  @Field(() => Int, { description: '耗时 — milliseconds the search engine took' })
  processingTimeMs!: number;
}

@ObjectType({ description: '质物处置搜索结果 — disposal listings found' })
export class DisposalSearchResult {
  @Field(() => [DisposalListingSearchHit], { description: '结果 — this page of hits' })
  hits!: DisposalListingSearchHit[];

  @Field(() => Int, { description: '总数 — hits in all (estimated beyond 10,100)' })
  totalHits!: number;

  @Field(() => [SearchFacet], { description: '分面 — counts by mode and asset type' })
  facets!: SearchFacet[];

  @Field(() => Int, { description: '耗时 — milliseconds the search engine took' })
  processingTimeMs!: number;
}
