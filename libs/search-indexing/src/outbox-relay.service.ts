import { Injectable, Logger } from '@nestjs/common';
import { isMeilisearchUnavailable, SearchIndex, SearchOutboxOperation, SearchService } from '@zhirong/search';
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
  /** Rows that became dead letters in this run (rejected SEARCH_OUTBOX_MAX_ATTEMPTS times). */
  dead: number;
}

// One relay claims and sends at a time, so Meilisearch receives changes in the order
// they were read from Postgres; an older snapshot can never overwrite a newer one.
const RELAY_LOCK = 'search_outbox_relay';

/** Documents retried on their own per run, so a bulk failure's rows are worked off without starving fresh changes. */
const RETRIES_PER_RUN = 100;

/** The longest pause before a rejected row is tried again. */
const MAX_BACKOFF_MS = 15 * 60_000;

const PENDING = 'processed_at is null and dead_at is null and task_uid is null';

/**
 * Moves outbox rows to Meilisearch. A batch is claimed (FOR UPDATE SKIP LOCKED),
 * its documents are rebuilt from Postgres, sent, and the Meilisearch task uid is
 * written on the rows; rows are marked processed only once that task has
 * succeeded. When Meilisearch is down nothing is marked and the rows are retried
 * next run (an outage never makes a dead letter). When Meilisearch rejects a batch
 * (a failed task, a 4xx), each of its documents is retried on its own, with a
 * doubling backoff, until SEARCH_OUTBOX_MAX_ATTEMPTS rejections make it a dead
 * letter; the rest of the queue flows past it meanwhile.
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
    const result: RelayResult = { processed: 0, failed: 0, dead: 0 };
    const settle = async (uid: number) => {
      const settled = await this.settle(uid);
      result.processed += settled.processed;
      result.dead += settled.dead;
    };
    for (const uid of await this.sentTasks()) await settle(uid).catch(() => undefined);
    const waiting: number[] = [];
    let batches = 0;
    try {
      let reachable = true;
      // Documents rejected before, one at a time once their backoff is over, each at most once a run.
      const tried: string[] = [];
      for (let i = 0; reachable && i < RETRIES_PER_RUN; i++) {
        const sent = await this.sendBatch('retry', 1, tried);
        if (sent === null) break;
        result.failed += sent.failed;
        result.dead += sent.dead;
        reachable = !sent.unavailable;
        waiting.push(...sent.tasks);
      }
      while (reachable && (options.maxBatches === undefined || batches < options.maxBatches)) {
        const sent = await this.sendBatch('fresh', batchSize);
        if (sent === null) break;
        if (sent.failed) {
          result.failed += sent.failed;
          result.dead += sent.dead;
          break;
        }
        batches++;
        waiting.push(...sent.tasks);
        while (waiting.length > inFlight) await settle(waiting.shift()!);
      }
    } finally {
      for (const uid of waiting) await settle(uid).catch(() => undefined);
    }
    return result;
  }

  /** Tasks of rows left with a task uid by an earlier run (crash, timeout), to settle by asking Meilisearch. */
  private async sentTasks(): Promise<number[]> {
    const rows = await this.dataSource.query<{ task_uid: string }[]>(
      'select distinct task_uid::text from search_outbox where processed_at is null and task_uid is not null',
    );
    return rows.map((r) => Number(r.task_uid));
  }

  /**
   * Waits for a task; marks its rows processed when it succeeded, counts a rejection when
   * it failed, and hands the rows back untouched when Meilisearch no longer knows it.
   */
  private async settle(taskUid: number): Promise<{ processed: number; dead: number }> {
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
      return { processed: n, dead: 0 };
    }
    const message = `task ${taskUid} ${status}${error ? `: ${error}` : ''}`;
    if (status === 'failed') {
      const rows = await this.dataSource.query<OutboxRow[]>('select id::text, document_id, index_name from search_outbox where task_uid = $1 and processed_at is null', [taskUid]);
      return { processed: 0, dead: await this.reject(rows, message) };
    }
    // Lost or canceled: not Meilisearch's verdict on the documents, so no rejection.
    await this.dataSource.query('update search_outbox set task_uid = null, attempts = attempts + 1, last_error = $2 where task_uid = $1 and processed_at is null', [taskUid, message]);
    return { processed: 0, dead: 0 };
  }

  /**
   * Counts a rejection on the rows. A batch of several documents is retried one document
   * at a time at once (only the culprit should fail again); a document rejected on its own
   * waits SEARCH_OUTBOX_BACKOFF_MS × 2^(rejections) first. Answers how many died.
   */
  private async reject(rows: Pick<OutboxRow, 'id' | 'index_name' | 'document_id'>[], message: string): Promise<number> {
    if (!rows.length) return 0;
    const { maxAttempts, backoffMs } = this.search.tuning.outbox;
    const alone = new Set(rows.map((r) => `${r.index_name}/${r.document_id}`)).size === 1;
    const [{ dead }] = await this.dataSource.query<{ dead: number }[]>(
      `with r as (
         update search_outbox set attempts = attempts + 1, rejections = rejections + 1, last_error = $2, task_uid = null,
           next_attempt_at = case when $3 then now() + least($4::float8 * power(2, rejections), $5) * interval '1 millisecond' end,
           dead_at = case when rejections + 1 >= $6 then now() end
         where id = any($1::bigint[]) and processed_at is null returning dead_at)
       select count(dead_at)::int as dead from r`,
      [rows.map((r) => r.id), message.slice(0, 1000), alone, backoffMs, MAX_BACKOFF_MS, maxAttempts],
    );
    if (dead) this.logger.warn(`search relay: ${dead} change(s) became dead letters: ${message.slice(0, 300)}`);
    return dead;
  }

  /**
   * Claims rows and sends them; null when there is nothing to send or another relay holds the lock.
   * `fresh`: never-rejected rows of documents with no rejected row pending, in id order.
   * `retry`: every pending row of one document that was rejected before and whose backoff is over.
   */
  private async sendBatch(kind: 'fresh' | 'retry', batchSize: number, tried: string[] = []): Promise<{ tasks: number[]; failed: number; dead: number; unavailable: boolean } | null> {
    let claimed: OutboxRow[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(hashtext($1)) as locked', [RELAY_LOCK]);
        if (!locked) return null;
        claimed = kind === 'fresh' ? await this.claimFresh(manager, batchSize) : await this.claimRetry(manager, tried);
        if (!claimed.length) return null;
        const tasks = await this.send(manager, claimed);
        return { tasks, failed: 0, dead: 0, unavailable: false };
      });
    } catch (error) {
      if (!claimed.length) throw error;
      const message = (error as Error).message.slice(0, 1000);
      if (isMeilisearchUnavailable(error)) {
        this.logger.warn(`search relay: ${claimed.length} change(s) wait for Meilisearch: ${message}`);
        await this.dataSource.query('update search_outbox set attempts = attempts + 1, last_error = $2 where id = any($1::bigint[])', [claimed.map((r) => r.id), message]);
        return { tasks: [], failed: claimed.length, dead: 0, unavailable: true };
      }
      this.logger.warn(`search relay: ${claimed.length} change(s) were refused: ${message}`);
      return { tasks: [], failed: claimed.length, dead: await this.reject(claimed, message), unavailable: false };
    }
  }

  private claimFresh(manager: EntityManager, limit: number): Promise<OutboxRow[]> {
    // A document with a rejected (or dead) row pending is sent only by the retry path, with all its
    // rows: later changes of a dead document wait with it until it is re-driven.
    return manager.query<OutboxRow[]>(
      `select o.id::text, o.index_name, o.document_id, o.operation from search_outbox o
        where o.processed_at is null and o.dead_at is null and o.task_uid is null and o.rejections = 0
          and not exists (select 1 from search_outbox r where r.processed_at is null and r.rejections > 0
                           and r.index_name = o.index_name and r.document_id = o.document_id)
        order by o.id limit $1 for update of o skip locked`,
      [limit],
    );
  }

  /** `tried`: `index/document` keys already retried in this run, appended to. */
  private async claimRetry(manager: EntityManager, tried: string[]): Promise<OutboxRow[]> {
    const [lead] = await manager.query<{ index_name: string; document_id: string }[]>(
      `select index_name, document_id from search_outbox
        where ${PENDING} and rejections > 0 and (next_attempt_at is null or next_attempt_at <= now())
          and index_name || '/' || document_id <> all($1::text[])
        order by next_attempt_at nulls first, id limit 1 for update skip locked`,
      [tried],
    );
    if (!lead) return [];
    tried.push(`${lead.index_name}/${lead.document_id}`);
    return manager.query<OutboxRow[]>(
      `select id::text, index_name, document_id, operation from search_outbox
        where ${PENDING} and index_name = $1 and document_id = $2 order by id for update skip locked`,
      [lead.index_name, lead.document_id],
    );
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

  /** Rows still to relay (dead letters excluded), for health checks and tests. */
  async backlog(): Promise<number> {
    const [{ n }] = await this.dataSource.query<{ n: string }[]>('select count(*) as n from search_outbox where processed_at is null and dead_at is null');
    return Number(n);
  }
}
