import { Access, Actor, forbidden, isPlatformAdmin, Role } from '@zhirong/core';
import { canListEnterprises, scopeToVisibleEnterprises } from '@zhirong/enterprises';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Narrows a query on `ip_asset` to the assets the actor may see: those of the
 * firms it sees (offices, windows and parks by region, a firm its own, a bank
 * the firms that applied or were pushed to it), and for a valuer, who sees no
 * firm list, the assets it is or was engaged for (评估委托) or has valued.
 */
export function scopeToVisibleAssets<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, alias = 'a'): SelectQueryBuilder<T> {
  if (canListEnterprises(actor)) {
    return scopeToVisibleEnterprises(qb, actor, { enterpriseId: `${alias}.enterprise_id`, regionPath: `${alias}.region_path` });
  }
  if (actor.roles.includes(Role.VALUER)) {
    return qb.andWhere(
      `(${alias}.id IN (SELECT vis_v.ip_asset_id FROM valuation vis_v WHERE vis_v.valuer_organization_id = :visValuer)
        OR ${alias}.id IN (SELECT vis_ve.ip_asset_id FROM valuation_engagement vis_ve WHERE vis_ve.valuer_organization_id = :visValuer AND vis_ve.status <> 'CANCELLED'))`,
      { visValuer: actor.organizationId },
    );
  }
  throw forbidden('Your role does not see IP assets');
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
