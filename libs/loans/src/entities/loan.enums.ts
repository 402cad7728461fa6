import { registerEnumType } from '@nestjs/graphql';

/** A loan application's life: SUBMITTED → APPROVED | COUNTER_OFFERED | DECLINED | WITHDRAWN; COUNTER_OFFERED → APPROVED (firm accepts) | DECLINED | WITHDRAWN. */
export enum LoanApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  COUNTER_OFFERED = 'COUNTER_OFFERED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Still open: the bank keeps its APPLIED access to the firm. */
export const OPEN_APPLICATION_STATUSES: readonly LoanApplicationStatus[] = [LoanApplicationStatus.SUBMITTED, LoanApplicationStatus.COUNTER_OFFERED];

/** 还款方式. */
export enum RepaymentMethod {
  EQUAL_INSTALMENT = 'EQUAL_INSTALMENT',
  EQUAL_PRINCIPAL = 'EQUAL_PRINCIPAL',
  INTEREST_ONLY_BULLET = 'INTEREST_ONLY_BULLET',
}

/**
 * 计息规则. THIRTY_360: every period is one calendar month and counts as 30 days of a
 * 360-day year, so a period's interest is outstanding × annual rate / 12, whatever the
 * month's length; each period's interest is rounded half-up to the fen.
 */
export enum DayCount {
  THIRTY_360 = 'THIRTY_360',
}

/** A loan's life: CONTRACTED → ACTIVE (disbursed) ⇄ OVERDUE → DEFAULTED; ACTIVE | OVERDUE → REPAID; CONTRACTED → CANCELLED. */
export enum LoanStatus {
  CONTRACTED = 'CONTRACTED',
  ACTIVE = 'ACTIVE',
  OVERDUE = 'OVERDUE',
  DEFAULTED = 'DEFAULTED',
  REPAID = 'REPAID',
  CANCELLED = 'CANCELLED',
}

export enum InstalmentStatus {
  SCHEDULED = 'SCHEDULED',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
  WAIVED = 'WAIVED',
}

/** 费用类型: the fees fee subsidies are computed on. */
export enum LoanFeeKind {
  REGISTRATION = 'REGISTRATION',
  GUARANTEE = 'GUARANTEE',
  INSURANCE = 'INSURANCE',
  VALUATION = 'VALUATION',
}

/** 风险分担方. */
export enum RiskShareRole {
  BANK = 'BANK',
  GUARANTOR = 'GUARANTOR',
  INSURER = 'INSURER',
  VALUER = 'VALUER',
  IP_SERVICE = 'IP_SERVICE',
}

export enum LoanDocumentKind {
  BUSINESS_LICENSE = 'BUSINESS_LICENSE',
  FINANCIAL_STATEMENT = 'FINANCIAL_STATEMENT',
  IP_CERTIFICATE = 'IP_CERTIFICATE',
  VALUATION_REPORT = 'VALUATION_REPORT',
  CONTRACT = 'CONTRACT',
  OTHER = 'OTHER',
}

/** A bank's decision on an application. */
export enum LoanDecisionKind {
  APPROVE = 'APPROVE',
  COUNTER_OFFER = 'COUNTER_OFFER',
  DECLINE = 'DECLINE',
}

/** What early repayment of extra principal does to the remaining schedule. */
export enum EarlyRepaymentMode {
  REAMORTISE = 'REAMORTISE',
  SHORTEN = 'SHORTEN',
}

registerEnumType(LoanApplicationStatus, {
  name: 'LoanApplicationStatus',
  description: '贷款申请状态 — where a loan application stands',
  valuesMap: {
    SUBMITTED: { description: 'Submitted (已提交). Waiting for the bank' },
    COUNTER_OFFERED: { description: 'Counter-offered (银行还价). The bank offered other terms; the firm accepts or withdraws' },
    APPROVED: { description: 'Approved (已批准). A loan was contracted' },
    DECLINED: { description: 'Declined (已拒绝). With the bank’s reason' },
    WITHDRAWN: { description: 'Withdrawn (已撤回). By the firm' },
  },
});

registerEnumType(RepaymentMethod, {
  name: 'RepaymentMethod',
  description: '还款方式 — how a loan is repaid, monthly periods',
  valuesMap: {
    EQUAL_INSTALMENT: { description: 'Equal instalments (等额本息). The same payment each month; the last absorbs the rounding' },
    EQUAL_PRINCIPAL: { description: 'Equal principal (等额本金). The same principal each month plus the interest on the outstanding balance' },
    INTEREST_ONLY_BULLET: { description: 'Interest only, bullet (先息后本). Monthly interest, the whole principal with the last instalment' },
  },
});

registerEnumType(DayCount, {
  name: 'DayCount',
  description: '计息规则 — the day count of a loan’s interest',
  valuesMap: {
    THIRTY_360: {
      description: '30/360 (按月计息). Each period is one month counted as 30/360 of a year: interest = outstanding × annual rate ÷ 12, rounded half-up to the fen per period',
    },
  },
});

registerEnumType(LoanStatus, {
  name: 'LoanStatus',
  description: '贷款状态 — where a loan stands',
  valuesMap: {
    CONTRACTED: { description: 'Contracted (已签约). Approved and signed; waiting for pledge registration and disbursement' },
    ACTIVE: { description: 'Active (还款中). Disbursed, repaid on schedule' },
    OVERDUE: { description: 'Overdue (逾期). An instalment is past due' },
    DEFAULTED: { description: 'Defaulted (违约). Past due longer than the region policy allows' },
    REPAID: { description: 'Repaid (已结清)' },
    CANCELLED: { description: 'Cancelled (已取消). Never disbursed' },
  },
});

registerEnumType(InstalmentStatus, {
  name: 'InstalmentStatus',
  description: '还款计划状态 — one instalment of a schedule',
  valuesMap: {
    SCHEDULED: { description: 'Scheduled (待还)' },
    PAID: { description: 'Paid (已还)' },
    OVERDUE: { description: 'Overdue (逾期)' },
    WAIVED: { description: 'Waived (已豁免)' },
  },
});

registerEnumType(LoanFeeKind, {
  name: 'LoanFeeKind',
  description: '费用类型 — a fee paid for a loan',
  valuesMap: {
    REGISTRATION: { description: 'Registration fee (登记费)' },
    GUARANTEE: { description: 'Guarantee fee (担保费)' },
    INSURANCE: { description: 'Insurance premium (保险费)' },
    VALUATION: { description: 'Valuation fee (评估费)' },
  },
});

registerEnumType(RiskShareRole, {
  name: 'RiskShareRole',
  description: '风险分担角色 — a party carrying part of a loan’s risk',
  valuesMap: {
    BANK: { description: 'Bank (银行)' },
    GUARANTOR: { description: 'Guarantor (担保机构)' },
    INSURER: { description: 'Insurer (保险机构)' },
    VALUER: { description: 'Valuer (评估机构)' },
    IP_SERVICE: { description: 'IP service firm (知识产权服务机构)' },
  },
});

registerEnumType(LoanDocumentKind, {
  name: 'LoanDocumentKind',
  description: '申请材料类型 — a document attached to a loan application',
  valuesMap: {
    BUSINESS_LICENSE: { description: 'Business licence (营业执照)' },
    FINANCIAL_STATEMENT: { description: 'Financial statement (财务报表)' },
    IP_CERTIFICATE: { description: 'IP certificate (知识产权证书)' },
    VALUATION_REPORT: { description: 'Valuation report (评估报告)' },
    CONTRACT: { description: 'Contract (合同)' },
    OTHER: { description: 'Other (其他)' },
  },
});

registerEnumType(LoanDecisionKind, {
  name: 'LoanDecisionKind',
  description: '审批决定 — the bank’s decision on an application',
  valuesMap: {
    APPROVE: { description: 'Approve (批准). Contracts the loan' },
    COUNTER_OFFER: { description: 'Counter-offer (还价). Other terms for the firm to accept' },
    DECLINE: { description: 'Decline (拒绝). With a reason' },
  },
});

registerEnumType(EarlyRepaymentMode, {
  name: 'EarlyRepaymentMode',
  description: '提前还款方式 — what extra principal does to the remaining schedule',
  valuesMap: {
    REAMORTISE: { description: 'Re-amortise (重算月供). Same remaining term, smaller instalments' },
    SHORTEN: { description: 'Shorten (缩短期限). Same instalments, fewer of them' },
  },
});
