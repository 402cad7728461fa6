import fc from 'fast-check';
import { RepaymentMethod } from './entities/loan.enums';
import { addMonthsClamped, buildSchedule, divRoundHalfUp, dueDates, equalInstalmentPayment, loanSchedule, periodInterest } from './schedule.rules';

const rows = (s: ReturnType<typeof loanSchedule>) => s.map((i) => [i.seq, i.dueDate, Number(i.principalFen), Number(i.interestFen)]);

describe('rounding and day count', () => {
  it('rounds half-up to the fen', () => {
    // 1,000 fen at 60 bp: 1,000 × 60 ÷ 120,000 = 0.5 fen → 1 fen; 999 fen: 0.4995 → 0.
    expect(periodInterest(1000n, 60)).toBe(1n);
    expect(periodInterest(999n, 60)).toBe(0n);
    expect(divRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divRoundHalfUp(7n, 3n)).toBe(2n);
  });

  it('counts a month as 30/360 whatever its length: interest = outstanding × rate ÷ 12', () => {
    // ¥10,000 at 12%: 1,000,000 × 1,200 ÷ 120,000 = 10,000 fen (¥100) in February and in March alike.
    expect(periodInterest(1_000_000n, 1200)).toBe(10_000n);
  });

  it('falls due on the same day of the month, or the last day of a shorter month', () => {
    expect(addMonthsClamped('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2027-11-15', 2)).toBe('2028-01-15');
    expect(dueDates('2027-01-31', 3)).toEqual(['2027-02-28', '2027-03-31', '2027-04-30']);
  });
});

describe('hand-worked schedules', () => {
  it('等额本息: ¥12,000 at 12% over 3 months', () => {
    // r = 1,200 / 120,000 = 1% a month. A = P·r·(1+r)³ / ((1+r)³ − 1)
    //   = 1,200,000 × 0.01 × 1.030301 / 0.030301 = 12,363.612 / 0.030301 = 408,026.53… → 408,027 fen.
    // 1: interest 1,200,000 × 1% = 12,000; principal 408,027 − 12,000 = 396,027; left 803,973.
    // 2: interest 803,973 × 1% = 8,039.73 → 8,040; principal 408,027 − 8,040 = 399,987; left 403,986.
    // 3 (last): principal = 403,986 left; interest 4,039.86 → 4,040; payment 408,026.
    // Σ principal = 396,027 + 399,987 + 403,986 = 1,200,000.
    expect(equalInstalmentPayment(1_200_000n, 1200, 3)).toBe(408_027n);
    const s = loanSchedule({ principalFen: 1_200_000n, annualRateBp: 1200, termMonths: 3, method: RepaymentMethod.EQUAL_INSTALMENT, disbursedOn: '2027-03-15' });
    expect(rows(s)).toEqual([
      [1, '2027-04-15', 396_027, 12_000],
      [2, '2027-05-15', 399_987, 8_040],
      [3, '2027-06-15', 403_986, 4_040],
    ]);
  });

  it('等额本金: ¥10,000 at 4.35% over 3 months', () => {
    // r = 435 / 120,000. Principal ⌊1,000,000 / 3⌋ = 333,333; the last 1,000,000 − 2 × 333,333 = 333,334.
    // 1: interest 1,000,000 × 435 / 120,000 = 3,625 exactly.
    // 2: interest 666,667 × 435 / 120,000 = 2,416.67 → 2,417.
    // 3: interest 333,334 × 435 / 120,000 = 1,208.34 → 1,208.
    const s = loanSchedule({ principalFen: 1_000_000n, annualRateBp: 435, termMonths: 3, method: RepaymentMethod.EQUAL_PRINCIPAL, disbursedOn: '2027-01-31' });
    expect(rows(s)).toEqual([
      [1, '2027-02-28', 333_333, 3_625],
      [2, '2027-03-31', 333_333, 2_417],
      [3, '2027-04-30', 333_334, 1_208],
    ]);
  });

  it('先息后本: ¥50,000 at 3.85% over 2 months', () => {
    // Interest 5,000,000 × 385 / 120,000 = 16,041.67 → 16,042 each month; the principal with the last.
    const s = loanSchedule({ principalFen: 5_000_000n, annualRateBp: 385, termMonths: 2, method: RepaymentMethod.INTEREST_ONLY_BULLET, disbursedOn: '2027-06-01' });
    expect(rows(s)).toEqual([
      [1, '2027-07-01', 0, 16_042],
      [2, '2027-08-01', 5_000_000, 16_042],
    ]);
  });

  it('at rate 0: no interest, ⌊P/n⌋ per month and the rest with the last', () => {
    // 100 fen over 3: 33, 33, 34.
    const s = loanSchedule({ principalFen: 100n, annualRateBp: 0, termMonths: 3, method: RepaymentMethod.EQUAL_INSTALMENT, disbursedOn: '2027-06-01' });
    expect(s.map((i) => [Number(i.principalFen), Number(i.interestFen)])).toEqual([
      [33, 0],
      [33, 0],
      [34, 0],
    ]);
  });

  it('re-amortises what is left over the remaining due dates', () => {
    // After 1 of the 等额本息 above and ¥4,000 extra principal: 803,973 − 400,000 = 403,973 over 2 months at 1%.
    // A = 403,973 × 0.01 × 1.0201 / 0.0201 = 4,120.9285 / 0.0201 = 205,021.32… → 205,021;
    // 1: interest 4,039.73 → 4,040, principal 205,021 − 4,040 = 200,981, left 202,992;
    // 2 (last): principal 202,992, interest 2,029.92 → 2,030.
    const s = buildSchedule(403_973n, 1200, RepaymentMethod.EQUAL_INSTALMENT, ['2027-05-15', '2027-06-15'], 2);
    expect(s.map((i) => [i.seq, Number(i.principalFen), Number(i.interestFen)])).toEqual([
      [2, 200_981, 4_040],
      [3, 202_992, 2_030],
    ]);
  });
});

describe('schedule properties', () => {
  const loans = fc.record({
    principalFen: fc.bigInt({ min: 1n, max: 100_000_000_000n }),
    annualRateBp: fc.integer({ min: 0, max: 3600 }),
    termMonths: fc.integer({ min: 1, max: 120 }),
    method: fc.constantFrom(...Object.values(RepaymentMethod)),
    disbursedOn: fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  });

  it('the principal parts sum exactly to the principal, no part is negative, due dates increase', () => {
    fc.assert(
      fc.property(loans, (loan) => {
        const s = loanSchedule(loan);
        expect(s).toHaveLength(loan.termMonths);
        expect(s.reduce((a, i) => a + i.principalFen, 0n)).toBe(loan.principalFen);
        for (const i of s) {
          expect(i.principalFen >= 0n && i.interestFen >= 0n).toBe(true);
        }
        for (let k = 1; k < s.length; k++) expect(s[k].dueDate > s[k - 1].dueDate).toBe(true);
        expect(s[0].dueDate > loan.disbursedOn).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('等额本息 pays the same each month but for the last, which takes what rounding left', () => {
    fc.assert(
      fc.property(loans, (loan) => {
        const s = loanSchedule({ ...loan, method: RepaymentMethod.EQUAL_INSTALMENT });
        // Below ¥1 a month the rounded payment can use the principal up before the last period (3 fen over 5 months).
        if (loan.annualRateBp === 0 || s.length < 2 || loan.principalFen < 100n * BigInt(loan.termMonths)) return;
        const a = equalInstalmentPayment(loan.principalFen, loan.annualRateBp, loan.termMonths);
        for (const i of s.slice(0, -1)) expect(i.principalFen + i.interestFen).toBe(a);
      }),
      { numRuns: 200 },
    );
  });
});
