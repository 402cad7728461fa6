import { IpType } from './entities/ip-asset.enums';
import { checkIpNumber, IpNumberCheck, patentCheckChar, patentNumber } from './ip-numbers';

const YEAR = 2026;
const check = (type: IpType, raw: string): IpNumberCheck => checkIpNumber(type, raw, YEAR);
const problem = (type: IpType, raw: string) => {
  const result = check(type, raw);
  return result.valid ? null : result.problem;
};

describe('patent application numbers', () => {
  it('computes the DOMAIN.md example', () => {
    expect(patentCheckChar('202310123456')).toBe('6');
    expect(patentNumber(2023, 1, 123456)).toBe('CN202310123456.6');
    expect(check(IpType.INVENTION_PATENT, 'CN202310123456.6')).toEqual({ valid: true, normalized: 'CN202310123456.6' });
  });

  it.each([
    // Σ ≡ 10 (mod 11) is written X.
    ['202310123459', 'X'],
    ['202390123456', 'X'],
    ['202320123467', 'X'],
    // Σ ≡ 0 gives 0.
    ['202310000000', '0'],
    ['202310000018', '0'],
  ])('gives %s the check character %s', (digits, expected) => {
    expect(patentCheckChar(digits)).toBe(expected);
  });

  it('accepts X in either case and adds a missing CN prefix', () => {
    expect(check(IpType.INVENTION_PATENT, 'cn202310123459.x')).toEqual({ valid: true, normalized: 'CN202310123459.X' });
    expect(check(IpType.INVENTION_PATENT, ' 202310123456.6 ')).toEqual({ valid: true, normalized: 'CN202310123456.6' });
    expect(check(IpType.UTILITY_MODEL, '202320123467.X')).toEqual({ valid: true, normalized: 'CN202320123467.X' });
  });

  it.each([
    [IpType.INVENTION_PATENT, 1],
    [IpType.INVENTION_PATENT, 8],
    [IpType.UTILITY_MODEL, 2],
    [IpType.UTILITY_MODEL, 9],
    [IpType.DESIGN_PATENT, 3],
  ] as const)('accepts a %s with type digit %s', (type, digit) => {
    expect(check(type, patentNumber(2021, digit, 4567)).valid).toBe(true);
  });

  it('refuses a wrong check character, naming the right one', () => {
    const result = check(IpType.INVENTION_PATENT, 'CN202310123456.7');
    expect(result).toEqual({ valid: false, problem: 'CHECK_CHARACTER', reason: expect.stringContaining('should be 6') });
    expect(problem(IpType.INVENTION_PATENT, 'CN202310123459.0')).toBe('CHECK_CHARACTER');
  });

  it('refuses an unknown type digit even with a matching check character', () => {
    const digits = '202340123456';
    const result = check(IpType.INVENTION_PATENT, `CN${digits}.${patentCheckChar(digits)}`);
    expect(result).toMatchObject({ valid: false, problem: 'TYPE_DIGIT_UNKNOWN', reason: expect.stringContaining('type digit 4') });
  });

  it.each([
    [IpType.INVENTION_PATENT, 2],
    [IpType.INVENTION_PATENT, 3],
    [IpType.UTILITY_MODEL, 1],
    [IpType.UTILITY_MODEL, 8],
    [IpType.DESIGN_PATENT, 1],
    [IpType.DESIGN_PATENT, 9],
  ] as const)('refuses a %s with type digit %s', (type, digit) => {
    expect(problem(type, patentNumber(2021, digit, 4567))).toBe('TYPE_DIGIT_MISMATCH');
  });

  it.each([
    ['before 1985', patentNumber(1984, 1, 1)],
    ['in the future', patentNumber(2027, 1, 1)],
  ])('refuses a year %s', (_what, number) => {
    expect(problem(IpType.INVENTION_PATENT, number)).toBe('YEAR');
  });

  it('accepts the first and the current year', () => {
    expect(check(IpType.INVENTION_PATENT, patentNumber(1985, 1, 1)).valid).toBe(true);
    expect(check(IpType.INVENTION_PATENT, patentNumber(2026, 1, 1)).valid).toBe(true);
  });

  it.each(['', 'CN20231012345.6', 'CN2023101234567.6', 'CN202310123456', 'CN202310123456-6', 'ZL202310123456.6', 'CN 202310123456.6', 'CN202310123456.A'])(
    'refuses the malformed %p',
    (raw) => {
      expect(problem(IpType.INVENTION_PATENT, raw)).toBe('FORMAT');
    },
  );

  it('builds only well-formed numbers', () => {
    expect(() => patentNumber(2023, 1, 10_000_000)).toThrow();
    expect(() => patentNumber(23, 1, 1)).toThrow();
    expect(() => patentCheckChar('2023101234')).toThrow();
  });
});

describe('other registration numbers', () => {
  it.each([
    [IpType.TRADEMARK, '1', '1'],
    [IpType.TRADEMARK, '30012345', '30012345'],
    [IpType.TRADEMARK, '999999999', '999999999'],
    [IpType.COPYRIGHT, '国作登字-2023-F-00012345', '国作登字-2023-F-00012345'],
    [IpType.COPYRIGHT, '国作登字-2019-a-00000001', '国作登字-2019-A-00000001'],
    [IpType.SOFTWARE_COPYRIGHT, '2023SR0123456', '2023SR0123456'],
    [IpType.SOFTWARE_COPYRIGHT, '2023sr0123456', '2023SR0123456'],
    [IpType.IC_LAYOUT, 'BS.215012345', 'BS.215012345'],
    [IpType.IC_LAYOUT, 'bs.215012345', 'BS.215012345'],
    [IpType.GEOGRAPHICAL_INDICATION, 'GI-2023-0000001', 'GI-2023-0000001'],
    [IpType.GEOGRAPHICAL_INDICATION, 'ab12', 'AB12'],
    [IpType.LICENSE_REVENUE_RIGHT, 'LIC-2023-0000001', 'LIC-2023-0000001'],
  ])('accepts the %s number %p as %p', (type, raw, normalized) => {
    expect(check(type, raw)).toEqual({ valid: true, normalized });
  });

  it.each([
    [IpType.TRADEMARK, '0123'],
    [IpType.TRADEMARK, '1234567890'],
    [IpType.TRADEMARK, '12a4'],
    [IpType.TRADEMARK, ''],
    [IpType.COPYRIGHT, '国作登字-2023-M-00012345'],
    [IpType.COPYRIGHT, '国作登字-2023-F-0001234'],
    [IpType.COPYRIGHT, '2023-F-00012345'],
    [IpType.SOFTWARE_COPYRIGHT, '2023SR012345'],
    [IpType.SOFTWARE_COPYRIGHT, 'SR0123456'],
    [IpType.IC_LAYOUT, 'BS215012345'],
    [IpType.IC_LAYOUT, 'BS.21501234'],
    [IpType.GEOGRAPHICAL_INDICATION, 'GI1'],
    [IpType.GEOGRAPHICAL_INDICATION, 'GI_2023'],
    [IpType.LICENSE_REVENUE_RIGHT, 'L'.repeat(41)],
    [IpType.LICENSE_REVENUE_RIGHT, '许可-2023'],
  ])('refuses the %s number %p', (type, raw) => {
    expect(problem(type, raw)).toBe('FORMAT');
  });

  it('refuses a copyright or software year in the future', () => {
    expect(problem(IpType.COPYRIGHT, '国作登字-2027-F-00012345')).toBe('YEAR');
    expect(problem(IpType.SOFTWARE_COPYRIGHT, '2027SR0123456')).toBe('YEAR');
  });

  it('says what the right format is', () => {
    const result = check(IpType.SOFTWARE_COPYRIGHT, 'nope');
    expect(result.valid ? '' : result.reason).toContain('2023SR0123456');
  });
});
