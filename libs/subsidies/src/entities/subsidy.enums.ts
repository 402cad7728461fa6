import { registerEnumType } from '@nestjs/graphql';

/** What a firm applies for on one of its loans; each maps to one formula of `@zhirong/policy`. */
export enum SubsidyKind {
  INTEREST = 'INTEREST',
  FEE_REGISTRATION = 'FEE_REGISTRATION',
  FEE_GUARANTEE = 'FEE_GUARANTEE',
  FEE_INSURANCE = 'FEE_INSURANCE',
  FEE_VALUATION = 'FEE_VALUATION',
  PREMIUM = 'PREMIUM',
}

/**
 * An application's or claim's life: PENDING → APPROVED → PAID, or PENDING | APPROVED → REJECTED;
 * PAID → CLAWED_BACK when the firm is found to have faked it (追回).
 */
export enum SubsidyStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
  CLAWED_BACK = 'CLAWED_BACK',
}

/** The statuses whose amount the year's budget carries (money granted, paid or still to be recovered). */
export const BUDGET_STATUSES: readonly SubsidyStatus[] = [SubsidyStatus.APPROVED, SubsidyStatus.PAID, SubsidyStatus.CLAWED_BACK];

/** What a bank or valuer applies for (奖励): each maps to one formula of `@zhirong/policy`. */
export enum RewardKind {
  BANK = 'BANK',
  VALUER = 'VALUER',
}

/** Why a credit record (信用记录) was written. */
export enum CreditRecordKind {
  SUBSIDY_FRAUD = 'SUBSIDY_FRAUD',
}

registerEnumType(SubsidyKind, {
  name: 'SubsidyKind',
  description: '补贴类型 — what a firm applies for on one of its loans',
  valuesMap: {
    INTEREST: { description: 'Interest subsidy (贴息). Interest actually paid × the ratio, only after normal repayment' },
    FEE_REGISTRATION: { description: 'Registration fee subsidy (登记费补贴). After disbursement' },
    FEE_GUARANTEE: { description: 'Guarantee fee subsidy (担保费补贴). After disbursement' },
    FEE_INSURANCE: { description: 'Insurance fee subsidy (保险费补贴). After disbursement' },
    FEE_VALUATION: { description: 'Valuation fee subsidy (评估费补贴). After disbursement' },
    PREMIUM: { description: 'Insurance premium subsidy (保费补贴). IP insurance premiums paid' },
  },
});

registerEnumType(SubsidyStatus, {
  name: 'SubsidyStatus',
  description: '审批状态 — where a subsidy application or compensation claim stands',
  valuesMap: {
    PENDING: { description: 'Pending (待审批). Waiting for the office' },
    APPROVED: { description: 'Approved (已批准). Counted against the year’s budget; waiting for payment' },
    REJECTED: { description: 'Rejected (已驳回). With the office’s reason' },
    PAID: { description: 'Paid (已拨付). With the payment date and reference' },
    CLAWED_BACK: { description: 'Clawed back (追回). Paid, then found fraudulent: the amount is to be recovered' },
  },
});

registerEnumType(CreditRecordKind, {
  name: 'CreditRecordKind',
  description: '信用记录类型 — why a firm has a credit record',
  valuesMap: {
    SUBSIDY_FRAUD: { description: 'Subsidy fraud (骗取补贴). The firm faked an application; it loses eligibility' },
  },
});

registerEnumType(RewardKind, {
  name: 'RewardKind',
  description: '奖励类型 — what a bank or valuer applies for',
  valuesMap: {
    BANK: { description: 'Bank reward (银行奖励). By the amount the bank lent against IP in the region and year, in marginal tiers' },
    VALUER: { description: 'Valuer reward (评估机构奖励). On a loan whose pledged assets the valuer appraised, after normal repayment' },
  },
});
