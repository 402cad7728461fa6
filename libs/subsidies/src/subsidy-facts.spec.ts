import { Loan } from '@zhirong/loans';
import { SubsidyKind } from './entities/subsidy.enums';
import { refuseUnlessGrantable } from './subsidies.errors';
import { policyDay } from './subsidy-facts';

describe('the day whose policy version applies', () => {
  const loan = { disbursedOn: '2025-03-10', repaidOn: '2026-03-10', defaultedOn: null } as Loan;

  it('fees and premiums follow disbursement, interest the repayment (today for a running loan), compensation the default', () => {
    expect(policyDay(loan, SubsidyKind.FEE_VALUATION, '2026-12-06')).toBe('2025-03-10');
    expect(policyDay(loan, SubsidyKind.PREMIUM, '2026-12-06')).toBe('2025-03-10');
    expect(policyDay(loan, SubsidyKind.INTEREST, '2026-12-06')).toBe('2026-03-10');
    expect(policyDay({ ...loan, repaidOn: null } as Loan, SubsidyKind.INTEREST, '2026-12-06')).toBe('2026-12-06');
    expect(policyDay({ ...loan, defaultedOn: '2026-07-01' } as Loan, 'COMPENSATION', '2026-12-06')).toBe('2026-07-01');
  });
});

describe('a formula result becomes a grant only when it grants something', () => {
  it('refuses with the formula’s code, or NOTHING_TO_GRANT when the caps leave zero', () => {
    expect(() => refuseUnlessGrantable({ eligible: false, amountFen: 0n, ineligible: { code: 'EVER_OVERDUE', zh: '曾逾期', en: 'once overdue' } })).toThrow(
      expect.objectContaining({ reason: 'INELIGIBLE', details: { ineligibleCode: 'EVER_OVERDUE' } }),
    );
    expect(() => refuseUnlessGrantable({ eligible: true, amountFen: 0n })).toThrow(expect.objectContaining({ details: { ineligibleCode: 'NOTHING_TO_GRANT' } }));
    expect(() => refuseUnlessGrantable({ eligible: true, amountFen: 1n })).not.toThrow();
  });
});
