import { positiveFen, requireIntIn } from './checks';

describe('input checks', () => {
  it('takes a positive whole number of fen and names the field otherwise', () => {
    expect(positiveFen('500000000', 'input.amount')).toBe(500000000n);
    expect(() => positiveFen('0', 'input.amount')).toThrow(expect.objectContaining({ field: 'input.amount', message: 'must be more than zero' }));
    expect(() => positiveFen('1.5', 'input.amount')).toThrow(expect.objectContaining({ field: 'input.amount' }));
  });

  it('takes a whole number within the range, inclusive', () => {
    expect(() => requireIntIn(12, { min: 1, max: 120 }, 'input.term', 'months')).not.toThrow();
    expect(() => requireIntIn(121, { min: 1, max: 120 }, 'input.term', 'months')).toThrow(
      expect.objectContaining({ field: 'input.term', message: 'must be a whole number of months from 1 to 120' }),
    );
    expect(() => requireIntIn(1.5, { min: 1, max: 120 }, 'input.term', 'months')).toThrow();
  });
});
