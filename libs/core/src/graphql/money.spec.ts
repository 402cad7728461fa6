import { FEN_PATTERN, formatYuan, money } from './money';

describe('money', () => {
  it('keeps amounts beyond 2^53 exact', () => {
    expect(money(9007199254740993n).amountFen).toBe('9007199254740993');
  });

  it('formats yuan for messages', () => {
    expect(formatYuan(210000000n)).toBe('¥2,100,000');
    expect(formatYuan(12345n)).toBe('¥123.45');
    expect(formatYuan(-100n)).toBe('-¥1');
  });

  it.each(['0', '1', '500000000', '999999999999999999'])('accepts %s fen', (v) => expect(FEN_PATTERN.test(v)).toBe(true));
  it.each(['-1', '1.5', '01', '1e6', '', ' 1', '1000000000000000000'])('rejects %p', (v) =>
    expect(FEN_PATTERN.test(v)).toBe(false),
  );
});
