import { averageRating, weightedAverage, growthBp, MAX_MONTHS, meetsTarget, monthRange, ratioBp, yearEarlier } from './stats.rules';

describe('statistics rules', () => {
  it('turns a month range into calendar days, across a year end and a leap February', () => {
    expect(monthRange('2027-11', '2028-02')).toEqual({ start: '2027-11-01', end: '2028-02-29', months: ['2027-11', '2027-12', '2028-01', '2028-02'] });
    expect(monthRange('2026-02', '2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28', months: ['2026-02'] });
  });

  it('refuses a malformed month, a range ending before it starts and one longer than the cap, naming the input', () => {
    expect(() => monthRange('2026-13', '2026-12')).toThrow(expect.objectContaining({ reason: 'BAD_PERIOD', field: 'filter.from' }));
    expect(() => monthRange('2026-05', '2026-04')).toThrow(expect.objectContaining({ reason: 'BAD_PERIOD', field: 'filter.to' }));
    expect(() => monthRange('2020-01', '2025-01')).toThrow(expect.objectContaining({ reason: 'PERIOD_TOO_LONG' }));
    expect(monthRange('2020-01', '2024-12').months).toHaveLength(MAX_MONTHS);
  });

  it('compares with the same month a year earlier', () => {
    expect(yearEarlier('2026-01')).toBe('2025-01');
  });

  it('computes ratios and growth in basis points, half up', () => {
    // 1 / 3 = 0.33333 → 3333 bp; 2 / 3 = 0.66667 → 6667 bp (half up).
    expect(ratioBp(1, 3)).toBe(3333);
    expect(ratioBp(2n, 3n)).toBe(6667);
    expect(ratioBp(5, 0)).toBeNull();
    // 11 loans against 10 a year earlier: (11 − 10) / 10 = +10.00% = 1000 bp, meets the ≥10% target.
    expect(growthBp(11, 10)).toBe(1000);
    expect(meetsTarget(growthBp(11, 10))).toBe(true);
    // ¥1,090,000 against ¥1,000,000: +9% = 900 bp, short of the target.
    expect(growthBp('109000000', '100000000')).toBe(900);
    expect(meetsTarget(900)).toBe(false);
    expect(growthBp(3, 0)).toBeNull();
    expect(meetsTarget(null)).toBeNull();
    // Amounts beyond 2^53 fen stay exact: (9007199254740993 − 9007199254740992) / 9007199254740992 → 0 bp.
    expect(growthBp(9007199254740993n, 9007199254740992n)).toBe(0);
  });

  it('weights the pledge rate by principal', () => {
    // ¥1,000,000 at 5000 bp and ¥3,000,000 at 3000 bp: (5000×1 + 3000×3) / 4 = 3500 bp.
    expect(weightedAverage(5000n * 100000000n + 3000n * 300000000n, 400000000n)).toBe(3500);
    expect(weightedAverage(0, 0)).toBeNull();
  });

  it('averages ratings to two places', () => {
    // (5 + 4 + 4) / 3 = 4.333… → 4.33
    expect(averageRating(13, 3)).toBe(4.33);
    expect(averageRating(0, 0)).toBeNull();
  });
});
