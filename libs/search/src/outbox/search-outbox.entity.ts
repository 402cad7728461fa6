import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum SearchOutboxOperation {
  UPSERT = 'UPSERT',
  DELETE = 'DELETE',
}

/**
 * One change that the search indexes must learn about. Written in the same
 * transaction as the change itself, so a committed change always has its row;
 * the relay marks it processed only after Meilisearch finished the task. A row
 * Meilisearch keeps rejecting becomes a dead letter (`deadAt`) that the platform
 * administrator can re-drive; processed rows are pruned after a retention.
 */
@Entity({ name: 'search_outbox' })
// The relay only ever scans unprocessed rows in id order: a partial index keeps that scan small however large the history grows.
@Index('IDX_search_outbox_pending', ['id'], { where: 'processed_at IS NULL' })
// Rows Meilisearch rejected, by document: the relay keeps a document's other rows out of bulk batches while one is rejected.
@Index('IDX_search_outbox_rejected', ['indexName', 'documentId'], { where: 'processed_at IS NULL AND rejections > 0' })
// Dead letters, newest first, for the administrator's list.
@Index('IDX_search_outbox_dead', ['deadAt', 'id'], { where: 'dead_at IS NOT NULL' })
export class SearchOutbox {
  // bigserial: increasing in allocation (not commit) order; the relay's order, never a commit watermark (see xid). String: may exceed 2^53.
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** Logical index name without the deployment prefix, e.g. `ip_assets`. */
  @Column({ type: 'varchar', length: 60 })
  indexName!: string;

  /** The primary key of the document (the entity id). */
  @Column({ type: 'varchar', length: 64 })
  documentId!: string;

  @Column({ type: 'varchar', length: 10 })
  operation!: SearchOutboxOperation;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  processedAt!: Date | null;

  /** Every failed try, Meilisearch unreachable included. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /**
   * Tries Meilisearch refused (a failed task, a 4xx answer): SEARCH_OUTBOX_MAX_ATTEMPTS of them
   * make a dead letter. An outage does not count, so a long one kills nothing. A row rejected
   * once is retried on its own, so one bad document cannot sink the batch it came with.
   */
  @Column({ type: 'int', default: 0 })
  rejections!: number;

  /** Not claimed before this (backoff after a rejection on its own): a failing row does not lead every run. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt!: Date | null;

  /** Set when the row was rejected too often: the relay leaves it until an administrator re-drives it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deadAt!: Date | null;

  /**
   * The id of the transaction that wrote the row (pg_current_xact_id(), as a bigint). Ids say
   * nothing about commit order; this does, against a snapshot: the reindex replays exactly the
   * rows whose transaction its start snapshot could not see. The default is a function of the
   * migration's (pg_current_xact_id()::text::bigint) because TypeORM strips casts from defaults it
   * reads back and would otherwise see a difference on every migration:generate.
   */
  @Column({ type: 'bigint', default: () => 'search_outbox_xact_id()' })
  xid!: string;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** The Meilisearch task that carried this change, for tracing. */
  @Column({ type: 'bigint', nullable: true })
  taskUid!: string | null;
}

export const SEARCH_ENTITIES = [SearchOutbox];
