import { Actor, forbidden, isPlatformAdmin, isWithinRegion, Role, subtreePattern } from '@zhirong/core';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Roles that see the firms of their region subtree (offices, service windows, parks). */
const REGIONAL_ROLES = [Role.GOV_OFFICER, Role.WINDOW_OFFICER, Role.PARK_OFFICER];

export interface EnterpriseColumns {
  /** SQL expression of the enterprise id, e.g. `e.id` or `a.enterprise_id`. */
  enterpriseId: string;
  /** SQL expression of the region path, e.g. `e.region_path`. */
  regionPath: string;
}

/** Whether the actor may list firms at all; valuers, guarantors and insurers work by assignment. */
export function canListEnterprises(actor: Actor): boolean {
  return (
    isPlatformAdmin(actor) ||
    actor.roles.some((r) => [...REGIONAL_ROLES, Role.BANK_OFFICER, Role.ENTERPRISE_USER].includes(r))
  );
}

/**
 * Narrows a query to the firms (or their assets, needs …) the actor may see:
 * the platform everything; offices, windows and parks their region subtree; a firm
 * itself; a bank the firms that applied to it or were pushed to it.
 */
export function scopeToVisibleEnterprises<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, columns: EnterpriseColumns): SelectQueryBuilder<T> {
  if (!canListEnterprises(actor)) throw forbidden('Your role does not list enterprises');
  if (isPlatformAdmin(actor)) return qb;
  const clauses: string[] = [];
  if (actor.roles.some((r) => REGIONAL_ROLES.includes(r))) {
    clauses.push(`(${columns.regionPath} = :visRegion OR ${columns.regionPath} LIKE :visRegionPrefix)`);
  }
  if (actor.roles.includes(Role.ENTERPRISE_USER)) {
    clauses.push(`${columns.enterpriseId} IN (SELECT vis_e.id FROM enterprise vis_e WHERE vis_e.organization_id = :visOrg)`);
  }
  if (actor.roles.includes(Role.BANK_OFFICER)) {
    clauses.push(`${columns.enterpriseId} IN (SELECT vis_b.enterprise_id FROM enterprise_bank_access vis_b WHERE vis_b.bank_organization_id = :visOrg)`);
  }
  return qb.andWhere(`(${clauses.join(' OR ')})`, {
    visRegion: actor.regionPath,
    visRegionPrefix: subtreePattern(actor.regionPath),
    visOrg: actor.organizationId,
  });
}

/** The same rule for one firm already loaded; `bankHasAccess` comes from enterprise_bank_access. */
export function canSeeEnterprise(actor: Actor, enterprise: { organizationId: string | null; regionPath: string }, bankHasAccess: boolean): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (actor.roles.some((r) => REGIONAL_ROLES.includes(r)) && isWithinRegion(actor.regionPath, enterprise.regionPath)) return true;
  if (actor.roles.includes(Role.ENTERPRISE_USER) && enterprise.organizationId === actor.organizationId) return true;
  return actor.roles.includes(Role.BANK_OFFICER) && bankHasAccess;
}
