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
  description: '白名单筛选指标 — what a screening rule looks at (科创属性高、成长性好、地方贡献多; credit records)',
  valuesMap: {
    NO_DISHONESTY: { description: 'No dishonesty record (无失信记录). Not on the dishonest-debtor list (失信被执行人)' },
    MIN_CREDIT_RATING: { description: 'Minimum credit rating (最低信用评级)' },
    VALID_INVENTION_PATENTS: { description: 'Valid invention patents (有效发明专利数)' },
    HIGH_VALUE_PATENTS: { description: 'High-value patents (高价值专利数)' },
    TOTAL_VALUATION: { description: 'Total IP valuation (知识产权评估总值). Sum of the latest valid valuations' },
    REVENUE_GROWTH: { description: 'Revenue growth (营收同比增长率). Over the last two fiscal years' },
    TAGS: { description: 'Recognitions (资质标签). Holds any of the listed recognitions' },
    LOCAL_CONTRIBUTION: { description: 'Local contribution (地方贡献). Proxied by headcount (从业人数)' },
  },
});
registerEnumType(WhitelistBatchStatus, {
  name: 'WhitelistBatchStatus',
  description: '批次状态 — where a whitelist batch stands',
  valuesMap: {
    DRAFT: { description: 'Draft (草稿)' },
    PUBLISHED: { description: 'Published (已发布). Frozen: it can no longer change' },
    SUPERSEDED: { description: 'Superseded (已被取代). A newer published batch replaced it' },
  },
});
registerEnumType(WhitelistManualChange, {
  name: 'WhitelistManualChange',
  description: '人工调整 — a hand edit of an office on a draft batch',
  valuesMap: {
    ADDED: { description: 'Added by hand (人工加入)' },
    REMOVED: { description: 'Removed by hand (人工移出)' },
  },
});
registerEnumType(WhitelistDeliveryStatus, {
  name: 'WhitelistDeliveryStatus',
  description: '推送状态 — one bank × firm delivery',
  valuesMap: {
    QUEUED: { description: 'Queued (排队中)' },
    FAILED: { description: 'Retrying (失败重试中). The webhook failed; it is tried again' },
    DELIVERED: { description: 'Delivered (已送达)' },
    DEAD: { description: 'Given up (重试耗尽). Retries are used up; it can be pushed again' },
  },
});
registerEnumType(WhitelistResponseStatus, {
  name: 'WhitelistResponseStatus',
  description: '银行反馈 — a bank’s answer on a pushed firm',
  valuesMap: {
    INTERESTED: { description: 'Interested (有意向)' },
    CREDIT_LINE_OFFERED: { description: 'Credit line offered (已给予授信额度)' },
    DECLINED: { description: 'Declined (不予支持)' },
    CONTACTED: { description: 'Contacted (已对接)' },
  },
});
