import { registerEnumType } from '@nestjs/graphql';

/** What a screening rule looks at (songjiang: 科创属性高、成长性好、地方贡献多; credit records). */
export enum ScreeningCriterion {
  /** Not on the dishonest-debtor list (失信被执行人). */
  NO_DISHONESTY = 'NO_DISHONESTY',
  /** Credit grade at least the threshold (e.g. `A`). */
  MIN_CREDIT_RATING = 'MIN_CREDIT_RATING',
  /** At least N valid invention patents. */
  VALID_INVENTION_PATENTS = 'VALID_INVENTION_PATENTS',
  /** At least N high-value patents (proxy, see screening.rules.ts). */
  HIGH_VALUE_PATENTS = 'HIGH_VALUE_PATENTS',
  /** Sum of the latest valid valuations at least the threshold, in fen. */
  TOTAL_VALUATION = 'TOTAL_VALUATION',
  /** Revenue growth in basis points; the platform holds one revenue figure, so this is always "no data". */
  REVENUE_GROWTH = 'REVENUE_GROWTH',
  /** Holds any of the listed recognitions (comma-separated EnterpriseTag values). */
  TAGS = 'TAGS',
  /** Local contribution, proxied by headcount (jobs provided locally). */
  LOCAL_CONTRIBUTION = 'LOCAL_CONTRIBUTION',
}

export enum WhitelistBatchStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}

/** A hand edit of an office on a draft batch. */
export enum WhitelistManualChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}

/** One bank×firm delivery: queued, retrying after a failed webhook, delivered, or given up (re-drivable). */
export enum WhitelistDeliveryStatus {
  QUEUED = 'QUEUED',
  FAILED = 'FAILED',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
}

export enum WhitelistResponseStatus {
  INTERESTED = 'INTERESTED',
  CREDIT_LINE_OFFERED = 'CREDIT_LINE_OFFERED',
  DECLINED = 'DECLINED',
  CONTACTED = 'CONTACTED',
}

registerEnumType(ScreeningCriterion, {
  name: 'ScreeningCriterion',
  description:
    '白名单筛选指标 — NO_DISHONESTY 无失信记录, MIN_CREDIT_RATING 最低信用评级, VALID_INVENTION_PATENTS 有效发明专利数, HIGH_VALUE_PATENTS 高价值专利数, TOTAL_VALUATION 知识产权评估总值, REVENUE_GROWTH 营收同比增长率(最近两个会计年度), TAGS 资质标签, LOCAL_CONTRIBUTION 地方贡献(以从业人数为代理)',
});
registerEnumType(WhitelistBatchStatus, { name: 'WhitelistBatchStatus', description: '批次状态 — DRAFT 草稿, PUBLISHED 已发布(不可修改), SUPERSEDED 已被新版本取代' });
registerEnumType(WhitelistManualChange, { name: 'WhitelistManualChange', description: '人工调整 — ADDED 人工加入, REMOVED 人工移出' });
registerEnumType(WhitelistDeliveryStatus, {
  name: 'WhitelistDeliveryStatus',
  description: '推送状态 — QUEUED 排队中, FAILED 失败重试中, DELIVERED 已送达, DEAD 重试耗尽(可重新推送)',
});
registerEnumType(WhitelistResponseStatus, {
  name: 'WhitelistResponseStatus',
  description: '银行反馈 — INTERESTED 有意向, CREDIT_LINE_OFFERED 已给予授信额度, DECLINED 不予支持, CONTACTED 已对接',
});
