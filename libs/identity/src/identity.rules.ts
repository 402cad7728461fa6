import { OrganizationType, Role, ROLE_FOR_ORGANIZATION_TYPE } from '@zhirong/core';
import { RegionLevel } from './entities/region.entity';

const LEVEL_DEPTH: Record<RegionLevel, number> = {
  [RegionLevel.PROVINCE]: 0,
  [RegionLevel.CITY]: 1,
  [RegionLevel.DISTRICT]: 2,
  [RegionLevel.PARK]: 3,
};

/**
 * A child sits below its parent. Levels may be skipped: Shanghai and Beijing are
 * municipalities whose districts hang directly under the province-level city.
 */
export function canNestRegion(child: RegionLevel, parent: RegionLevel | null): boolean {
  if (parent === null) return child === RegionLevel.PROVINCE;
  return LEVEL_DEPTH[child] > LEVEL_DEPTH[parent];
}

/** A user holds the role of their organisation's type, optionally ORG_ADMIN as well. */
export function rolesAllowedFor(type: OrganizationType): Role[] {
  const own = ROLE_FOR_ORGANIZATION_TYPE[type];
  return own === Role.PLATFORM_ADMIN ? [Role.PLATFORM_ADMIN, Role.ORG_ADMIN] : [own, Role.ORG_ADMIN];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
