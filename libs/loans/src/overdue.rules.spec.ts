import { YearArrangement } from '@zhirong/calendar';
import { LoanStatus } from './entities/loan.enums';
import { assessOverdue, daysBetween, workingDaysPastDueIn } from './overdue.rules';

const active = { status: LoanStatus.ACTIVE, everOverdue: false };
const thresholds = { graceDays: 3, workingDays: false, defaultAfterDaysPastDue: 90 };
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

  describe('grace in working days (the official 2026 National Day arrangement)', () => {
    // 2026: 国庆节 1–7 October off — the weekdays Thu 1, Fri 2, Mon 5, Tue 6, Wed 7 (Sat 3 and Sun 4 are off anyway);
    // Sun 20 September and Sat 10 October are worked (调休).
    const y2026: YearArrangement = {
      year: 2026,
      holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
      workingWeekendDays: new Set(['2026-09-20', '2026-10-10']),
    };
    const counter = workingDaysPastDueIn(new Map([[2026, y2026]]));
    const inWorkingDays = { graceDays: 3, workingDays: true, defaultAfterDaysPastDue: 90 };

    it('counts working days after the due date, a due date off work moving to the next working day', () => {
      // Due Wed 30 Sep: the working days after it are Thu 8, Fri 9, Sat 10 (swapped), Mon 12 October.
      expect([counter('2026-09-30', '2026-10-07'), counter('2026-09-30', '2026-10-08'), counter('2026-09-30', '2026-10-10'), counter('2026-09-30', '2026-10-11')]).toEqual([
        0, 1, 3, 3,
      ]);
      expect(counter('2026-09-30', '2026-10-12')).toBe(4);
      // Due Thu 1 Oct (a holiday) moves to Thu 8 Oct: 8 Oct is the due day itself, 9 Oct the first working day past it.
      expect([counter('2026-10-01', '2026-10-08'), counter('2026-10-01', '2026-10-09')]).toEqual([0, 1]);
      expect(counter('2026-09-30', '2026-09-30')).toBe(0);
    });

    it('across National Day: grace 3 counted in calendar days ends on 3 October, in working days on Saturday 10 October', () => {
      const instalment = [due(1, '2026-09-30')];
      // Calendar days: 4 October is 4 days past due > 3 → OVERDUE.
      const calendar4 = assessOverdue(active, instalment, '2026-10-04', thresholds);
      expect([calendar4.status, calendar4.loanDaysPastDue]).toEqual([LoanStatus.OVERDUE, 4]);
      // Working days: on 10 October (Sat, worked) 3 working days have passed — still within grace, though 10 calendar days past due.
      const working10 = assessOverdue(active, instalment, '2026-10-10', inWorkingDays, counter);
      expect([working10.status, working10.loanDaysPastDue, working10.everOverdue]).toEqual([LoanStatus.ACTIVE, 10, false]);
      // Sunday 11 October is not a working day: still 3. Monday 12 October is the 4th → OVERDUE.
      expect(assessOverdue(active, instalment, '2026-10-11', inWorkingDays, counter).status).toBe(LoanStatus.ACTIVE);
      const working12 = assessOverdue(active, instalment, '2026-10-12', inWorkingDays, counter);
      expect([working12.status, working12.overdueSeqs, working12.loanDaysPastDue]).toEqual([LoanStatus.OVERDUE, [1], 12]);
    });

    it('defaults on calendar days past due even when the grace counts working days', () => {
      // Due 30 Sep 2026 + 60 calendar days = 29 Nov 2026; the working days are only the grace’s.
      const sixty = { graceDays: 3, workingDays: true, defaultAfterDaysPastDue: 60 };
      expect(assessOverdue(active, [due(1, '2026-09-30')], '2026-11-28', sixty, counter).status).toBe(LoanStatus.OVERDUE);
      expect(assessOverdue(active, [due(1, '2026-09-30')], '2026-11-29', sixty, counter).status).toBe(LoanStatus.DEFAULTED);
    });

    it('needs no calendar while within the grace in calendar days, and refuses a year it does not hold past that', () => {
      const only2026 = workingDaysPastDueIn(new Map([[2026, y2026]]));
      // Due 30 Dec 2026, today 2 Jan 2027: 3 calendar days ≤ grace 3 — no count, no 2027 needed.
      expect(assessOverdue(active, [due(1, '2026-12-30')], '2027-01-02', inWorkingDays, only2026).status).toBe(LoanStatus.ACTIVE);
      // 4 January 2027 is 5 calendar days past due: the working days must be counted, in a year without data.
      expect(() => assessOverdue(active, [due(1, '2026-12-30')], '2027-01-04', inWorkingDays, only2026)).toThrow(/no data for 2027/);
    });

    it('will not count working days without a calendar', () => {
      expect(() => assessOverdue(active, [due(1, '2026-09-30')], '2026-10-12', inWorkingDays)).toThrow(/working-day calendar/);
    });
  });
});
