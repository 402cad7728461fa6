import { Injectable } from '@nestjs/common';
import { Actor, CommonError, CommonErrorCode, RequestLoaders } from '@zhirong/core';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { accessPredicate, namedBinder, positionalBinder, Subject } from './access.policy';
import { Permission } from './permission';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place that answers "may this actor do that to these objects" (after immich's
 * access repository): `scope` narrows a list query, `allowed`/`require` check ids, both
 * from the same predicate of `access.policy.ts`.
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** Narrows a query to the subjects the actor holds `permission` on. */
  scope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, permission: Permission, subject: Subject | string): SelectQueryBuilder<T> {
    const params: Record<string, unknown> = {};
    const sql = accessPredicate(actor, permission, subject, namedBinder(params));
    return sql === 'TRUE' ? qb : qb.andWhere(sql, params);
  }

  /** The ids among `ids` the actor holds `permission` on. */
  async allowed(actor: Actor, permission: Permission, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const wanted = [...new Set(ids)].filter((id) => UUID.test(id));
    if (!wanted.length) return new Set();
    const params: unknown[] = [wanted];
    const sql = accessPredicate(actor, permission, 'acc_s.id', positionalBinder(params));
    if (sql === 'TRUE') return new Set(wanted);
    if (sql === 'FALSE') return new Set();
    const rows = (await manager.query(`SELECT acc_s.id FROM unnest($1::uuid[]) AS acc_s(id) WHERE ${sql}`, params)) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** Batches the checks of one request's nested fields: one query per permission and level. */
  loader(loaders: RequestLoaders, actor: Actor, permission: Permission): DataLoader<string, boolean> {
    return loaders.get(`access.${permission}.${actor.userId}`, async (ids: readonly string[]) => {
      const ok = await this.allowed(actor, permission, ids);
      return ids.map((id) => ok.has(id));
    });
  }

  /** Throws FORBIDDEN unless the actor holds `permission` on the id, through the request's loader. */
  async requireLoaded(loaders: RequestLoaders, actor: Actor, permission: Permission, id: string): Promise<void> {
    if (!(await this.loader(loaders, actor, permission).load(id))) throw new CommonError(CommonErrorCode.FORBIDDEN, forbiddenMessage(permission));
  }

  /** Throws FORBIDDEN unless the actor holds `permission` on every id. */
  async require(actor: Actor, permission: Permission, ids: string | readonly string[], manager?: EntityManager): Promise<void> {
    const list = typeof ids === 'string' ? [ids] : ids;
    const ok = await this.allowed(actor, permission, list, manager);
    if (list.some((id) => !ok.has(id))) throw new CommonError(CommonErrorCode.FORBIDDEN, forbiddenMessage(permission));
  }
}

function forbiddenMessage(permission: Permission): string {
  switch (permission) {
    case Permission.ENTERPRISE_READ:
      return 'You may not see this firm: a bank sees a firm pushed to it, that applied to it or accepted its interest';
    case Permission.NEED_READ:
      return 'You may not see this financing need';
    case Permission.PUBLISHED_NEED_READ:
      return 'This need is not in your need library: it is not published, or matches none of your active products';
    case Permission.NEED_CONSENT:
      return 'Only the firm itself publishes its need and consents to a bank seeing it';
    case Permission.VALUATION_REVIEW_READ:
      return 'A review figure is private to the bank that made it';
    default:
      return 'You may not see this';
  }
}
