import { Arrangements, isWorkingDayIn, workingDaysBetweenIn } from '@zhirong/calendar';
import { LoanStatus } from './entities/loan.enums';

/**
 * 逾期 — pure overdue and default rules. The thresholds come from the region's policy
 * (`PolicyRules.overdue`: graceDays, workingDays, defaultAfterDaysPastDue); they are parameters here.
 *
 * - An instalment is past due from the day after its due date while anything of it is unpaid;
 *   its days past due are calendar days since the due date (Asia/Shanghai days).
 * - It is OVERDUE once it is past the grace days (grace 0: the day after the due date). The
 *   policy counts the grace in calendar days, or — `workingDays` — in Chinese working days: then
 *   a due date on a weekend or holiday first moves to the next working day (遇节假日顺延), and
 *   the grace runs over the working days after that. Only the grace: days past due, and so the
 *   default line, stay calendar days (the regulatory 90 days are 自然日).
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
  /** The grace counts working days (a `WorkingDaysPastDue` must then be given). */
  workingDays: boolean;
  defaultAfterDaysPastDue: number;
}

/**
 * Working days past a due date on `today`: working days d with dueDate < d ≤ today, less the
 * first when the due date itself is not a working day (it moved there). May throw for a year
 * the calendar has no data for.
 */
export type WorkingDaysPastDue = (dueDate: string, today: string) => number;

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
  workingDaysPastDue?: WorkingDaysPastDue,
): OverdueAssessment {
  if (thresholds.workingDays && !workingDaysPastDue) throw new Error('a policy counting working days needs the working-day calendar');
  const daysPastDue = new Map<number, number>();
  const overdueSeqs: number[] = [];
  let loanDaysPastDue = 0;
  for (const i of instalments) {
    if (i.unpaidFen <= 0n) continue;
    const days = daysBetween(i.dueDate, today);
    if (days <= 0) continue;
    daysPastDue.set(i.seq, days);
    // Working days never outnumber calendar days: within the grace in calendar days needs no calendar.
    const pastGrace = days > thresholds.graceDays && (!thresholds.workingDays || workingDaysPastDue!(i.dueDate, today) > thresholds.graceDays);
    if (pastGrace) overdueSeqs.push(i.seq);
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

/** The WorkingDaysPastDue of the calendar years held; a day in a year not held throws CALENDAR_YEAR_MISSING. */
export function workingDaysPastDueIn(arrangements: Arrangements): WorkingDaysPastDue {
  return (dueDate, today) => {
    if (today <= dueDate) return 0;
    const after = workingDaysBetweenIn(arrangements, dueDate, today);
    return isWorkingDayIn(arrangements, dueDate) ? after : Math.max(0, after - 1);
  };
}
