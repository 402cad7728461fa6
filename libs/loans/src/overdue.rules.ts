import { LoanStatus } from './entities/loan.enums';

/**
 * 逾期 — pure overdue and default rules. The thresholds come from the region's policy
 * (`PolicyRules.overdue`: graceDays, defaultAfterDaysPastDue); they are parameters here.
 *
 * - An instalment is past due from the day after its due date while anything of it is unpaid;
 *   its days past due are calendar days since the due date (Asia/Shanghai days).
 * - It is OVERDUE once its days past due exceed the grace days (grace 0: the day after the due date).
 * - The loan's days past due are its oldest unpaid instalment's. The loan is OVERDUE while any
 *   instalment is; DEFAULTED once its days past due reach `defaultAfterDaysPastDue` (and stays
 *   so: a defaulted loan goes to recovery, not back to ACTIVE); back to ACTIVE when all past-due
 *   instalments are paid. `everOverdue` never turns back.
 */

export interface OpenInstalment {
  seq: number;
  dueDate: string;
  /** Principal + interest still unpaid, fen. */
  unpaidFen: bigint;
}

export interface OverdueThresholds {
  graceDays: number;
  defaultAfterDaysPastDue: number;
}

export interface OverdueAssessment {
  /** Days past due per instalment seq (only those past due with something unpaid). */
  daysPastDue: Map<number, number>;
  /** The seqs that are OVERDUE (past the grace days). */
  overdueSeqs: number[];
  loanDaysPastDue: number;
  status: LoanStatus;
  everOverdue: boolean;
}

/** Whole calendar days from `from` to `to` (`YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function assessOverdue(
  loan: { status: LoanStatus; everOverdue: boolean },
  instalments: readonly OpenInstalment[],
  today: string,
  thresholds: OverdueThresholds,
): OverdueAssessment {
  const daysPastDue = new Map<number, number>();
  const overdueSeqs: number[] = [];
  let loanDaysPastDue = 0;
  for (const i of instalments) {
    if (i.unpaidFen <= 0n) continue;
    const days = daysBetween(i.dueDate, today);
    if (days <= 0) continue;
    daysPastDue.set(i.seq, days);
    if (days > thresholds.graceDays) overdueSeqs.push(i.seq);
    loanDaysPastDue = Math.max(loanDaysPastDue, days);
  }
  const everOverdue = loan.everOverdue || overdueSeqs.length > 0;
  let status = loan.status;
  if (status === LoanStatus.ACTIVE || status === LoanStatus.OVERDUE) {
    if (overdueSeqs.length && loanDaysPastDue >= thresholds.defaultAfterDaysPastDue) status = LoanStatus.DEFAULTED;
    else status = overdueSeqs.length ? LoanStatus.OVERDUE : LoanStatus.ACTIVE;
  }
  return { daysPastDue, overdueSeqs, loanDaysPastDue, status, everOverdue };
}
