import { Injectable, Logger } from '@nestjs/common';
import { SearchIndex, SearchOutboxOperation, SearchService } from '@zhirong/search';
import { MeilisearchApiError } from 'meilisearch';
import { DataSource, EntityManager } from 'typeorm';
import { DOCUMENT_SOURCES } from './documents/document-sources';
import { TASK_TIMEOUT_MS } from './search-index-admin.service';

interface OutboxRow {
  id: string;
  index_name: string;
  document_id: string;
  operation: SearchOutboxOperation;
}

export interface RelayResult {
  /** Outbox rows marked processed in this run. */
  processed: number;
  /** Rows whose send failed and stay for a retry. */
  failed: number;
}

// One relay claims and sends at a time, so Meilisearch receives changes in the order
// they were read from Postgres; an older snapshot can never overwrite a newer one.
const RELAY_LOCK = 'search_outbox_relay';

/**
 * Moves outbox rows to Meilisearch. A batch is claimed (FOR UPDATE SKIP LOCKED),
 * its documents are rebuilt from Postgres, sent, and the Meilisearch task uid is
 * written on the rows; rows are marked processed only once that task has
 * succeeded. When Meilisearch is down nothing is marked and the rows are retried;
 * a task that failed or was lost is re-sent.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
  ) {}

  /**
   * Relays until the outbox is empty (or `maxBatches` were sent). Up to `inFlight`
   * batches are sent before the oldest is awaited, so building documents in
   * Postgres overlaps indexing in Meilisearch (which also merges queued tasks).
   */
  async relay(options: { batchSize?: number; maxBatches?: number; inFlight?: number } = {}): Promise<RelayResult> {
    // Many queued tasks let Meilisearch merge them into large indexing batches (autobatching):
    // a catch-up after downtime or a bulk load runs close to a direct bulk addDocuments.
    const batchSize = options.batchSize ?? 5000;
    const inFlight = options.inFlight ?? 20;
    const result: RelayResult = { processed: 0, failed: 0 };
    result.processed += await this.settleSentRows();
    const waiting: number[] = [];
    let batches = 0;
    try {
      while (options.maxBatches === undefined || batches < options.maxBatches) {
        const sent = await this.sendBatch(batchSize);
        if (sent === null) break;
        if (sent.failed) {
          result.failed += sent.failed;
          break;
        }
        batches++;
        waiting.push(...sent.tasks);
        while (waiting.length > inFlight) result.processed += await this.settle(waiting.shift()!);
      }
    } finally {
      for (const uid of waiting) result.processed += await this.settle(uid).catch(() => 0);
    }
    return result;
  }

  /** Rows left with a task uid by an earlier run (crash, timeout): settle them by asking Meilisearch. */
  private async settleSentRows(): Promise<number> {
    const rows = await this.dataSource.query<{ task_uid: string }[]>(
      'select distinct task_uid::text from search_outbox where processed_at is null and task_uid is not null',
    );
    let processed = 0;
    for (const { task_uid } of rows) processed += await this.settle(Number(task_uid)).catch(() => 0);
    return processed;
  }

  /**
   * Waits for a task; marks its rows processed when it succeeded, hands them back
   * to the next batch when it failed or Meilisearch no longer knows it.
   */
  private async settle(taskUid: number): Promise<number> {
    let status: string;
    let error: string | null = null;
    try {
      const task = await this.search.waitForTask(taskUid, { timeoutMs: TASK_TIMEOUT_MS });
      status = task.status;
      error = task.error?.message ?? null;
    } catch (e) {
      if (e instanceof MeilisearchApiError && e.cause?.code === 'task_not_found') {
        status = 'lost';
      } else {
        // Unreachable or still running: leave the rows; the next run settles them.
        throw e;
      }
    }
    if (status === 'succeeded') {
      const [{ n }] = await this.dataSource.query<{ n: number }[]>(
        `with done as (update search_outbox set processed_at = now() where task_uid = $1 and processed_at is null returning 1)
         select count(*)::int as n from done`,
        [taskUid],
      );
      return n;
    }
    await this.dataSource.query(
      'update search_outbox set task_uid = null, attempts = attempts + 1, last_error = $2 where task_uid = $1 and processed_at is null',
      [taskUid, `task ${taskUid} ${status}${error ? `: ${error}` : ''}`],
    );
    return 0;
  }

  /** Claims one batch and sends it; null when there is nothing to send or another relay holds the lock. */
  private async sendBatch(batchSize: number): Promise<{ tasks: number[]; failed: number } | null> {
    let claimed: OutboxRow[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(hashtext($1)) as locked', [RELAY_LOCK]);
        if (!locked) return null;
        claimed = await manager.query<OutboxRow[]>(
          `select id::text, index_name, document_id, operation from search_outbox
            where processed_at is null and task_uid is null
            order by id limit $1 for update skip locked`,
          [batchSize],
        );
        if (!claimed.length) return null;
        const tasks = await this.send(manager, claimed);
        return { tasks, failed: 0 };
      });
    } catch (error) {
      if (!claimed.length) throw error;
      const message = (error as Error).message.slice(0, 1000);
      this.logger.warn(`search relay: ${claimed.length} change(s) wait for a retry: ${message}`);
      await this.dataSource.query('update search_outbox set attempts = attempts + 1, last_error = $2 where id = any($1::bigint[])', [
        claimed.map((r) => r.id),
        message,
      ]);
      return { tasks: [], failed: claimed.length };
    }
  }

  /** Sends the claimed rows' changes and records each row's task; returns the task uids. */
  private async send(manager: EntityManager, rows: OutboxRow[]): Promise<number[]> {
    // The last change of a document decides; an UPSERT rebuilds it from the current rows anyway.
    const byIndex = new Map<SearchIndex, Map<string, OutboxRow[]>>();
    for (const row of rows) {
      const index = row.index_name as SearchIndex;
      if (!DOCUMENT_SOURCES[index]) continue;
      const docs = byIndex.get(index) ?? new Map<string, OutboxRow[]>();
      docs.set(row.document_id, [...(docs.get(row.document_id) ?? []), row]);
      byIndex.set(index, docs);
    }
    const unknown = rows.filter((r) => !DOCUMENT_SOURCES[r.index_name as SearchIndex]);
    if (unknown.length) {
      // Nothing can ever index them: mark them so they do not block the queue, and say so.
      await manager.query("update search_outbox set processed_at = now(), last_error = 'unknown index' where id = any($1::bigint[])", [unknown.map((r) => r.id)]);
    }

    const tasks: number[] = [];
    const assign = async (uid: number, rowIds: string[]) => {
      tasks.push(uid);
      await manager.query('update search_outbox set task_uid = $1 where id = any($2::bigint[])', [uid, rowIds]);
    };
    for (const [index, docs] of byIndex) {
      const source = DOCUMENT_SOURCES[index];
      const upsertIds = [...docs].filter(([, list]) => list[list.length - 1].operation === SearchOutboxOperation.UPSERT).map(([id]) => id);
      const built = await source.byIds(manager, upsertIds);
      const builtIds = new Set(built.map((d) => d.id));
      // An UPSERT whose row is gone is a delete: the entity was removed after the change was recorded.
      const deleteIds = [...docs.keys()].filter((id) => !builtIds.has(id));
      const target = this.search.client.index(this.search.indexName(index));
      const rowIdsOf = (ids: Iterable<string>) => [...ids].flatMap((id) => docs.get(id)!.map((r) => r.id));
      if (built.length) {
        const task = await target.addDocuments(built, { primaryKey: 'id' });
        await assign(task.taskUid, rowIdsOf(builtIds));
      }
      if (deleteIds.length) {
        const task = await target.deleteDocuments(deleteIds);
        await assign(task.taskUid, rowIdsOf(deleteIds));
      }
      // Documents that embed these ones (a firm's assets) are refreshed by later outbox rows.
      if (source.dependents && upsertIds.length) {
        for (const dep of await source.dependents(manager, upsertIds)) {
          for (let i = 0; i < dep.ids.length; i += 5000) {
            const chunk = dep.ids.slice(i, i + 5000);
            await manager.query(
              `insert into search_outbox (index_name, document_id, operation) select $1, unnest($2::varchar[]), 'UPSERT'`,
              [dep.index, chunk],
            );
          }
        }
      }
    }
    return tasks;
  }

  /** Unprocessed rows, for health checks and tests. */
  async backlog(): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: string }[]>('select count(*) as n from search_outbox where processed_at is null');
    return Number(n);
  }
}
