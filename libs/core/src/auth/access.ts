import { CommonError, CommonErrorCode } from '../errors/common.errors';
import { Actor } from './actor';
import { Role } from './roles';

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.roles.includes(Role.PLATFORM_ADMIN);
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return isPlatformAdmin(actor) || roles.some((r) => actor.roles.includes(r));
}

/** A region path lies within a scope when it is the scope or one of its descendants. */
export function isWithinRegion(scopePath: string, regionPath: string): boolean {
  return regionPath === scopePath || regionPath.startsWith(`${scopePath}/`);
}

/**
 * The rules resolvers and services apply to a resource: by role, by own
 * organisation, by region subtree. The platform administrator passes all of them.
 */
export const Access = {
  requireRole(actor: Actor, ...roles: Role[]): void {
    if (!hasAnyRole(actor, roles)) {
      throw new CommonError(CommonErrorCode.FORBIDDEN, `This needs one of the roles: ${roles.join(', ')}`);
    }
  },
  requireOwnOrganization(actor: Actor, organizationId: string): void {
    if (!isPlatformAdmin(actor) && actor.organizationId !== organizationId) {
      throw new CommonError(CommonErrorCode.FORBIDDEN, 'This belongs to another organisation');
    }
  },
  requireRegion(actor: Actor, regionPath: string): void {
    if (!isPlatformAdmin(actor) && !isWithinRegion(actor.regionPath, regionPath)) {
      throw new CommonError(CommonErrorCode.OUT_OF_REGION, 'This lies outside your region');
    }
  },
};
