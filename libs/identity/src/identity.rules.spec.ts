import { OrganizationType, Role } from '@zhirong/core';
import { RegionLevel } from './entities/region.entity';
import { canNestRegion, normalizeEmail, rolesAllowedFor } from './identity.rules';

describe('identity rules', () => {
  it.each([
    [RegionLevel.PROVINCE, null, true],
    [RegionLevel.CITY, null, false],
    [RegionLevel.CITY, RegionLevel.PROVINCE, true],
    [RegionLevel.DISTRICT, RegionLevel.PROVINCE, true],
    [RegionLevel.PARK, RegionLevel.DISTRICT, true],
    [RegionLevel.PROVINCE, RegionLevel.CITY, false],
    [RegionLevel.CITY, RegionLevel.CITY, false],
    [RegionLevel.DISTRICT, RegionLevel.PARK, false],
  ])('a %s under %s nests: %s', (child, parent, ok) => {
    expect(canNestRegion(child, parent)).toBe(ok);
  });

  it('gives a bank user the bank role and never the office role', () => {
    expect(rolesAllowedFor(OrganizationType.BANK)).toEqual([Role.BANK_OFFICER, Role.ORG_ADMIN]);
    expect(rolesAllowedFor(OrganizationType.BANK)).not.toContain(Role.GOV_OFFICER);
  });

  it('normalises e-mail addresses', () => {
    expect(normalizeEmail('  Office@Zhirong.TEST ')).toBe('office@zhirong.test');
  });
});
