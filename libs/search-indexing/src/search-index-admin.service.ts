import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { expectTaskSucceeded, SearchService } from '@zhirong/search';
import { MeilisearchApiError } from 'meilisearch';
import { DataSource } from 'typeorm';
import { DOCUMENT_SOURCES } from './documents/document-sources';
import { SEARCH_INDEX_DEFINITIONS, SearchIndexDefinition } from './indexes/index-definitions';

/** Long enough for a settings change to re-index a large index. */
export const TASK_TIMEOUT_MS = 10 * 60_000;

export interface ReindexProgress {
  index: string;
  done: number;
  total: number;
}

/** Creates indexes with their settings, and rebuilds them behind an atomic swap. */
@Injectable()
export class SearchIndexAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchIndexAdmin.name);

  constructor(
    private readonly search: SearchService,
    private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Tests create the indexes they use; every other process makes sure they exist.
    if (this.config.env === 'test') return;
    try {
      await this.ensureIndexes();
    } catch (error) {
      // Search being down must not stop the API: the outbox keeps changes until it is back.
      this.logger.warn(`could not apply search index settings: ${(error as Error).message}`);
    }
  }

  /** Idempotent: creates missing indexes and (re)applies every setting. */
  async ensureIndexes(definitions: readonly SearchIndexDefinition[] = SEARCH_INDEX_DEFINITIONS): Promise<void> {
    for (const def of definitions) await this.applyTo(this.search.indexName(def.name), def);
  }

  /** Waits for a task and throws unless it succeeded (see waitForTask in @zhirong/search: never the client's own). */
  private async done(task: Promise<{ taskUid: number }>, what: string): Promise<void> {
    await expectTaskSucceeded(this.search.client, (await task).taskUid, what, TASK_TIMEOUT_MS);
  }

  private async applyTo(uid: string, def: SearchIndexDefinition): Promise<void> {
    const client = this.search.client;
    try {
      await client.getIndex(uid);
    } catch (error) {
      if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') throw error;
      const created = await client.createIndex(uid, { primaryKey: def.primaryKey });
      // Another process may have created it in between: the settings below decide either way.
      await this.search.waitForTask(created.taskUid, { timeoutMs: TASK_TIMEOUT_MS });
    }
    await this.done(client.index(uid).updateSettings(def.settings), `settings of ${uid}`);
  }

  /**
   * Builds `<index>_<timestamp>` with the settings, fills it from Postgres in id
   * order, swaps it with the live index (one atomic Meilisearch task, so searches
   * see the old or the new index, never an empty one), deletes the old copy, and
   * finally replays the outbox rows whose changes the rebuild may have missed.
   *
   * Which rows: those whose transaction the snapshot taken before the first page
   * could not see. Every page is read after that snapshot, so a change committed
   * before it is in the pages; a change committed later (or still running then)
   * may be missing, or may have been relayed to the old index that the swap threw
   * away. Its outbox row carries its transaction id (`xid`), so "not visible in
   * the start snapshot" (pg_visible_in_snapshot) names exactly those rows, however
   * the ids were allocated: a transaction may take an id before the start and
   * commit after it, which `id > max(id) at start` missed. A transaction that
   * commits after the replay query is relayed normally, after the swap, into the
   * new index. (Rows are pruned only after SEARCH_OUTBOX_RETENTION_HOURS ≥ 1 h,
   * longer than a reindex runs.)
   */
  async reindex(def: SearchIndexDefinition, options: { batchSize?: number; onProgress?: (p: ReindexProgress) => void | Promise<void> } = {}): Promise<{ documents: number; replayed: number }> {
    const batchSize = options.batchSize ?? 5000;
    const client = this.search.client;
    const live = this.search.indexName(def.name);
    const temp = `${live}_${Date.now()}`;
    const source = DOCUMENT_SOURCES[def.name];
    const [{ snapshot }] = await this.dataSource.query<{ snapshot: string }[]>('select pg_current_snapshot()::text as snapshot');

    await this.applyTo(live, def);
    await this.applyTo(temp, def);
    const total = await source.count(this.dataSource);
    let done = 0;
    let after: string | null = null;
    const pending: Promise<void>[] = [];
    for (;;) {
      const docs = await source.page(this.dataSource, after, batchSize);
      if (!docs.length) break;
      after = docs[docs.length - 1].id;
      // Enqueue without waiting so Postgres reads overlap Meilisearch indexing; checked below.
      const enqueued = client.index(temp).addDocuments(docs, { primaryKey: def.primaryKey });
      const { taskUid } = await enqueued;
      pending.push(expectTaskSucceeded(client, taskUid, `indexing ${temp}`, TASK_TIMEOUT_MS).then(() => undefined));
      done += docs.length;
      await options.onProgress?.({ index: def.name, done, total: Math.max(total, done) });
    }
    await Promise.all(pending);
    await this.done(client.swapIndexes([{ indexes: [live, temp], rename: false }]), `swapping ${live}`);
    await this.done(client.deleteIndex(temp), `deleting ${temp}`);
    const replayed = await this.dataSource.query<{ n: number }[]>(
      `with replay as (
         insert into search_outbox (index_name, document_id, operation)
         select distinct index_name, document_id, 'UPSERT' from search_outbox
          where index_name = $1
            and xid >= pg_snapshot_xmin($2::pg_snapshot)::text::bigint
            and not pg_visible_in_snapshot(xid::text::xid8, $2::pg_snapshot)
         returning 1)
       select count(*)::int as n from replay`,
      [def.name, snapshot],
    );
    return { documents: done, replayed: replayed[0].n };
  }

  /** Deletes the indexes with this deployment's prefix (tests clean up with it). */
  async dropAll(): Promise<void> {
    const prefix = this.search.indexName('');
    const { results } = await this.search.client.getIndexes({ limit: 1000 });
    for (const index of results) if (index.uid.startsWith(prefix)) await this.done(this.search.client.deleteIndex(index.uid), `deleting ${index.uid}`);
  }
}
