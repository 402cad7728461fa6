import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization } from '@zhirong/identity';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { WhitelistBatch } from './whitelist-batch.entity';
import { WhitelistDeliveryStatus } from './whitelist.enums';

/** 推送: an office sends a published batch to a set of banks. */
@Entity()
@Index(['batchId'])
export class WhitelistPush extends BaseEntity {
  @ForeignKey(() => WhitelistBatch, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  batchId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  officeOrganizationId!: string;

  /** Postgres has no foreign keys from array elements; each bank's deliveries reference it instead. */
  @Column({ type: 'uuid', array: true })
  bankOrganizationIds!: string[];
}

/**
 * One bank×firm delivery of a batch: the bank's in-app inbox row. The idempotency key
 * `${batchId}:${bankId}:${firmId}` is unique, so a firm reaches a bank once per batch
 * whatever the retries, restarts or re-pushes. Deliveries travel in chunks (push × bank ×
 * `chunk`): one BullMQ job per chunk, so per-job overhead is paid once per ~200 firms.
 */
@Entity()
// A chunk job reads its deliveries by (push, bank, chunk); progress and re-drive use its prefix.
// No index covers a column a delivery's updates change (inbox_at, status, delivered_at...), so
// with the table's fillfactor (migration) those updates are HOT: no index is rewritten per firm.
@Index(['pushId', 'bankOrganizationId', 'chunk'])
@Index(['bankOrganizationId', 'enterpriseId'])
@Check('CHK_whitelist_delivery_counters', 'webhook_attempts >= 0 AND redrives >= 0 AND chunk >= 0')
export class WhitelistDelivery extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 120 })
  idempotencyKey!: string;

  @ForeignKey(() => WhitelistPush, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  pushId!: string;

  @ForeignKey(() => WhitelistBatch, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  batchId!: string;

  // CASCADE, as for the access a delivery grants (enterprise_bank_access): an inbox row goes with its bank or firm.
  @ForeignKey(() => Organization, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  @ForeignKey(() => Enterprise, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  /** The chunk of this push×bank the delivery travels in; fixed when the push creates the row. */
  @Column({ type: 'int', default: 0 })
  chunk!: number;

  @Column({ type: 'enum', enum: WhitelistDeliveryStatus, enumName: 'whitelist_delivery_status', default: WhitelistDeliveryStatus.QUEUED })
  status!: WhitelistDeliveryStatus;

  /** When the firm appeared in the bank's inbox (and the access row was written). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  inboxAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  webhookAttempts!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  /** How many times an office re-drove it; part of the chunk's BullMQ job id so a re-drive is a new job. */
  @Column({ type: 'int', default: 0 })
  redrives!: number;
}

/** A bank's webhook: where pushed firms are POSTed and the secret their signature uses. */
@Entity()
export class BankWebhook {
  @ForeignKey(() => Organization, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid', primary: true })
  bankOrganizationId!: string;

  @Column({ type: 'varchar', length: 500 })
  url!: string;

  /**
   * Sealed with WEBHOOK_SECRET_KEY (`v1:…`, webhook-secret-box.ts): encrypted rather than hashed,
   * because the platform signs with the plaintext. Up to 200 characters of secret, so ~1.1 kB sealed.
   */
  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
