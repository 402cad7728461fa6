import { todayInShanghai } from '@zhirong/core';
import { IpType, LegalStatus } from './entities/ip-asset.enums';
import {
  changedPledgeFields,
  checkAssetDates,
  checkPatentFilingYear,
  checkValuationDates,
  DatedValuation,
  isDateOnly,
  latestValidValuation,
  normalizeIpcClasses,
  normalizeNiceClasses,
  PledgeRelevantFields,
} from './ip-asset.rules';

const TODAY = '2026-11-25';
const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { field?: string }).field;
  }
  return undefined;
};

describe('calendar days', () => {
  it('takes today in Asia/Shanghai, 8 hours ahead of UTC', () => {
    expect(todayInShanghai(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
    expect(todayInShanghai(new Date('2026-11-25T16:00:00Z'))).toBe('2026-11-26');
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-1-01', false],
    ['2023-01-01T00:00:00Z', false],
  ])('knows whether %s is a day', (value, ok) => {
    expect(isDateOnly(value)).toBe(ok);
  });
});

describe('asset dates', () => {
  const check = (filedOn: string | null, grantedOn: string | null, expiresOn: string | null) =>
    fieldOf(() => checkAssetDates({ filedOn, grantedOn, expiresOn }, TODAY, 'input'));

  it.each([
    [null, null, null],
    ['2020-01-01', null, null],
    ['2020-01-01', '2020-01-01', '2020-01-01'],
    ['2020-01-01', '2021-06-01', '2040-01-01'],
    [TODAY, null, '2046-11-25'],
    [null, '2021-06-01', '2031-06-01'],
  ])('accepts filed %s, granted %s, expires %s', (f, g, e) => {
    expect(check(f, g, e)).toBeUndefined();
  });

  it.each([
    ['2026-11-26', null, null, 'input.filedOn'],
    ['2020-01-01', '2026-12-01', null, 'input.grantedOn'],
    ['2020-01-01', '2019-12-31', null, 'input.grantedOn'],
    ['2020-01-01', '2021-01-01', '2020-12-31', 'input.expiresOn'],
    ['2020-01-01', null, '2019-12-31', 'input.expiresOn'],
  ])('refuses filed %s, granted %s, expires %s on %s', (f, g, e, field) => {
    expect(check(f, g, e)).toBe(field);
  });

  it('wants a CN number filed in its year, except PCT national phase numbers', () => {
    expect(fieldOf(() => checkPatentFilingYear('CN202310123456.6', '2023-05-01', 'input'))).toBeUndefined();
    expect(fieldOf(() => checkPatentFilingYear('CN202310123456.6', '2022-05-01', 'input'))).toBe('input.filedOn');
    expect(fieldOf(() => checkPatentFilingYear('CN202380123456.4', '2021-05-01', 'input'))).toBeUndefined();
    expect(fieldOf(() => checkPatentFilingYear('30012345', '2021-05-01', 'input'))).toBeUndefined();
    expect(fieldOf(() => checkPatentFilingYear('CN202310123456.6', null, 'input'))).toBeUndefined();
  });
});

describe('classes', () => {
  it('normalises IPC symbols and drops duplicates', () => {
    expect(normalizeIpcClasses(IpType.INVENTION_PATENT, ['h01m 10/052', 'H01M10/052', ' A61K  31/495 ', 'G06F 3/00'], 'input.ipcClasses')).toEqual([
      'H01M 10/052',
      'A61K 31/495',
      'G06F 3/00',
    ]);
  });

  it.each(['I01M 10/052', 'H1M 10/052', 'H01 10/052', 'H01M 10', 'H01M 10/5', 'H01M 12345/00', 'H01M-10/052', ''])('refuses the IPC symbol %p', (symbol) => {
    expect(fieldOf(() => normalizeIpcClasses(IpType.UTILITY_MODEL, [symbol], 'input.ipcClasses'))).toBe('input.ipcClasses');
  });

  it('keeps IPC to inventions and utility models, Nice to trademarks and geographical indications', () => {
    expect(fieldOf(() => normalizeIpcClasses(IpType.TRADEMARK, ['H01M 10/052'], 'input.ipcClasses'))).toBe('input.ipcClasses');
    expect(fieldOf(() => normalizeIpcClasses(IpType.DESIGN_PATENT, ['H01M 10/052'], 'input.ipcClasses'))).toBe('input.ipcClasses');
    expect(normalizeIpcClasses(IpType.TRADEMARK, [], 'input.ipcClasses')).toEqual([]);
    expect(fieldOf(() => normalizeNiceClasses(IpType.INVENTION_PATENT, [9], 'input.niceClasses'))).toBe('input.niceClasses');
    expect(normalizeNiceClasses(IpType.GEOGRAPHICAL_INDICATION, [30], 'input.niceClasses')).toEqual([30]);
  });

  it('sorts Nice classes, drops duplicates and refuses numbers outside 1–45', () => {
    expect(normalizeNiceClasses(IpType.TRADEMARK, [42, 9, 35, 9], 'input.niceClasses')).toEqual([9, 35, 42]);
    expect(normalizeNiceClasses(IpType.TRADEMARK, [1, 45], 'input.niceClasses')).toEqual([1, 45]);
    for (const bad of [0, 46, -1, 2.5]) {
      expect(fieldOf(() => normalizeNiceClasses(IpType.TRADEMARK, [bad], 'input.niceClasses'))).toBe('input.niceClasses');
    }
  });
});

describe('pledge-relevant fields', () => {
  const asset: PledgeRelevantFields = {
    type: IpType.INVENTION_PATENT,
    number: 'CN202310123456.6',
    enterpriseId: 'e1',
    ipcClasses: ['H01M 10/052'],
    niceClasses: [],
    filedOn: '2023-01-01',
    grantedOn: null,
    expiresOn: null,
    legalStatus: LegalStatus.VALID,
  };

  it('sees no change in the same values repeated', () => {
    expect(changedPledgeFields(asset, { ...asset, ipcClasses: ['H01M 10/052'] })).toEqual([]);
  });

  it('names each changed field', () => {
    expect(
      changedPledgeFields(asset, { ...asset, number: 'CN202310123459.X', ipcClasses: [], grantedOn: '2024-01-01', legalStatus: LegalStatus.TRANSFERRED }),
    ).toEqual(['number', 'ipcClasses', 'grantedOn', 'legalStatus']);
  });
});

describe('valuations', () => {
  it.each([
    ['2026-11-25', '2027-11-25', undefined],
    ['2023-11-25', '2026-11-25', undefined],
    ['2024-02-29', '2027-02-28', undefined],
    ['2026-11-26', '2027-11-26', 'input.valuedOn'],
    ['2026-01-01', '2026-01-01', 'input.validUntil'],
    ['2026-01-01', '2025-12-31', 'input.validUntil'],
    ['2026-01-01', '2029-01-02', 'input.validUntil'],
    ['2024-02-29', '2027-03-01', 'input.validUntil'],
  ])('valued on %s, valid until %s: %s', (valuedOn, validUntil, field) => {
    expect(fieldOf(() => checkValuationDates(valuedOn, validUntil, TODAY, 'input'))).toBe(field);
  });

  const v = (id: string, valuedOn: string, validUntil: string, createdAt = '2026-01-01T00:00:00Z'): DatedValuation => ({
    id,
    valuedOn,
    validUntil,
    createdAt: new Date(createdAt),
  });

  it('takes the newest valid valuation', () => {
    const list = [v('old', '2025-01-01', '2027-01-01'), v('new', '2026-06-01', '2028-06-01'), v('mid', '2025-06-01', '2027-06-01')];
    expect(latestValidValuation(list, TODAY)?.id).toBe('new');
  });

  it('ignores a newer valuation that has expired (DOMAIN.md rule 1)', () => {
    const list = [v('valid-older', '2025-01-01', '2027-01-01'), v('expired-newer', '2026-01-01', '2026-11-24')];
    expect(latestValidValuation(list, TODAY)?.id).toBe('valid-older');
  });

  it('counts a valuation on its last valid day and none at all when all expired', () => {
    expect(latestValidValuation([v('last-day', '2025-11-25', TODAY)], TODAY)?.id).toBe('last-day');
    expect(latestValidValuation([v('gone', '2023-01-01', '2024-01-01')], TODAY)).toBeNull();
    expect(latestValidValuation([], TODAY)).toBeNull();
  });

  it('breaks a tie on the valuation date by the later recording, then by id', () => {
    const first = v('a', '2026-06-01', '2027-06-01', '2026-06-02T08:00:00Z');
    const second = v('b', '2026-06-01', '2027-06-01', '2026-06-03T08:00:00Z');
    expect(latestValidValuation([second, first], TODAY)?.id).toBe('b');
    const twin = v('c', '2026-06-01', '2027-06-01', '2026-06-03T08:00:00Z');
    expect(latestValidValuation([second, twin], TODAY)?.id).toBe('c');
  });

  it('ignores a valuation dated after the day asked about', () => {
    expect(latestValidValuation([v('future', '2026-12-01', '2027-12-01')], TODAY)).toBeNull();
  });
});
