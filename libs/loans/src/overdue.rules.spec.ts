import { LoanStatus } from './entities/loan.enums';
import { assessOverdue, daysBetween } from './overdue.rules';

const active = { status: LoanStatus.ACTIVE, everOverdue: false };
const thresholds = { graceDays: 3, defaultAfterDaysPastDue: 90 };
const due = (seq: number, dueDate: string, unpaid = 100n) => ({ seq, dueDate, unpaidFen: unpaid });

describe('overdue rules', () => {
  it('counts calendar days across month ends', () => {
    expect(daysBetween('2027-01-31', '2027-03-01')).toBe(29);
    expect(daysBetween('2027-03-01', '2027-01-31')).toBe(-29);
  });

  it('is not overdue on the due date nor within the grace days', () => {
    // Due 15 March, grace 3: 18 March is 3 days past due, still within grace.
    const a = assessOverdue(active, [due(1, '2027-03-15')], '2027-03-18', thresholds);
    expect([a.status, a.overdueSeqs, a.loanDaysPastDue, a.everOverdue]).toEqual([LoanStatus.ACTIVE, [], 3, false]);
    expect(assessOverdue(active, [due(1, '2027-03-15')], '2027-03-15', thresholds).daysPastDue.size).toBe(0);
  });

  it('marks an instalment overdue the day after the grace and counts the oldest one', () => {
    // 19 March: instalment 1 is 4 days past due > 3 → OVERDUE; 16 April is not due yet.
    const a = assessOverdue(active, [due(1, '2027-03-15'), due(2, '2027-04-15')], '2027-03-19', thresholds);
    expect([a.status, a.overdueSeqs, a.loanDaysPastDue, a.everOverdue]).toEqual([LoanStatus.OVERDUE, [1], 4, true]);
  });

  it('defaults when the oldest instalment reaches the policy’s days past due', () => {
    // Due 15 March + 90 days = 13 June.
    expect(assessOverdue(active, [due(1, '2027-03-15')], '2027-06-12', thresholds).status).toBe(LoanStatus.OVERDUE);
    expect(assessOverdue(active, [due(1, '2027-03-15')], '2027-06-13', thresholds).status).toBe(LoanStatus.DEFAULTED);
  });

  it('returns to ACTIVE once paid, but remembers it was overdue; a default stays', () => {
    const a = assessOverdue({ status: LoanStatus.OVERDUE, everOverdue: true }, [due(1, '2027-03-15', 0n)], '2027-04-01', thresholds);
    expect([a.status, a.everOverdue]).toEqual([LoanStatus.ACTIVE, true]);
    expect(assessOverdue({ status: LoanStatus.DEFAULTED, everOverdue: true }, [], '2027-08-01', thresholds).status).toBe(LoanStatus.DEFAULTED);
  });
});
