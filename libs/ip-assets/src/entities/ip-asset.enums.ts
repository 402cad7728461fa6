import { registerEnumType } from '@nestjs/graphql';
import { IpType } from '../ip-types';

// IpType lives in a file without Nest so the web app can check numbers with the same code.

export { IpType };

export const IP_TYPE_LABELS: Record<IpType, string> = {
  [IpType.INVENTION_PATENT]: '发明专利',
  [IpType.UTILITY_MODEL]: '实用新型专利',
  [IpType.DESIGN_PATENT]: '外观设计专利',
  [IpType.TRADEMARK]: '商标专用权',
  [IpType.COPYRIGHT]: '著作权',
  [IpType.SOFTWARE_COPYRIGHT]: '软件著作权',
  [IpType.IC_LAYOUT]: '集成电路布图设计',
  [IpType.GEOGRAPHICAL_INDICATION]: '地理标志',
  [IpType.LICENSE_REVENUE_RIGHT]: '许可收益权',
};

export const PATENT_TYPES = [IpType.INVENTION_PATENT, IpType.UTILITY_MODEL, IpType.DESIGN_PATENT];

export enum LegalStatus {
  VALID = 'VALID',
  PENDING = 'PENDING',
  LAPSED_UNPAID_FEES = 'LAPSED_UNPAID_FEES',
  INVALIDATED = 'INVALIDATED',
  EXPIRED = 'EXPIRED',
  TRANSFERRED = 'TRANSFERRED',
}

export enum PledgeStatus {
  FREE = 'FREE',
  PLEDGED = 'PLEDGED',
  IN_DISPOSAL = 'IN_DISPOSAL',
  DISPOSED = 'DISPOSED',
}

export enum ValuationMethod {
  INCOME = 'INCOME',
  MARKET = 'MARKET',
  COST = 'COST',
}

/** Other security offered with an IP bundle (组合质押). */
export enum CollateralKind {
  PHYSICAL = 'PHYSICAL',
  CREDIT = 'CREDIT',
  EQUITY = 'EQUITY',
}

/** 评估委托状态: an engagement is open until the valuer records its appraisal or someone withdraws it. */
export enum ValuationEngagementStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(IpType, {
  name: 'IpType',
  description: '知识产权类型 — the kind of IP right',
  valuesMap: {
    INVENTION_PATENT: { description: 'Invention patent (发明专利)' },
    UTILITY_MODEL: { description: 'Utility model (实用新型专利)' },
    DESIGN_PATENT: { description: 'Design patent (外观设计专利)' },
    TRADEMARK: { description: 'Trademark (商标). The exclusive right to a registered trademark (商标专用权)' },
    COPYRIGHT: { description: 'Copyright (著作权)' },
    SOFTWARE_COPYRIGHT: { description: 'Software copyright (软件著作权)' },
    IC_LAYOUT: { description: 'IC layout design (集成电路布图设计)' },
    GEOGRAPHICAL_INDICATION: { description: 'Geographical indication (地理标志)' },
    LICENSE_REVENUE_RIGHT: { description: 'Licence-revenue right (许可收益权)' },
  },
});
registerEnumType(LegalStatus, {
  name: 'LegalStatus',
  description: '法律状态 — the legal status of an IP right',
  valuesMap: {
    VALID: { description: 'Valid (有效)' },
    PENDING: { description: 'Pending (审查中)' },
    LAPSED_UNPAID_FEES: { description: 'Lapsed for unpaid fees (未缴年费终止)' },
    INVALIDATED: { description: 'Invalidated (被宣告无效)' },
    EXPIRED: { description: 'Expired (期限届满)' },
    TRANSFERRED: { description: 'Transferred (已转让)' },
  },
});
registerEnumType(PledgeStatus, {
  name: 'PledgeStatus',
  description: '质押状态 — whether an IP asset is pledged',
  valuesMap: {
    FREE: { description: 'Not pledged (未质押)' },
    PLEDGED: { description: 'Pledged (已质押)' },
    IN_DISPOSAL: { description: 'In disposal (处置中)' },
    DISPOSED: { description: 'Disposed (已处置)' },
  },
});
registerEnumType(ValuationMethod, {
  name: 'ValuationMethod',
  description: '评估方法 — how a valuer appraised an asset',
  valuesMap: {
    INCOME: { description: 'Income approach (收益法)' },
    MARKET: { description: 'Market approach (市场法)' },
    COST: { description: 'Cost approach (成本法)' },
  },
});
registerEnumType(CollateralKind, {
  name: 'CollateralKind',
  description: '组合担保 — other security offered with an IP bundle (组合质押)',
  valuesMap: {
    PHYSICAL: { description: 'Physical collateral (实物抵押)' },
    CREDIT: { description: 'Credit (信用)' },
    EQUITY: { description: 'Equity pledge (股权质押)' },
  },
});
registerEnumType(ValuationEngagementStatus, {
  name: 'ValuationEngagementStatus',
  description: '评估委托状态 — where a valuation engagement stands',
  valuesMap: {
    OPEN: { description: 'Awaiting valuation (待评估)' },
    COMPLETED: { description: 'Valued (已出具评估)' },
    CANCELLED: { description: 'Cancelled (已撤销). Withdrawn, or the valuer declined' },
  },
});
