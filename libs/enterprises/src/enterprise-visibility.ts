import { accessPredicate, namedBinder, Permission } from '@zhirong/access';
import { Actor, forbidden, hasAnyRole, Role } from '@zhirong/core';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface EnterpriseColumns {
  /** SQL expression of the enterprise id, e.g. `e.id` or `a.enterprise_id`. */
  enterpriseId: string;
  /** SQL expression of the firm's region path, e.g. `e.region_path`. */
  regionPath: string;
}

/** Whether the actor may list firms at all; valuers, guarantors and insurers work by assignment. */
export function canListEnterprises(actor: Actor): boolean {
  return hasAnyRole(actor, [Role.GOV_OFFICER, Role.WINDOW_OFFICER, Role.PARK_OFFICER, Role.BANK_OFFICER, Role.ENTERPRISE_USER]);
}

/**
 * Narrows a query to the firms (or their assets, needs …) the actor may see, by the
 * access policy's ENTERPRISE_READ rule (libs/access): this adds no rule of its own.
 */
export function scopeToVisibleEnterprises<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, columns: EnterpriseColumns): SelectQueryBuilder<T> {
  if (!canListEnterprises(actor)) throw forbidden('Your role does not list enterprises');
  const params: Record<string, unknown> = {};
  const sql = accessPredicate(actor, Permission.ENTERPRISE_READ, { id: columns.enterpriseId, regionPath: columns.regionPath }, namedBinder(params));
  return sql === 'TRUE' ? qb : qb.andWhere(sql, params);
}
