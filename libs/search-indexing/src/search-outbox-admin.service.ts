import { Injectable } from '@nestjs/common';
import { Access, Actor, AuditService, badInput, ConnectionArgs, ConnectionShape, paginate, Role } from '@zhirong/core';
import { SearchOutbox, SearchService } from '@zhirong/search';
import { DataSource } from 'typeorm';

/** Rows deleted per statement, so a large prune never holds one long lock. */
const PRUNE_CHUNK = 10_000;

/**
 * The outbox's upkeep: dead letters for the platform administrator (list, re-drive) and the
 * prune of relayed rows. Only the platform administrator sees the outbox: it names documents of
 * every organisation.
 */
@Injectable()
export class SearchOutboxAdmin {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
    private readonly audit: AuditService,
  ) {}

  /** Dead letters, the newest first. */
  async deadLetters(actor: Actor, args: ConnectionArgs): Promise<ConnectionShape<SearchOutbox>> {
    Access.requireRole(actor, Role.PLATFORM_ADMIN);
    const qb = this.dataSource.getRepository(SearchOutbox).createQueryBuilder('o').where('o.dead_at is not null');
    return paginate(qb, args, { column: 'o.dead_at', direction: 'DESC', key: (o) => o.deadAt });
  }

  /**
   * Puts dead letters back in the queue as if new (rejections forgotten, no backoff): the given
   * ones, or all of them without `ids`. Audited in the same transaction. Answers how many.
   */
  async redrive(actor: Actor, ids?: readonly string[] | null): Promise<number> {
    Access.requireRole(actor, Role.PLATFORM_ADMIN);
    if (ids && ids.some((id) => !/^\d{1,19}$/.test(id))) throw badInput('ids', 'A dead letter id is a whole number');
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; index_name: string; document_id: string }[]>(
        // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
        `with redriven as (
           update search_outbox set dead_at = null, rejections = 0, next_attempt_at = null
            where dead_at is not null and ($1::bigint[] is null or id = any($1::bigint[]))
            returning id, index_name, document_id)
         select id::text, index_name, document_id from redriven order by id`,
        [ids ?? null],
      );
      await this.audit.record(manager, {
        action: 'redriveSearchDeadLetters',
        entityType: 'SearchOutbox',
        entityId: rows.length === 1 ? rows[0].id : null,
        after: { redriven: rows.length, rows: rows.slice(0, 100).map((r) => ({ id: r.id, index: r.index_name, document: r.document_id })) },
      });
      return rows.length;
    });
  }

  /** Deletes relayed rows older than SEARCH_OUTBOX_RETENTION_HOURS; answers how many. Dead letters and pending rows stay. */
  async prune(retentionHours = this.search.tuning.outbox.retentionHours): Promise<number> {
    let deleted = 0;
    for (;;) {
      const [{ n }] = await this.dataSource.query<{ n: number }[]>(
        `with gone as (
           delete from search_outbox where id in (
             select id from search_outbox where processed_at < now() - $1::float8 * interval '1 hour' limit $2)
           returning 1)
         select count(*)::int as n from gone`,
        [retentionHours, PRUNE_CHUNK],
      );
      deleted += n;
      if (n < PRUNE_CHUNK) return deleted;
    }
  }
}
