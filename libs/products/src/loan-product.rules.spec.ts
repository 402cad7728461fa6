import { DomainError, todayInShanghai } from '@zhirong/core';
import { IpType } from '@zhirong/ip-assets';
import {
  checkPledgeRates,
  isIsoDate,
  LoanProductTerms,
  pledgeRatesToEntries,
  pledgeRatesToRecord,
  validateLoanProductTerms,
} from './loan-product.rules';

const valid: LoanProductTerms = {
  name: '知识产权质押贷',
  description: '',
  minAmountFen: '100000000',
  maxAmountFen: '3000000000',
  minTermMonths: 6,
  maxTermMonths: 36,
  minRateBp: 350,
  maxRateBp: 600,
  acceptedIpTypes: [IpType.INVENTION_PATENT, IpType.TRADEMARK],
  pledgeRates: [
    { ipType: IpType.INVENTION_PATENT, rateBp: 2500 },
    { ipType: IpType.TRADEMARK, rateBp: 5000 },
  ],
  industries: ['C39', 'I'],
  minFirmAgeYears: 1,
  batchPackage: null,
  activeFrom: '2026-01-01',
  activeUntil: '2026-12-31',
};

/** The error thrown for `changes`, as { apiCode, reason, field }. */
function problem(changes: Partial<LoanProductTerms>): { apiCode: string; reason: string; field?: string } | null {
  try {
    validateLoanProductTerms({ ...valid, ...changes });
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { apiCode: e.apiCode, reason: e.reason, field: e.field };
  }
}

describe('loan product rules', () => {
  it('accepts a well-formed product', () => {
    expect(problem({})).toBeNull();
  });

  it('accepts equal minimum and maximum (a fixed amount, term or rate)', () => {
    expect(problem({ minAmountFen: '500000000', maxAmountFen: '500000000', minTermMonths: 12, maxTermMonths: 12, minRateBp: 400, maxRateBp: 400 })).toBeNull();
  });

  it.each([
    ['a zero minimum amount', { minAmountFen: '0' }, 'input.minAmount.amountFen'],
    ['a zero maximum amount', { maxAmountFen: '0' }, 'input.maxAmount.amountFen'],
    ['a negative amount', { minAmountFen: '-100' }, 'input.minAmount.amountFen'],
    ['a reversed amount range', { minAmountFen: '300000001', maxAmountFen: '300000000' }, 'input.maxAmount'],
    ['a term of 0 months', { minTermMonths: 0 }, 'input.minTermMonths'],
    ['a term of 121 months', { maxTermMonths: 121 }, 'input.maxTermMonths'],
    ['a reversed term range', { minTermMonths: 24, maxTermMonths: 12 }, 'input.maxTermMonths'],
    ['a rate of 0 bp', { minRateBp: 0 }, 'input.minRateBp'],
    ['a rate of 3601 bp', { maxRateBp: 3601 }, 'input.maxRateBp'],
    ['a reversed rate range', { minRateBp: 500, maxRateBp: 499 }, 'input.maxRateBp'],
    ['no accepted IP type', { acceptedIpTypes: [], pledgeRates: [] }, 'input.acceptedIpTypes'],
    ['an empty name', { name: '   ' }, 'input.name'],
    ['a 201-character name', { name: '贷'.repeat(201) }, 'input.name'],
    ['a 5001-character description', { description: 'x'.repeat(5001) }, 'input.description'],
    ['an unknown industry', { industries: ['Z99'] }, 'input.industries'],
    ['a division outside its section', { industries: ['C05'] }, 'input.industries'],
    ['a negative firm age', { minFirmAgeYears: -1 }, 'input.minFirmAgeYears'],
    ['an impossible date', { activeFrom: '2026-02-30' }, 'input.activeFrom'],
    ['an end before the start', { activeUntil: '2025-12-31' }, 'input.activeUntil'],
    ['an end on the start day', { activeUntil: '2026-01-01' }, 'input.activeUntil'],
  ])('rejects %s, naming the field', (_what, changes, field) => {
    expect(problem(changes)).toMatchObject({ apiCode: 'BAD_USER_INPUT', field });
  });

  it('calls a reversed range RANGE_REVERSED', () => {
    expect(problem({ minTermMonths: 24, maxTermMonths: 12 })?.reason).toBe('RANGE_REVERSED');
  });

  it('accepts the limits themselves', () => {
    expect(problem({ minTermMonths: 1, maxTermMonths: 120, minRateBp: 1, maxRateBp: 3600, name: '贷'.repeat(200) })).toBeNull();
    expect(problem({ activeUntil: null })).toBeNull();
  });
});

describe('pledge rates against accepted IP types', () => {
  const accepted = [IpType.INVENTION_PATENT, IpType.UTILITY_MODEL];
  const check = (rates: { ipType: IpType; rateBp: number }[]) => {
    try {
      checkPledgeRates(accepted, rates);
      return null;
    } catch (e) {
      return e instanceof DomainError ? { reason: e.reason, field: e.field } : e;
    }
  };

  it('passes one rate per accepted type, in any order', () => {
    expect(check([{ ipType: IpType.UTILITY_MODEL, rateBp: 1500 }, { ipType: IpType.INVENTION_PATENT, rateBp: 2500 }])).toBeNull();
  });

  it('refuses a missing rate for an accepted type', () => {
    expect(check([{ ipType: IpType.INVENTION_PATENT, rateBp: 2500 }])).toEqual({ reason: 'PLEDGE_RATES_MISMATCH', field: 'input.pledgeRates' });
  });

  it('refuses a rate for a type the product does not accept', () => {
    expect(
      check([
        { ipType: IpType.INVENTION_PATENT, rateBp: 2500 },
        { ipType: IpType.UTILITY_MODEL, rateBp: 1500 },
        { ipType: IpType.TRADEMARK, rateBp: 5000 },
      ]),
    ).toEqual({ reason: 'PLEDGE_RATES_MISMATCH', field: 'input.pledgeRates' });
  });

  it('refuses two rates for one type', () => {
    expect(
      check([
        { ipType: IpType.INVENTION_PATENT, rateBp: 2500 },
        { ipType: IpType.INVENTION_PATENT, rateBp: 2000 },
        { ipType: IpType.UTILITY_MODEL, rateBp: 1500 },
      ]),
    ).toEqual({ reason: 'PLEDGE_RATES_MISMATCH', field: 'input.pledgeRates' });
  });

  it.each([
    [99, false],
    [100, true],
    [9000, true],
    [9001, false],
  ])('a rate of %i bp is acceptable: %s', (rateBp, ok) => {
    const result = check([{ ipType: IpType.INVENTION_PATENT, rateBp }, { ipType: IpType.UTILITY_MODEL, rateBp: 1500 }]);
    if (ok) expect(result).toBeNull();
    else expect(result).toEqual({ reason: 'VALIDATION_FAILED', field: 'input.pledgeRates.0.rateBp' });
  });

  it('stores rates as a record and lists them in accepted order', () => {
    const record = pledgeRatesToRecord([{ ipType: IpType.UTILITY_MODEL, rateBp: 1500 }, { ipType: IpType.INVENTION_PATENT, rateBp: 2500 }]);
    expect(record).toEqual({ UTILITY_MODEL: 1500, INVENTION_PATENT: 2500 });
    expect(pledgeRatesToEntries(record, accepted)).toEqual([
      { ipType: IpType.INVENTION_PATENT, rateBp: 2500 },
      { ipType: IpType.UTILITY_MODEL, rateBp: 1500 },
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('%s is a date: %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it('tells today in Shanghai, a day ahead of UTC late in the evening', () => {
    expect(todayInShanghai(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(todayInShanghai(new Date('2026-03-01T15:00:00Z'))).toBe('2026-03-01');
  });
});
