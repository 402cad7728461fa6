import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum SearchOutboxOperation {
  UPSERT = 'UPSERT',
  DELETE = 'DELETE',
}

/**
 * One change that the search indexes must learn about. Written in the same
 * transaction as the change itself, so a committed change always has its row;
 * the relay marks it processed only after Meilisearch finished the task.
 */
@Entity({ name: 'search_outbox' })
// The relay only ever scans unprocessed rows in id order: a partial index keeps that scan small however large the history grows.
@Index('IDX_search_outbox_pending', ['id'], { where: 'processed_at IS NULL' })
export class SearchOutbox {
  // bigserial: strictly increasing, so the relay can process changes in commit-ish order; string because it exceeds 2^53 in theory.
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

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** The Meilisearch task that carried this change, for tracing. */
  @Column({ type: 'bigint', nullable: true })
  taskUid!: string | null;
}

export const SEARCH_ENTITIES = [SearchOutbox];
