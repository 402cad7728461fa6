import { AccessService, Permission } from '@zhirong/access';
import { Actor, ConnectionArgs, ConnectionShape, groupByKeys, notFound, paginate } from '@zhirong/core';
import { DataSource, ObjectLiteral } from 'typeorm';
import { SubsidyStatus } from './entities/subsidy.enums';

/** The list filters any grant table may take; each reader names the ones its table has. */
export interface GrantFilterValues {
  statuses?: SubsidyStatus[];
  loanId?: string;
  enterpriseId?: string;
  kind?: string;
}

const FILTER_COLUMNS: Record<keyof GrantFilterValues, string> = { statuses: 'status', loanId: 'loan_id', enterpriseId: 'enterprise_id', kind: 'kind' };

interface GrantRow extends ObjectLiteral {
  id: string;
  loanId: string | null;
  createdAt: Date;
}

export interface GrantReaderSpec<T extends GrantRow, N extends string> {
  entity: new () => T;
  alias: string;
  read: Permission;
  /** As NOT_FOUND names it. */
  entityName: string;
  /** Whose name a row is shown with: `table.name` joined on `on` (a column of the grant), put on the row as `as`. */
  name: { table: string; on: string; as: N };
  filters: readonly (keyof GrantFilterValues)[];
}

/**
 * Reads subsidy applications, compensation claims and reward applications alike: every id passes
 * the access policy (`allowed` for known ids, `scope` for queries) before a row is loaded.
 */
export class GrantReader<T extends GrantRow, N extends string> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly spec: GrantReaderSpec<T, N>,
  ) {}

  /** The rows of `ids` the actor may read, in the order asked, each with its display name. */
  async named(actor: Actor, ids: readonly string[]): Promise<(T & Record<N, string>)[]> {
    const { entity, alias, read, name } = this.spec;
    const ok = await this.access.allowed(actor, read, ids);
    if (!ok.size) return [];
    const rows = await this.dataSource
      .getRepository(entity)
      .createQueryBuilder(alias)
      .leftJoin(name.table, 'n', `n.id = ${alias}.${name.on}`)
      .addSelect('n.name', 'display_name')
      .where(`${alias}.id IN (:...ids)`, { ids: [...ok] })
      .getRawAndEntities();
    const byId = new Map(rows.entities.map((e, i) => [e.id, Object.assign(e, { [name.as]: String(rows.raw[i]?.display_name ?? '') }) as T & Record<N, string>]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async one(actor: Actor, id: string): Promise<T & Record<N, string>> {
    const [row] = await this.named(actor, [id]);
    if (!row) throw notFound(this.spec.entityName, id);
    return row;
  }

  /** The rows on each of `loanIds` the actor may see, newest first: one query for a page of loans. */
  async forLoans(actor: Actor, loanIds: readonly string[]): Promise<(T & Record<N, string>)[][]> {
    const { entity, alias, read } = this.spec;
    const qb = this.dataSource
      .getRepository(entity)
      .createQueryBuilder(alias)
      .select(`${alias}.id`, 'id')
      .where(`${alias}.loan_id IN (:...loanIds)`, { loanIds: [...loanIds] });
    this.access.scope(qb, actor, read, `${alias}.id`);
    const ids = ((await qb.orderBy(`${alias}.created_at`, 'DESC').getRawMany()) as { id: string }[]).map((r) => r.id);
    return groupByKeys<string | null, T & Record<N, string>>(loanIds, await this.named(actor, ids), (r) => r.loanId);
  }

  /** Newest first, within the actor's scope (an applicant its own, an office its region's queue). */
  async list(actor: Actor, args: ConnectionArgs & { filter?: GrantFilterValues }): Promise<ConnectionShape<T & Record<N, string>>> {
    const { entity, alias, read, filters } = this.spec;
    const qb = this.dataSource.getRepository(entity).createQueryBuilder(alias);
    this.access.scope(qb, actor, read, `${alias}.id`);
    const f = args.filter;
    for (const key of filters) {
      const value = f?.[key];
      if (Array.isArray(value) ? value.length : value) {
        qb.andWhere(Array.isArray(value) ? `${alias}.${FILTER_COLUMNS[key]} IN (:...${key})` : `${alias}.${FILTER_COLUMNS[key]} = :${key}`, { [key]: value });
      }
    }
    const page = await paginate(qb, args, { column: `${alias}.created_at`, direction: 'DESC', key: (a) => a.createdAt });
    const named = new Map(
      (
        await this.named(
          actor,
          page.edges.map((e) => e.node.id),
        )
      ).map((r) => [r.id, r]),
    );
    return { ...page, edges: page.edges.flatMap((e) => (named.has(e.node.id) ? [{ cursor: e.cursor, node: named.get(e.node.id)! }] : [])) };
  }
}
