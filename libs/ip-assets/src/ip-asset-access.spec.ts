import { Actor, OrganizationType, Role } from '@zhirong/core';
import { IpAsset } from './entities/ip-asset.entity';
import { LegalStatus, PledgeStatus } from './entities/ip-asset.enums';
import { ASSET_REGISTRARS, BUNDLE_MAKERS, requireActingFor } from './ip-asset-access';
import { unpledgeableReason } from './pledge-bundle.service';

const actor = (roles: Role[], organizationType: OrganizationType, regionPath = '310000/310112', organizationId = 'org'): Actor => ({
  userId: 'u',
  email: 'u@test.cn',
  roles,
  organizationId,
  organizationType,
  regionPath,
});
const firm = { organizationId: 'firm-org', regionPath: '310000/310117/310117-G60' };
const codeOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { reason: string }).reason;
  }
};

describe('acting for a firm', () => {
  it.each([
    ['the firm itself', actor([Role.ENTERPRISE_USER], OrganizationType.ENTERPRISE, '310000/310117', 'firm-org'), ASSET_REGISTRARS, null],
    ['another firm', actor([Role.ENTERPRISE_USER], OrganizationType.ENTERPRISE, '310000/310117/310117-G60'), ASSET_REGISTRARS, 'FORBIDDEN'],
    ['the district office above the park', actor([Role.GOV_OFFICER], OrganizationType.GOVERNMENT_OFFICE, '310000/310117'), ASSET_REGISTRARS, null],
    ['the park itself', actor([Role.PARK_OFFICER], OrganizationType.PARK, '310000/310117/310117-G60'), ASSET_REGISTRARS, null],
    ['the park, for bundles', actor([Role.PARK_OFFICER], OrganizationType.PARK, '310000/310117/310117-G60'), BUNDLE_MAKERS, 'FORBIDDEN'],
    ['another district’s window', actor([Role.WINDOW_OFFICER], OrganizationType.SERVICE_WINDOW, '310000/310112'), ASSET_REGISTRARS, 'OUT_OF_REGION'],
    ['a bank', actor([Role.BANK_OFFICER], OrganizationType.BANK, '310000'), ASSET_REGISTRARS, 'FORBIDDEN'],
    ['the platform', actor([Role.PLATFORM_ADMIN], OrganizationType.PLATFORM, '310000'), BUNDLE_MAKERS, null],
  ] as const)('%s', (_who, who, roles, reason) => {
    expect(codeOf(() => requireActingFor(who, firm, roles, 'act'))).toBe(reason);
  });
});

describe('what may go into a bundle', () => {
  const asset = (values: Partial<IpAsset>): IpAsset =>
    Object.assign(new IpAsset(), { enterpriseId: 'e1', legalStatus: LegalStatus.VALID, pledgeStatus: PledgeStatus.FREE, ...values });

  it('takes the firm’s own valid, free assets only', () => {
    expect(unpledgeableReason(asset({}), 'e1')).toBeNull();
    expect(unpledgeableReason(undefined, 'e1')).toContain('not one of');
    expect(unpledgeableReason(asset({ enterpriseId: 'e2' }), 'e1')).toBe(unpledgeableReason(undefined, 'e1'));
    expect(unpledgeableReason(asset({ legalStatus: LegalStatus.LAPSED_UNPAID_FEES }), 'e1')).toContain('LAPSED_UNPAID_FEES');
    expect(unpledgeableReason(asset({ pledgeStatus: PledgeStatus.IN_DISPOSAL }), 'e1')).toContain('IN_DISPOSAL');
  });
});
