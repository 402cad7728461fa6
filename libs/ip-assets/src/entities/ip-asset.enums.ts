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
  description: '知识产权类型 — INVENTION_PATENT 发明专利, UTILITY_MODEL 实用新型, DESIGN_PATENT 外观设计, TRADEMARK 商标专用权, COPYRIGHT 著作权, SOFTWARE_COPYRIGHT 软件著作权, IC_LAYOUT 集成电路布图设计, GEOGRAPHICAL_INDICATION 地理标志, LICENSE_REVENUE_RIGHT 许可收益权',
});
registerEnumType(LegalStatus, {
  name: 'LegalStatus',
  description: '法律状态 — VALID 有效, PENDING 审查中, LAPSED_UNPAID_FEES 未缴年费终止, INVALIDATED 被宣告无效, EXPIRED 期限届满, TRANSFERRED 已转让',
});
registerEnumType(PledgeStatus, {
  name: 'PledgeStatus',
  description: '质押状态 — FREE 未质押, PLEDGED 已质押, IN_DISPOSAL 处置中, DISPOSED 已处置',
});
registerEnumType(ValuationMethod, { name: 'ValuationMethod', description: '评估方法 — INCOME 收益法, MARKET 市场法, COST 成本法' });
registerEnumType(CollateralKind, { name: 'CollateralKind', description: '组合担保 — PHYSICAL 实物抵押, CREDIT 信用, EQUITY 股权质押' });
registerEnumType(ValuationEngagementStatus, {
  name: 'ValuationEngagementStatus',
  description: '评估委托状态 — OPEN 待评估, COMPLETED 已出具评估, CANCELLED 已撤销或评估机构拒绝',
});
