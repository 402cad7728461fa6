import { formatMoney, formatRate } from './format';

describe('money and rates as their readers expect them', () => {
  it('shows Chinese readers 万 and 亿 from ¥10,000 up, rounded half up to two decimals, exactly', () => {
    expect(formatMoney('0', 'zh-CN')).toBe('¥0');
    expect(formatMoney('123456', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney('999999', 'zh-CN')).toBe('¥9,999.99');
    expect(formatMoney('1000000', 'zh-CN')).toBe('¥1万');
    expect(formatMoney('170000000', 'zh-CN')).toBe('¥170万');
    expect(formatMoney('12345678', 'zh-CN')).toBe('¥12.35万');
    expect(formatMoney('12344999', 'zh-CN')).toBe('¥12.34万');
    expect(formatMoney('1250000', 'zh-CN')).toBe('¥1.25万');
    expect(formatMoney('1200000', 'zh-CN')).toBe('¥1.2万');
    expect(formatMoney('10000000000', 'zh-CN')).toBe('¥1亿');
    expect(formatMoney('123456789012', 'zh-CN')).toBe('¥12.35亿');
    // Beyond a float's exact integers: still exact.
    expect(formatMoney('900719925474099312', 'zh-CN')).toBe('¥90,071,992.55亿');
    expect(formatMoney('-500000000', 'zh-CN')).toBe('-¥500万');
  });

  it('shows English readers yuan with thousands separators', () => {
    expect(formatMoney('500000000', 'en')).toBe('¥5,000,000');
    expect(formatMoney('123456', 'en')).toBe('¥1,234.56');
    expect(formatMoney('5', 'en')).toBe('¥0.05');
    expect(formatMoney('50', 'en')).toBe('¥0.50');
  });

  it('shows basis points as a percentage with two decimals', () => {
    expect(formatRate(450)).toBe('4.50%');
    expect(formatRate(590)).toBe('5.90%');
    expect(formatRate(0)).toBe('0.00%');
    expect(formatRate(3600)).toBe('36.00%');
  });
});
