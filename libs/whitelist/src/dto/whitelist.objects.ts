import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BankAccessRevocationReason } from '@zhirong/access';
import { Connection, Money } from '@zhirong/core';
import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { IpType } from '@zhirong/ip-assets';
import { ScreeningRuleSet } from '../entities/screening-rule-set.entity';
import { CriterionResult, WhitelistBatch } from '../entities/whitelist-batch.entity';
import { ScreeningCriterion, WhitelistBatchStatus, WhitelistManualChange, WhitelistResponseStatus } from '../entities/whitelist.enums';

@ObjectType('ScreeningRule', { description: '筛选指标 — one criterion of a rule set' })
export class ScreeningRuleObject {
  @Field(() => ScreeningCriterion, { description: '指标' })
  criterion!: ScreeningCriterion;

  @Field(() => String, { nullable: true, description: '门槛 — read per criterion (see ScreeningRuleInput.threshold)' })
  threshold!: string | null;

  @Field(() => Int, { description: '权重 — weight' })
  weight!: number;

  @Field({ description: '必备 — failing it excludes the firm' })
  required!: boolean;
}

@ObjectType('ScreeningRuleSet', { description: '筛选规则 — a version of an office’s screening rules for its region' })
export class ScreeningRuleSetObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => ID, { description: '地区 — the region it applies to' })
  regionId!: string;

  @Field({ description: '地区路径 — region path' })
  regionPath!: string;

  @Field(() => Int, { description: '版本 — version within the region' })
  version!: number;

  @Field(() => [ScreeningRuleObject], { description: '指标 — criteria' })
  criteria!: ScreeningRuleObject[];

  @Field(() => Int, { description: '入围分数 — minimum score' })
  minScore!: number;

  @Field({ description: '定义时间' })
  createdAt!: Date;

  static from(r: ScreeningRuleSet): ScreeningRuleSetObject {
    return { id: r.id, regionId: r.regionId, regionPath: r.regionPath, version: r.version, criteria: r.criteria, minScore: r.minScore, createdAt: r.createdAt };
  }
}

@ObjectType('ScreeningReason', { description: '筛选理由 — how one criterion came out for a firm' })
export class ScreeningReasonObject implements CriterionResult {
  @Field(() => ScreeningCriterion, { description: '指标 — the criterion' })
  criterion!: ScreeningCriterion;

  @Field({ description: '是否满足' })
  passed!: boolean;

  @Field({ description: '必备指标' })
  required!: boolean;

  @Field(() => Int, { description: '权重' })
  weight!: number;

  @Field(() => String, { nullable: true, description: '企业的值 — the firm’s figure; null when unknown' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: '门槛' })
  threshold!: string | null;

  @Field({ description: '说明（中文）' })
  reasonZh!: string;

  @Field({ description: 'Explanation (English)' })
  reasonEn!: string;
}

@ObjectType('WhitelistEntry', { description: '白名单条目 — one firm in a batch with its score and reasons' })
export class WhitelistEntryObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => ID, { description: '企业' })
  enterpriseId!: string;

  @Field({ description: '企业名称' })
  enterpriseName!: string;

  @Field(() => Int, { description: '得分 0–100' })
  score!: number;

  @Field({ description: '是否入选' })
  included!: boolean;

  @Field({ description: '是否由下级/园区/银行推荐 (上下联动)' })
  nominated!: boolean;

  @Field(() => WhitelistManualChange, { nullable: true, description: '人工调整' })
  manualChange!: WhitelistManualChange | null;

  @Field(() => String, { nullable: true, description: '调整理由' })
  manualReason!: string | null;

  @Field(() => [ScreeningReasonObject], { description: '逐项理由' })
  reasons!: ScreeningReasonObject[];
}

@ObjectType('WhitelistOrganization', { description: '机构 — id and name of a bank or office' })
export class WhitelistOrganizationObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field({ description: '名称 — name' })
  name!: string;
}

@ObjectType('WhitelistBankProgress', { description: '推送进度 — deliveries to one bank by state' })
export class WhitelistBankProgressObject {
  @Field(() => WhitelistOrganizationObject, { description: '银行' })
  bank!: WhitelistOrganizationObject;

  @Field(() => Int, { description: '排队中' })
  queued!: number;

  @Field(() => Int, { description: '已送达' })
  delivered!: number;

  @Field(() => Int, { description: '失败重试中' })
  failed!: number;

  @Field(() => Int, { description: '重试耗尽 (可重新推送)' })
  dead!: number;

  @Field(() => Int, { description: '合计' })
  total!: number;
}

@ObjectType('WhitelistPush', { description: '推送 — a published batch sent to banks' })
export class WhitelistPushObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => ID, { description: '白名单批次 — the batch' })
  batchId!: string;

  @Field({ description: '推送时间' })
  createdAt!: Date;

  @Field(() => Int, { description: '本次新建的投递数 (bank×firm)' })
  total!: number;

  @Field(() => [WhitelistBankProgressObject], { description: '各银行进度' })
  perBank!: WhitelistBankProgressObject[];
}

@ObjectType('WhitelistBatch', { description: '白名单批次 — a versioned whitelist of an office' })
export class WhitelistBatchObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => Int, { description: '版本' })
  version!: number;

  @Field(() => WhitelistBatchStatus, { description: '状态 — status' })
  status!: WhitelistBatchStatus;

  @Field(() => ID, { description: '筛选机构' })
  officeId!: string;

  @Field({ description: '地区路径' })
  regionPath!: string;

  @Field(() => ID, { description: '所用规则版本' })
  ruleSetId!: string;

  @Field(() => Date, { nullable: true, description: '发布时间 — when it was published; immutable from then' })
  publishedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: '取代它的批次' })
  supersededById!: string | null;

  @Field({ description: '创建时间 — when it was created' })
  createdAt!: Date;

  static from(b: WhitelistBatch): WhitelistBatchObject {
    return {
      id: b.id,
      version: b.version,
      status: b.status,
      officeId: b.officeOrganizationId,
      regionPath: b.regionPath,
      ruleSetId: b.ruleSetId,
      publishedAt: b.publishedAt,
      supersededById: b.supersededById,
      createdAt: b.createdAt,
    };
  }
}

@ObjectType('WhitelistNomination', { description: '推荐 — a firm proposed for a higher office’s next batch' })
export class WhitelistNominationObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => ID, { description: '企业 — the firm' })
  enterpriseId!: string;

  @Field(() => ID, { description: '推荐机构' })
  nominatorId!: string;

  @Field(() => ID, { nullable: true, description: '目标机构' })
  officeId!: string | null;

  @Field({ description: '理由 — why' })
  reason!: string;

  @Field({ description: '创建时间 — when it was created' })
  createdAt!: Date;
}

@ObjectType('BankWebhook', { description: 'Webhook 配置 — where pushed firms are POSTed (the secret is never shown)' })
export class BankWebhookObject {
  @Field({ description: 'Webhook 地址 — where pushes are POSTed' })
  url!: string;

  @Field({ description: '更新时间 — when it last changed' })
  updatedAt!: Date;
}

@ObjectType('WhitelistResponse', { description: '银行反馈 — one answer of a bank on a pushed firm' })
export class WhitelistResponseObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => ID, { description: '企业 — the firm' })
  enterpriseId!: string;

  @Field({ description: '企业名称' })
  enterpriseName!: string;

  @Field(() => WhitelistOrganizationObject, { description: '银行' })
  bank!: WhitelistOrganizationObject;

  @Field(() => ID, { description: '所属批次' })
  batchId!: string;

  @Field(() => WhitelistResponseStatus, { description: '状态 — status' })
  status!: WhitelistResponseStatus;

  @Field(() => Money, { nullable: true, description: '授信额度' })
  creditLine!: Money | null;

  @Field(() => String, { nullable: true, description: '原因/说明' })
  reason!: string | null;

  @Field({ description: '原因是否向企业公开' })
  shareReasonWithFirm!: boolean;

  @Field({ description: '反馈时间' })
  createdAt!: Date;
}

@ObjectType({ description: '银行反馈列表 — a page of answers (Relay connection)' })
export class WhitelistResponseConnection extends Connection(WhitelistResponseObject, 'WhitelistResponse') {}

@ObjectType('WhitelistInterest', { description: '银行意向 — a bank’s newest answer on your firm; decline reasons only when the bank shares them' })
export class WhitelistInterestObject {
  @Field(() => WhitelistOrganizationObject, { description: '银行' })
  bank!: WhitelistOrganizationObject;

  @Field(() => WhitelistResponseStatus, { description: '状态 — status' })
  status!: WhitelistResponseStatus;

  @Field(() => Money, { nullable: true, description: '授信额度' })
  creditLine!: Money | null;

  @Field(() => String, { nullable: true, description: '原因 — only when the bank chose to share it' })
  reason!: string | null;

  @Field({ description: '反馈时间' })
  respondedAt!: Date;
}

@ObjectType('IpTypeCount', { description: '按类型计数' })
export class IpTypeCountObject {
  @Field(() => IpType, { description: '知识产权类型 — IP type' })
  type!: IpType;

  @Field(() => Int, { description: '数量 — how many' })
  count!: number;
}

@ObjectType('WhitelistIpSummary', { description: '知识产权概况 — counts by type, valid invention patents, total latest valid valuation' })
export class WhitelistIpSummaryObject {
  @Field(() => Int, { description: '知识产权总数' })
  total!: number;

  @Field(() => [IpTypeCountObject], { description: '按类型' })
  byType!: IpTypeCountObject[];

  @Field(() => Int, { description: '有效发明专利' })
  validInventionPatents!: number;

  @Field(() => Money, { description: '最新有效评估总值' })
  totalLatestValuation!: Money;
}

@ObjectType('WhitelistOpenNeed', { description: '开放融资需求' })
export class WhitelistOpenNeedObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field(() => Money, { description: '金额 — amount' })
  amount!: Money;

  @Field(() => Int, { description: '期限（月） — term in months' })
  termMonths!: number;

  @Field({ description: '用途 — purpose' })
  purpose!: string;
}

@ObjectType('WhitelistedFirm', { description: '白名单企业 — a firm pushed to your bank (or, for an office, whitelisted in its region)' })
export class WhitelistedFirmObject {
  @Field(() => ID, { description: 'Id' })
  id!: string;

  @Field({ description: '名称 — name' })
  name!: string;

  @Field({ description: '统一社会信用代码' })
  creditCode!: string;

  @Field({ description: '行业代码' })
  industryCode!: string;

  @Field({ description: '地区路径' })
  regionPath!: string;

  @Field(() => [EnterpriseTag], { description: '资质标签 — tags' })
  tags!: EnterpriseTag[];

  @Field(() => CreditRating, { nullable: true, description: '信用评级 — credit rating' })
  creditRating!: CreditRating | null;

  @Field(() => Int, { nullable: true, description: '员工人数 — employees' })
  employees!: number | null;

  @Field(() => WhitelistIpSummaryObject, { description: '知识产权概况 — IP summary' })
  ipSummary!: WhitelistIpSummaryObject;

  @Field(() => [WhitelistOpenNeedObject], { description: '开放的融资需求' })
  openNeeds!: WhitelistOpenNeedObject[];

  @Field(() => WhitelistResponseStatus, { nullable: true, description: '本行最新反馈 (banks only)' })
  myResponse!: WhitelistResponseStatus | null;

  @Field(() => Date, { nullable: true, description: '最近送达本行的时间 (banks only)' })
  pushedAt!: Date | null;
}

@ObjectType({ description: '白名单企业列表 (Relay connection)' })
export class WhitelistedFirmConnection extends Connection(WhitelistedFirmObject, 'WhitelistedFirm') {}

@ObjectType('BankAccessRevocation', { description: '访问权限撤销 — a firm your bank no longer sees, and why (your inbox of revocations)' })
export class BankAccessRevocationObject {
  @Field(() => ID, { description: '撤销记录 id' })
  id!: string;

  @Field(() => ID, { description: '企业 id — the firm' })
  enterpriseId!: string;

  @Field({ description: '企业名称 — the firm’s name, as your bank saw it' })
  enterpriseName!: string;

  @Field({ description: '原授权原因 — how the access had been granted (WHITELIST_PUSH, APPLIED …)' })
  grantReason!: string;

  @Field(() => BankAccessRevocationReason, { description: '撤销原因 — why it ended' })
  reason!: BankAccessRevocationReason;

  @Field(() => ID, { nullable: true, description: '起因 — e.g. the superseding whitelist batch' })
  causeId!: string | null;

  @Field({ description: '撤销时间' })
  revokedAt!: Date;
}

@ObjectType({ description: '访问权限撤销列表 — a page of revocations (Relay connection)' })
export class BankAccessRevocationConnection extends Connection(BankAccessRevocationObject, 'BankAccessRevocation') {}

@ObjectType({ description: '白名单批次列表 — an office’s batches, newest version first (Relay connection)' })
export class WhitelistBatchConnection extends Connection(WhitelistBatchObject, 'WhitelistBatch') {}
