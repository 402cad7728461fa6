/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { render, screen, within } from '@testing-library/react';
import { nextDue, ScheduleInstalment, ScheduleTable } from './ScheduleTable';
import { zh } from './texts';

beforeAll(() => initTestI18n({ loans: zh }));

/**
 * ¥10,000 at 6% a year over 3 months, equal instalments (等额本息), 30/360: monthly rate 0.5%;
 * payment = 10,000 × 0.005 ÷ (1 − 1.005⁻³) = 3,370.84 (rounded half up).
 *   1: interest 10,000.00 × 0.005 = 50.00,   principal 3,370.84 − 50.00 = 3,320.84, left 6,679.16
 *   2: interest  6,679.16 × 0.005 = 33.40,   principal 3,370.84 − 33.40 = 3,337.44, left 3,341.72
 *   3: interest  3,341.72 × 0.005 = 16.71,   principal = what is left, 3,341.72 (the last takes the rounding)
 * Principal 3,320.84 + 3,337.44 + 3,341.72 = 10,000.00; interest 50.00 + 33.40 + 16.71 = 100.11.
 */
const fen = (amountFen: string) => ({ amountFen });
const SCHEDULE: ScheduleInstalment[] = [
  {
    id: 'i1',
    seq: 1,
    dueDate: '2026-08-15',
    principal: fen('332084'),
    interest: fen('5000'),
    paidPrincipal: fen('332084'),
    paidInterest: fen('5000'),
    status: 'PAID',
    paidOn: '2026-08-15',
    daysPastDue: 0,
  },
  {
    id: 'i2',
    seq: 2,
    dueDate: '2026-09-15',
    principal: fen('333744'),
    interest: fen('3340'),
    paidPrincipal: fen('100000'),
    paidInterest: fen('3340'),
    status: 'OVERDUE',
    daysPastDue: 5,
  },
  {
    id: 'i3',
    seq: 3,
    dueDate: '2026-10-15',
    principal: fen('334172'),
    interest: fen('1671'),
    paidPrincipal: fen('0'),
    paidInterest: fen('0'),
    status: 'SCHEDULED',
    daysPastDue: 0,
  },
];

describe('the repayment schedule table', () => {
  it('shows each instalment’s due date, principal, interest, what is paid and whether it is overdue, with exact totals', () => {
    render(<ScheduleTable instalments={SCHEDULE} />);
    const rows = screen.getAllByTestId('instalment-row');
    expect(rows.map((r) => [r.getAttribute('data-seq'), r.getAttribute('data-status')])).toEqual([
      ['1', 'PAID'],
      ['2', 'OVERDUE'],
      ['3', 'SCHEDULED'],
    ]);
    const first = within(rows[0]);
    expect(first.getByText('2026-08-15')).toBeTruthy();
    expect(first.getByText('¥3,320.84')).toBeTruthy();
    expect(first.getByText('¥50')).toBeTruthy();
    // Paid = total of the instalment = 3,320.84 + 50.00.
    expect(first.getAllByText('¥3,370.84')).toHaveLength(2);
    expect(first.getByText('已还')).toBeTruthy();
    // Instalment 2: ¥1,000 of principal and all its interest paid, 5 days late.
    const second = within(rows[1]);
    expect(second.getByTestId('instalment-paid').textContent).toBe('¥1,033.40');
    expect(second.getByText('逾期')).toBeTruthy();
    expect(second.getByText('逾期 5 天')).toBeTruthy();
    // The principal column sums to the loan exactly, shown to the fen: ¥10,000.
    expect(screen.getByTestId('schedule-principal-sum').textContent).toBe('¥10,000');
    expect(screen.getByText('¥100.11')).toBeTruthy();
  });

  it('says the schedule comes with the disbursement while there is none', () => {
    render(<ScheduleTable instalments={[]} />);
    expect(screen.getByText(zh.schedule.empty)).toBeTruthy();
  });

  it('offers the next unpaid instalment’s remainder for an on-time repayment', () => {
    // Instalment 2 has 3,337.44 − 1,000.00 = 2,337.44 of principal and no interest left.
    expect(nextDue(SCHEDULE)).toEqual({ dueDate: '2026-09-15', principalFen: '233744', interestFen: '0' });
    expect(nextDue(SCHEDULE.map((i) => ({ ...i, status: 'PAID' as const })))).toBeUndefined();
  });
});
