import { registerEnumType } from '@nestjs/graphql';

/** How the figures are broken down. */
export enum StatisticsGroupBy {
  MONTH = 'MONTH',
  REGION = 'REGION',
  BANK = 'BANK',
  PRODUCT = 'PRODUCT',
  PARK = 'PARK',
  EVENT = 'EVENT',
}

/** Where an answer's loan figures were read from. */
export enum StatisticsSource {
  /** The plain set-based SQL over loan, repayment, loan_pledged_asset and ip_asset. */
  BASE_TABLES = 'BASE_TABLES',
  /** The per-loan-month facts of `loan_month_fact`, as of its last refresh (the `stats.refresh` job). */
  MATERIALISED_VIEW = 'MATERIALISED_VIEW',
}

registerEnumType(StatisticsGroupBy, {
  name: 'StatisticsGroupBy',
  description: '统计维度 — how financing statistics are broken down',
  valuesMap: {
    MONTH: { description: 'Month (按月)' },
    REGION: { description: 'Region of the firm at approval (按地区)' },
    BANK: { description: 'Lending bank (按银行)' },
    PRODUCT: { description: 'Loan product (按产品)' },
    PARK: { description: 'Park of the firm (按园区)' },
    EVENT: { description: 'Matchmaking event the loan came from (按对接活动)' },
  },
});

registerEnumType(StatisticsSource, {
  name: 'StatisticsSource',
  description: '数据来源 — what the loan figures were computed from',
  valuesMap: {
    BASE_TABLES: { description: 'Loan tables, computed at query time (实时计算)' },
    MATERIALISED_VIEW: { description: 'Per-loan-month facts as of their last refresh (物化汇总)' },
  },
});
