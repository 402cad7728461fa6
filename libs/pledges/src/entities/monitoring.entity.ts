import { BaseEntity } from '@zhirong/core';
import { Organization, User } from '@zhirong/identity';
import { IpAsset, LegalStatus } from '@zhirong/ip-assets';
import { Loan } from '@zhirong/loans';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 预警推送状态: the webhook of one loan alert to the pledgee bank. */
export enum LoanAlertDeliveryStatus {
  QUEUED = 'QUEUED',
  DELIVERED = 'DELIVERED',
  /** Failed and will be retried. */
  FAILED = 'FAILED',
  /** Out of attempts, or the address is refused: not retried. */
  DEAD = 'DEAD',
  /** The bank has configured no webhook: the inbox notice is all it gets. */
  NO_WEBHOOK = 'NO_WEBHOOK',
}

export enum LegalStatusSource {
  FEED_FILE = 'FEED_FILE',
  API = 'API',
}

/** 法律状态变更: one reported change of an asset's legal status (贷中监测), as reported. */
@Entity()
@Index(['ipAssetId', 'createdAt'])
export class LegalStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => IpAsset, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  ipAssetId!: string;

  @Column({ type: 'enum', enum: LegalStatus, enumName: 'legal_status' })
  fromStatus!: LegalStatus;

  @Column({ type: 'enum', enum: LegalStatus, enumName: 'legal_status' })
  toStatus!: LegalStatus;

  @Column({ type: 'date' })
  effectiveOn!: string;

  @Column({ type: 'enum', enum: LegalStatusSource, enumName: 'legal_status_source' })
  source!: LegalStatusSource;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  reportedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** 贷中预警: an alert on a loan, e.g. a pledged asset's legal status changed; shown on the loan. */
@Entity()
@Index(['loanId', 'createdAt'])
export class LoanAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  loanId!: string;

  @ForeignKey(() => IpAsset, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  ipAssetId!: string;

  @ForeignKey(() => LegalStatusChange, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  legalStatusChangeId!: string;

  @Column({ type: 'varchar', length: 500 })
  message!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/**
 * 预警推送: the delivery record of a loan alert's webhook to the pledgee bank — one per alert
 * (its idempotency key is the alert's), with every attempt counted and the last error kept.
 */
@Entity()
@Check('CHK_loan_alert_delivery_attempts', 'attempts >= 0')
export class LoanAlertDelivery extends BaseEntity {
  @ForeignKey(() => LoanAlert, { onDelete: 'CASCADE' })
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  loanAlertId!: string;

  @ForeignKey(() => Organization, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  @Column({ type: 'enum', enum: LoanAlertDeliveryStatus, enumName: 'loan_alert_delivery_status', default: LoanAlertDeliveryStatus.QUEUED })
  status!: LoanAlertDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;
}
