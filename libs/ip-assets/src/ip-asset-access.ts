import { accessPredicate, namedBinder, Permission } from '@zhirong/access';
import { Access, Actor, forbidden, hasAnyRole, isPlatformAdmin, Role } from '@zhirong/core';
import { canListEnterprises } from '@zhirong/enterprises';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Narrows a query on `ip_asset` to the assets the actor may see, by the access
 * policy's IP_ASSET_READ rule (libs/access): the firms it sees, and for a valuer the
 * assets it is engaged for (评估委托) or has valued.
 */
export function scopeToVisibleAssets<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, alias = 'a'): SelectQueryBuilder<T> {
  if (!canListEnterprises(actor) && !hasAnyRole(actor, [Role.VALUER])) throw forbidden('Your role does not see IP assets');
  const params: Record<string, unknown> = {};
  const sql = accessPredicate(actor, Permission.IP_ASSET_READ, `${alias}.id`, namedBinder(params));
  return sql === 'TRUE' ? qb : qb.andWhere(sql, params);
}

export interface OwningEnterprise {
  organizationId: string | null;
  regionPath: string;
}

/**
 * Who may act for a firm on its IP: the firm itself, the regional organisations
 * named in `regionalRoles` within their subtree, and the platform.
 */
export function requireActingFor(actor: Actor, enterprise: OwningEnterprise, regionalRoles: readonly Role[], what: string): void {
  if (isPlatformAdmin(actor)) return;
  if (actor.roles.includes(Role.ENTERPRISE_USER)) {
    if (enterprise.organizationId !== actor.organizationId) throw forbidden(`Only the firm itself may ${what} for its own IP`);
    return;
  }
  if (actor.roles.some((r) => regionalRoles.includes(r))) {
    Access.requireRegion(actor, enterprise.regionPath);
    return;
  }
  throw forbidden(`Your role may not ${what}; the firm, ${regionalRoles.join(', ')} of its region or the platform may`);
}

/** Offices, service windows and parks register IP for the firms of their region. */
export const ASSET_REGISTRARS: readonly Role[] = [Role.GOV_OFFICER, Role.WINDOW_OFFICER, Role.PARK_OFFICER];

/** Offices and service windows put bundles together on a firm's behalf. */
export const BUNDLE_MAKERS: readonly Role[] = [Role.GOV_OFFICER, Role.WINDOW_OFFICER];
