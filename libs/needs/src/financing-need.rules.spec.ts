import { Actor, DomainError, OrganizationType, Role } from '@zhirong/core';
import { FinancingNeedTerms, requireActForEnterprise, validateFinancingNeedTerms } from './financing-need.rules';

const valid: FinancingNeedTerms = { amountFen: '500000000', termMonths: 12, purpose: '研发投入与流动资金', maxRateBp: 450 };

function problem(changes: Partial<FinancingNeedTerms>): { apiCode: string; field?: string } | null {
  try {
    validateFinancingNeedTerms({ ...valid, ...changes });
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { apiCode: e.apiCode, field: e.field };
  }
}

describe('financing need rules', () => {
  it('accepts a well-formed need and the limits themselves', () => {
    expect(problem({})).toBeNull();
    expect(problem({ amountFen: '1', termMonths: 1, maxRateBp: 1, purpose: '用' })).toBeNull();
    expect(problem({ amountFen: '100000000000', termMonths: 120, maxRateBp: 3600, purpose: '用'.repeat(500) })).toBeNull();
  });

  it.each([
    ['a zero amount', { amountFen: '0' }, 'input.amount.amountFen'],
    ['a negative amount', { amountFen: '-1' }, 'input.amount.amountFen'],
    ['an amount above ¥1,000,000,000', { amountFen: '100000000001' }, 'input.amount.amountFen'],
    ['a term of 0 months', { termMonths: 0 }, 'input.termMonths'],
    ['a term of 121 months', { termMonths: 121 }, 'input.termMonths'],
    ['a fractional term', { termMonths: 1.5 }, 'input.termMonths'],
    ['a rate of 0 bp', { maxRateBp: 0 }, 'input.maxRateBp'],
    ['a rate of 3601 bp', { maxRateBp: 3601 }, 'input.maxRateBp'],
    ['a blank purpose', { purpose: '  ' }, 'input.purpose'],
    ['a 501-character purpose', { purpose: '用'.repeat(501) }, 'input.purpose'],
  ])('rejects %s, naming the field', (_what, changes, field) => {
    expect(problem(changes)).toEqual({ apiCode: 'BAD_USER_INPUT', field });
  });
});

describe('who may act for a firm', () => {
  const actor = (roles: Role[], organizationId: string, regionPath: string, organizationType: OrganizationType): Actor => ({
    userId: 'u',
    email: 'u@test',
    roles,
    organizationId,
    organizationType,
    regionPath,
  });
  const firm = { organizationId: 'firm-org', regionPath: '310000/310112' };
  const outcome = (a: Actor): string => {
    try {
      requireActForEnterprise(a, firm);
      return 'OK';
    } catch (e) {
      return e instanceof DomainError ? `${e.apiCode}/${e.reason}` : 'CRASH';
    }
  };

  it.each([
    ['the firm itself', actor([Role.ENTERPRISE_USER], 'firm-org', '310000/310112', OrganizationType.ENTERPRISE), 'OK'],
    ['another firm of the same district', actor([Role.ENTERPRISE_USER], 'other-org', '310000/310112', OrganizationType.ENTERPRISE), 'FORBIDDEN/FORBIDDEN'],
    ['the district service window', actor([Role.WINDOW_OFFICER], 'w', '310000/310112', OrganizationType.SERVICE_WINDOW), 'OK'],
    ['the city office above it', actor([Role.GOV_OFFICER], 'o', '310000', OrganizationType.GOVERNMENT_OFFICE), 'OK'],
    ['another district’s office', actor([Role.GOV_OFFICER], 'o', '310000/310117', OrganizationType.GOVERNMENT_OFFICE), 'FORBIDDEN/OUT_OF_REGION'],
    ['a window of a district sharing a prefix', actor([Role.WINDOW_OFFICER], 'w', '310000/31011', OrganizationType.SERVICE_WINDOW), 'FORBIDDEN/OUT_OF_REGION'],
    ['a park officer', actor([Role.PARK_OFFICER], 'p', '310000/310112', OrganizationType.PARK), 'FORBIDDEN/FORBIDDEN'],
    ['a bank', actor([Role.BANK_OFFICER], 'b', '310000', OrganizationType.BANK), 'FORBIDDEN/FORBIDDEN'],
    ['the platform', actor([Role.PLATFORM_ADMIN], 'pf', '310000', OrganizationType.PLATFORM), 'OK'],
  ])('%s: %s', (_who, a, expected) => {
    expect(outcome(a)).toBe(expected);
  });
});
