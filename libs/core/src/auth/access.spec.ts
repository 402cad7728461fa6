import { Access, isWithinRegion } from './access';
import { Actor } from './actor';
import { OrganizationType, Role } from './roles';

const office: Actor = {
  userId: 'u1',
  email: 'office@zhirong.test',
  roles: [Role.GOV_OFFICER],
  organizationId: 'org-office',
  organizationType: OrganizationType.GOVERNMENT_OFFICE,
  regionPath: '310000/310112',
};
const admin: Actor = { ...office, roles: [Role.PLATFORM_ADMIN], organizationId: 'org-platform', regionPath: '310000' };

describe('region subtree', () => {
  it.each([
    ['310000/310112', '310000/310112', true],
    ['310000/310112', '310000/310112/310112-P1', true],
    ['310000', '310000/310117', true],
    ['310000/310112', '310000/310117', false],
    ['310000/310112', '310000', false],
    // A prefix of characters is not a prefix of path segments.
    ['310000/3101', '310000/310112', false],
  ])('scope %s contains %s: %s', (scope, path, expected) => {
    expect(isWithinRegion(scope, path)).toBe(expected);
  });
});

describe('Access', () => {
  it('lets an office act inside its district only', () => {
    expect(() => Access.requireRegion(office, '310000/310112/310112-P1')).not.toThrow();
    expect(() => Access.requireRegion(office, '110000')).toThrow(expect.objectContaining({ apiCode: 'FORBIDDEN', reason: 'OUT_OF_REGION' }));
  });

  it('checks roles and organisations, with the platform administrator passing all', () => {
    expect(() => Access.requireRole(office, Role.BANK_OFFICER)).toThrow(expect.objectContaining({ apiCode: 'FORBIDDEN' }));
    expect(() => Access.requireOwnOrganization(office, 'org-bank')).toThrow(expect.objectContaining({ apiCode: 'FORBIDDEN' }));
    expect(() => Access.requireRole(admin, Role.BANK_OFFICER)).not.toThrow();
    expect(() => Access.requireOwnOrganization(admin, 'org-bank')).not.toThrow();
    expect(() => Access.requireRegion(admin, '110000')).not.toThrow();
  });
});
