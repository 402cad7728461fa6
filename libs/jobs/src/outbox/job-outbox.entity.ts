import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 作业发件箱: a job a domain needs run, written in the domain's own transaction so the
 * job exists exactly when the change does. The relay (job-outbox.relay.ts) moves due rows
 * to BullMQ under a job id derived from the row, the worker marks them done, and rows
 * sent but never run (Redis lost them) are sent again.
 */
@Entity({ name: 'job_outbox' })
@Index('idx_job_outbox_due', ['runAt', 'id'], { where: 'sent_at IS NULL' })
@Index('idx_job_outbox_unfinished', ['sentAt'], { where: 'sent_at IS NOT NULL AND done_at IS NULL AND failed_at IS NULL' })
@Index('idx_job_outbox_done', ['doneAt'], { where: 'done_at IS NOT NULL' })
@Index('idx_job_outbox_waiting_key', ['name', 'dedupeKey'], { where: 'sent_at IS NULL AND dedupe_key IS NOT NULL' })
export class JobOutboxRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** A JobName. */
  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  /**
   * Rows with the same key still waiting collapse into one job (a burst of changes to one
   * need is one recompute); a row written while that job runs is a new generation and a new job.
   */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  /** A stable BullMQ job id chosen by the writer (a whitelist chunk); otherwise derived from the row. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  jobId!: string | null;

  /** BullMQ options beyond the defaults (attempts, backoff). */
  @Column({ type: 'jsonb', nullable: true })
  options!: object | null;

  /** Not sent before this: the writer's delay (a debounce, a deadline). */
  @Column({ type: 'timestamptz', precision: 3 })
  runAt!: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** When the relay last handed it to BullMQ (again, after a loss). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;

  /** The BullMQ job id it was sent under. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  sentAs!: string | null;

  @Column({ type: 'int', default: 0 })
  sends!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  doneAt!: Date | null;

  /** Its job used up every attempt: a dead letter the platform sees on /health and in the worker log. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  failedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}

export const JOB_ENTITIES = [JobOutboxRow];
