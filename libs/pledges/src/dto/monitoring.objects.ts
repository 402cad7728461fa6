import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LegalStatus } from '@zhirong/ip-assets';
import { IsEnum, IsString, Matches, MaxLength } from 'class-validator';
import { LegalStatusChange, LegalStatusSource, LoanAlert, LoanAlertDelivery, LoanAlertDeliveryStatus } from '../entities/monitoring.entity';

registerEnumType(LegalStatusSource, {
  name: 'LegalStatusSource',
  description: '来源 — how a legal-status change reached the platform',
  valuesMap: {
    FEED_FILE: { description: 'Status feed file (状态数据文件)' },
    API: { description: 'Reported through the API (接口上报)' },
  },
});

registerEnumType(LoanAlertDeliveryStatus, {
  name: 'LoanAlertDeliveryStatus',
  description: '预警推送状态 — the webhook of a loan alert to the pledgee bank',
  valuesMap: {
    QUEUED: { description: 'Queued (待推送)' },
    DELIVERED: { description: 'Delivered (已送达)' },
    FAILED: { description: 'Failed, will be retried (失败，将重试)' },
    DEAD: { description: 'Given up: out of attempts or address refused (已放弃)' },
    NO_WEBHOOK: { description: 'No webhook configured: inbox only (未配置推送地址)' },
  },
});

@InputType({ description: '上报法律状态变更 — an asset’s new legal status, by its number' })
export class ReportLegalStatusChangeInput {
  @Field({ description: '专利号/注册号' })
  @IsString()
  @MaxLength(40)
  number!: string;

  @Field(() => LegalStatus, { description: '法律状态 — the status the feed reports' })
  @IsEnum(LegalStatus)
  status!: LegalStatus;

  @Field({ description: '生效日期 — YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  effectiveOn!: string;
}

@ObjectType('LegalStatusChange', { description: '法律状态变更 — a reported change of an asset’s legal status' })
export class LegalStatusChangeObject {
  @Field(() => ID, { description: '变更记录 id' })
  id!: string;

  @Field(() => ID, { description: '知识产权 id — the asset whose status changed' })
  ipAssetId!: string;

  @Field(() => LegalStatus, { description: '原法律状态 — the status before' })
  fromStatus!: LegalStatus;

  @Field(() => LegalStatus, { description: '新法律状态 — the status reported' })
  toStatus!: LegalStatus;

  @Field({ description: '生效日期 — YYYY-MM-DD' })
  effectiveOn!: string;

  @Field(() => LegalStatusSource, { description: '来源 — a feed file or the API' })
  source!: LegalStatusSource;

  @Field(() => Int, { description: '预警贷款数 — live loans of the asset whose banks were alerted' })
  alertedLoans!: number;

  static from(c: LegalStatusChange, alertedLoans: number): LegalStatusChangeObject {
    return { id: c.id, ipAssetId: c.ipAssetId, fromStatus: c.fromStatus, toStatus: c.toStatus, effectiveOn: c.effectiveOn, source: c.source, alertedLoans };
  }
}

@ObjectType('LegalStatusFeedProblem', { description: '导入问题 — a line of the feed file that was not applied' })
export class LegalStatusFeedProblemObject {
  @Field(() => Int, { description: '行号 — from 1' })
  line!: number;

  @Field({ description: '问题 — why the line was not applied' })
  message!: string;
}

@ObjectType('LegalStatusFeedImport', { description: '状态数据导入结果' })
export class LegalStatusFeedImportObject {
  @Field(() => Int, { description: '已变更' })
  changed!: number;

  @Field(() => Int, { description: '无变化 — the asset had that status already' })
  unchanged!: number;

  @Field(() => Int, { description: '预警数 — loan alerts raised' })
  alerts!: number;

  @Field(() => [LegalStatusFeedProblemObject], { description: '未导入的行 — the lines not applied, with their reasons' })
  problems!: LegalStatusFeedProblemObject[];
}

@ObjectType('LoanAlert', { description: '贷中预警 — an alert on a loan, e.g. a pledged asset’s legal status changed' })
export class LoanAlertObject {
  @Field(() => ID, { description: '预警 id' })
  id!: string;

  @Field(() => ID, { description: '贷款 id' })
  loanId!: string;

  @Field(() => ID, { description: '质物 id — the pledged asset whose status changed' })
  ipAssetId!: string;

  @Field({ description: '预警内容 — what changed' })
  message!: string;

  @Field({ description: '预警时间 — when the platform raised it' })
  createdAt!: Date;

  static from(a: LoanAlert): LoanAlertObject {
    return { id: a.id, loanId: a.loanId, ipAssetId: a.ipAssetId, message: a.message, createdAt: a.createdAt };
  }
}

@ObjectType('LoanAlertWebhookDelivery', { description: '预警推送 — the signed webhook of a loan alert to the pledgee bank (the bank’s own)' })
export class LoanAlertWebhookDeliveryObject {
  @Field(() => ID, { description: '推送记录 id' })
  id!: string;

  @Field(() => LoanAlertDeliveryStatus, { description: '状态' })
  status!: LoanAlertDeliveryStatus;

  @Field(() => Int, { description: '尝试次数 — webhook calls made' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: '最近错误 — why the last call failed' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: '送达时间' })
  deliveredAt!: Date | null;

  static from(d: LoanAlertDelivery): LoanAlertWebhookDeliveryObject {
    return { id: d.id, status: d.status, attempts: d.attempts, lastError: d.lastError, deliveredAt: d.deliveredAt };
  }
}
