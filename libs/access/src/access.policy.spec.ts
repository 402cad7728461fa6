import { Actor, OrganizationType, Role } from '@zhirong/core';
import { accessPredicate, namedBinder, positionalBinder } from './access.policy';
import { Permission } from './permission';

const actor = (roles: Role[], organizationType: OrganizationType, regionPath = '310000/310112'): Actor => ({
  userId: 'u1',
  email: 'u@test.cn',
  roles,
  organizationId: 'org-1',
  organizationType,
  regionPath,
});

describe('accessPredicate', () => {
  it('passes the platform everywhere without a query', () => {
    for (const permission of Object.values(Permission)) {
      expect(accessPredicate(actor([Role.PLATFORM_ADMIN], OrganizationType.PLATFORM), permission, 'x.id', positionalBinder([]))).toBe('TRUE');
    }
  });

  it('gives valuers, guarantors and insurers no firm profile at all', () => {
    for (const [role, type] of [
      [Role.VALUER, OrganizationType.VALUER],
      [Role.GUARANTOR_OFFICER, OrganizationType.GUARANTOR],
      [Role.INSURER_OFFICER, OrganizationType.INSURER],
    ] as const) {
      expect(accessPredicate(actor([role], type), Permission.ENTERPRISE_READ, 'e.id', positionalBinder([]))).toBe('FALSE');
    }
  });

  it('lets a bank see a firm only through a grant, and binds every value as a parameter', () => {
    const params: unknown[] = [];
    const sql = accessPredicate(actor([Role.BANK_OFFICER], OrganizationType.BANK), Permission.ENTERPRISE_READ, 'e.id', positionalBinder(params));
    expect(sql).toContain('enterprise_bank_access');
    expect(sql).not.toContain('org-1');
    expect(params).toEqual(['org-1']);
  });

  it('scopes regional roles to their subtree, using the caller’s own region column when named', () => {
    const params: Record<string, unknown> = {};
    const sql = accessPredicate(
      actor([Role.WINDOW_OFFICER], OrganizationType.SERVICE_WINDOW),
      Permission.ENTERPRISE_READ,
      { id: 'e.id', regionPath: 'e.region_path' },
      namedBinder(params),
    );
    expect(sql).toMatch(/^\(e\.region_path = :acc\d+ OR e\.region_path LIKE :acc\d+ ESCAPE/);
    expect(Object.values(params)).toEqual(['310000/310112', '310000/310112/%']);
  });

  it('keeps review figures from firms and offices', () => {
    expect(accessPredicate(actor([Role.ENTERPRISE_USER], OrganizationType.ENTERPRISE), Permission.VALUATION_REVIEW_READ, 'r.id', positionalBinder([]))).toBe('FALSE');
    expect(accessPredicate(actor([Role.GOV_OFFICER], OrganizationType.GOVERNMENT_OFFICE), Permission.VALUATION_REVIEW_READ, 'r.id', positionalBinder([]))).toBe('FALSE');
  });
});
