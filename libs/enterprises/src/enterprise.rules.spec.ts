import { Actor, OrganizationType, Role, todayInShanghai } from '@zhirong/core';
import { RegionLevel } from '@zhirong/identity';
import {
  checkCreditCode,
  checkName,
  creditCodeMessage,
  foundingDateMessage,
  industryCodeMessage,
  industryNameOf,
  placeEnterprise,
  ratingsAtLeast,
  RegionLike,
  requireEditable,
  requireMaySetCreditSignals,
  requireRegionFor,
  requireWriter,
  withCreditCodeCheck,
  writerKind,
} from './enterprise.rules';
import { CreditRating } from './entities/enterprise.enums';

const actor = (roles: Role[], regionPath = '310000/310112', organizationId = 'org-1'): Actor => ({
  userId: 'u',
  email: 'u@test',
  roles,
  organizationId,
  organizationType: OrganizationType.GOVERNMENT_OFFICE,
  regionPath,
});

describe('credit code', () => {
  it.each(['91440101MA5CJQ4N59', '91350200776049653A', withCreditCodeCheck('91310112MA1ABC123')])('accepts %s', (code) => {
    expect(creditCodeMessage(code)).toBeNull();
  });

  it.each([
    ['91440101MA5CJQ4N58', /check character \(18th\) "8"/],
    ['91440101MA5CJQ4N5', /18 characters; this one has 17/],
    ['91440101MA5CJQ4NI9', /"I" is not allowed/],
    ['914AB101MA5CJQ4N59', /administrative division.*"4AB101"/],
  ])('explains what is wrong with %s', (code, message) => {
    expect(creditCodeMessage(code)).toMatch(message);
  });

  it('normalises spaces and lower case before checking, and names the field when it throws', () => {
    expect(checkCreditCode(' 91440101ma5cjq4n59 ')).toBe('91440101MA5CJQ4N59');
    expect(() => checkCreditCode('91440101MA5CJQ4N58')).toThrow(
      expect.objectContaining({ apiCode: 'BAD_USER_INPUT', reason: 'INVALID_CREDIT_CODE', field: 'input.creditCode' }),
    );
  });
});

describe('industry code (GB/T 4754)', () => {
  it.each(['C39', 'I65', 'C', 'M73'])('accepts %s', (code) => expect(industryCodeMessage(code)).toBeNull());

  it('says which divisions a section has', () => {
    expect(industryCodeMessage('C44')).toBe('Division 44 is not in section C (制造业, divisions 13–43)');
    expect(industryCodeMessage('A00')).toMatch(/divisions 01–05/);
  });

  it.each(['Z01', 'C3', 'C399', '', '39'])('rejects the malformed %p', (code) => {
    expect(industryCodeMessage(code)).toMatch(/section letter A–T/);
  });

  it('names the section', () => {
    expect(industryNameOf('I65')).toBe('信息传输、软件和信息技术服务业');
    expect(industryNameOf('C')).toBe('制造业');
  });
});

describe('founding date', () => {
  const today = '2026-03-15';

  it.each(['2026-03-15', '2001-02-28', '2000-02-29', '1900-01-01'])('accepts %s', (d) => expect(foundingDateMessage(d, today)).toBeNull());

  it.each([
    ['2026-03-16', /future/],
    ['2023-02-29', /not a calendar date/],
    ['2023-13-01', /not a calendar date/],
    ['1899-12-31', /before 1900/],
    ['15/03/2020', /YYYY-MM-DD/],
  ])('rejects %s', (d, message) => expect(foundingDateMessage(d, today)).toMatch(message));

  it('takes today in Beijing time, which is ahead of UTC', () => {
    expect(todayInShanghai(new Date('2026-03-15T17:00:00Z'))).toBe('2026-03-16');
    expect(todayInShanghai(new Date('2026-03-15T15:59:59Z'))).toBe('2026-03-15');
  });
});

describe('name', () => {
  it('collapses spaces and refuses blanks', () => {
    expect(checkName('  上海  某某科技 有限公司 ')).toBe('上海 某某科技 有限公司');
    expect(() => checkName('   ')).toThrow(expect.objectContaining({ apiCode: 'BAD_USER_INPUT', field: 'input.name' }));
  });
});

describe('region and park', () => {
  const district: RegionLike = { id: 'd', name: '松江区', level: RegionLevel.DISTRICT, path: '310000/310117' };
  const city: RegionLike = { id: 'c', name: '信阳市', level: RegionLevel.CITY, path: '410000/411500' };
  const province: RegionLike = { id: 'p', name: '上海市', level: RegionLevel.PROVINCE, path: '310000' };
  const park: RegionLike = { id: 'k', name: 'G60', level: RegionLevel.PARK, path: '310000/310117/310117-G60' };
  const otherPark: RegionLike = { id: 'o', name: '紫竹', level: RegionLevel.PARK, path: '310000/310112/310112-ZJ' };

  it('stores the region path, or the park path when there is a park', () => {
    expect(placeEnterprise(district, 'd', null, null)).toEqual({ regionPath: '310000/310117' });
    expect(placeEnterprise(city, 'c', null, null)).toEqual({ regionPath: '410000/411500' });
    expect(placeEnterprise(district, 'd', park, 'k')).toEqual({ regionPath: '310000/310117/310117-G60' });
  });

  it.each([
    ['an unknown region', null, 'x', null, null, 'input.regionId', /does not exist/],
    ['a province', province, 'p', null, null, 'input.regionId', /district or city; 上海市 is a PROVINCE/],
    ['a park as the region', park, 'k', null, null, 'input.regionId', /give it as parkId/],
    ['an unknown park', district, 'd', null, 'y', 'input.parkId', /Park y does not exist/],
    ['a district as the park', district, 'd', city, 'c', 'input.parkId', /not a park/],
    ['a park of another district', district, 'd', otherPark, 'o', 'input.parkId', /紫竹 is not in 松江区/],
  ])('refuses %s', (_what, region, regionId, parkRegion, parkId, field, message) => {
    expect(() => placeEnterprise(region, regionId, parkRegion, parkId)).toThrow(
      expect.objectContaining({ apiCode: 'BAD_USER_INPUT', field, message: expect.stringMatching(message) }),
    );
  });
});

describe('who writes firm profiles', () => {
  it('sorts actors into platform, regional writers and firms, and refuses the rest', () => {
    expect(writerKind(actor([Role.PLATFORM_ADMIN]))).toBe('PLATFORM');
    expect(writerKind(actor([Role.WINDOW_OFFICER]))).toBe('REGIONAL');
    expect(writerKind(actor([Role.PARK_OFFICER]))).toBe('REGIONAL');
    expect(writerKind(actor([Role.ENTERPRISE_USER, Role.ORG_ADMIN]))).toBe('FIRM');
    for (const role of [Role.BANK_OFFICER, Role.VALUER, Role.GUARANTOR_OFFICER, Role.INSURER_OFFICER]) {
      expect(() => requireWriter(actor([role]))).toThrow(expect.objectContaining({ apiCode: 'FORBIDDEN' }));
    }
  });

  it('keeps an office inside its subtree, but not the platform or a firm', () => {
    const office = actor([Role.GOV_OFFICER]);
    expect(() => requireRegionFor(office, 'REGIONAL', '310000/310112/310112-ZJ')).not.toThrow();
    expect(() => requireRegionFor(office, 'REGIONAL', '310000/310117')).toThrow(expect.objectContaining({ reason: 'OUT_OF_REGION' }));
    expect(() => requireRegionFor(office, 'FIRM', '110000/110108')).not.toThrow();
    expect(() => requireRegionFor(actor([Role.PLATFORM_ADMIN]), 'PLATFORM', '110000')).not.toThrow();
  });

  it('lets a firm edit only its own profile', () => {
    const firm = actor([Role.ENTERPRISE_USER], '310000/310112', 'org-firm');
    expect(() => requireEditable(firm, 'FIRM', { organizationId: 'org-firm', regionPath: '110000/110108' })).not.toThrow();
    expect(() => requireEditable(firm, 'FIRM', { organizationId: 'org-other', regionPath: '310000/310112' })).toThrow(
      expect.objectContaining({ apiCode: 'FORBIDDEN', reason: 'NOT_EDITABLE' }),
    );
    expect(() => requireEditable(firm, 'FIRM', { organizationId: null, regionPath: '310000/310112' })).toThrow(
      expect.objectContaining({ apiCode: 'FORBIDDEN' }),
    );
  });

  it('keeps credit signals out of the firm’s own hands', () => {
    expect(() => requireMaySetCreditSignals('FIRM', { creditRating: false, dishonest: false })).not.toThrow();
    expect(() => requireMaySetCreditSignals('FIRM', { creditRating: false, dishonest: true })).toThrow(
      expect.objectContaining({ apiCode: 'FORBIDDEN', field: 'input.dishonest' }),
    );
    expect(() => requireMaySetCreditSignals('REGIONAL', { creditRating: true, dishonest: true })).not.toThrow();
  });
});

describe('list helpers', () => {
  it('admits a rating and every better one', () => {
    expect(ratingsAtLeast(CreditRating.A)).toEqual([CreditRating.AAA, CreditRating.AA, CreditRating.A]);
    expect(ratingsAtLeast(CreditRating.AAA)).toEqual([CreditRating.AAA]);
  });
});
