import type { InstalmentStatus, LoanApplicationStatus, LoanStatus, RepaymentMethod } from '../gql/graphql';

export const APPLICATION_STATUSES: LoanApplicationStatus[] = ['SUBMITTED', 'COUNTER_OFFERED', 'APPROVED', 'DECLINED', 'WITHDRAWN'];
export const OPEN_APPLICATION: LoanApplicationStatus[] = ['SUBMITTED', 'COUNTER_OFFERED'];
export const LOAN_STATUSES: LoanStatus[] = ['CONTRACTED', 'ACTIVE', 'OVERDUE', 'DEFAULTED', 'REPAID', 'CANCELLED'];
export const REPAYMENT_METHODS: RepaymentMethod[] = ['EQUAL_INSTALMENT', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY_BULLET'];

/** The pages offer a bank's actions to bank officers and a firm's to firm users; the API decides who may (libs/access). */
export const isBank = (roles: readonly string[]) => roles.includes('BANK_OFFICER');
export const isFirm = (roles: readonly string[]) => roles.includes('ENTERPRISE_USER');

export function applicationColour(status: LoanApplicationStatus): string {
  return { SUBMITTED: 'blue', COUNTER_OFFERED: 'orange', APPROVED: 'green', DECLINED: 'red', WITHDRAWN: 'default' }[status];
}

export function loanColour(status: LoanStatus): string {
  return { CONTRACTED: 'blue', ACTIVE: 'green', OVERDUE: 'orange', DEFAULTED: 'red', REPAID: 'default', CANCELLED: 'default' }[status];
}

export function instalmentColour(status: InstalmentStatus): string {
  return { SCHEDULED: 'default', PAID: 'green', OVERDUE: 'red', WAIVED: 'purple' }[status];
}

/** A rate typed in percent with at most two decimals as basis points (4.35 → 435); null when it is not one. */
export function percentToBp(percent: number | null | undefined): number | null {
  if (percent === null || percent === undefined || !Number.isFinite(percent) || percent < 0) return null;
  const bp = Math.round(percent * 100);
  return Math.abs(bp - percent * 100) < 1e-6 ? bp : null;
}

/** Today's date in Shanghai, YYYY-MM-DD: the day the people recording a loan live in. */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
