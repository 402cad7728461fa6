import { fenToYuan, yuanToFen } from './money';

describe('money typed in yuan', () => {
  it('converts to integer fen by text, exactly', () => {
    expect(yuanToFen('5000000')).toBe('500000000');
    expect(yuanToFen('1,234.5')).toBe('123450');
    expect(yuanToFen('0.07')).toBe('7');
    expect(yuanToFen('0.1')).toBe('10');
    expect(yuanToFen('12.')).toBe('1200');
    // Beyond a float's 2^53: still exact.
    expect(yuanToFen('92233720368547758.07')).toBe('9223372036854775807');
  });

  it('refuses what is not a non-negative amount with at most two decimals', () => {
    for (const bad of ['', '-1', '1.234', 'abc', '1e6', '¥5', '.5']) expect(yuanToFen(bad)).toBeNull();
  });

  it('shows fen as yuan for editing', () => {
    expect(fenToYuan('123450')).toBe('1234.50');
    expect(fenToYuan('500000000')).toBe('5000000');
    expect(fenToYuan('7')).toBe('0.07');
  });
});
