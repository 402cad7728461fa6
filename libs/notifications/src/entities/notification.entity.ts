import { Organization, User } from '@zhirong/identity';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from '../notification.types';

export enum DeliveryChannel {
  EMAIL = 'EMAIL',
}

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}

/** A calendar entry as stored: dates as ISO strings (jsonb). */
export interface StoredCalendarEntry {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  start: string;
  end: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
}

/**
 * 消息: one notice in one user's inbox. A recipient gets one row per dedupe key, however
 * often a domain sends it (the unique pair is what `send`'s ON CONFLICT DO NOTHING relies on).
 */
@Entity()
@Index('uq_notification_recipient_key', ['recipientUserId', 'dedupeKey'], { unique: true })
// The inbox: a user's notices newest first, and the unread ones (the badge counts them).
@Index('idx_notification_inbox', ['recipientUserId', 'createdAt', 'id'])
@Index('idx_notification_unread', ['recipientUserId', 'createdAt'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // A user's notices go with the user.
  @ForeignKey(() => User, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  recipientUserId!: string;

  /** The recipient's organisation when it was sent (a notice to an organisation reaches each of its users). */
  @ForeignKey(() => Organization, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  recipientOrganizationId!: string;

  // Text, not a Postgres enum: a new kind is a code change, not a migration.
  @Column({ type: 'varchar', length: 60 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 300 })
  titleZh!: string;

  @Column({ type: 'varchar', length: 300 })
  titleEn!: string;

  @Column({ type: 'text' })
  bodyZh!: string;

  @Column({ type: 'text' })
  bodyEn!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  subjectType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'varchar', length: 300 })
  dedupeKey!: string;

  @Column({ type: 'jsonb', nullable: true })
  calendar!: StoredCalendarEntry[] | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;
}

/** One notification sent on one channel (e-mail): what was sent where, and how it went. */
@Entity()
@Index('uq_notification_delivery_channel', ['notificationId', 'channel'], { unique: true })
@Check('CHK_notification_delivery_attempts', 'attempts >= 0')
export class NotificationDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => Notification, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  notificationId!: string;

  @Column({ type: 'enum', enum: DeliveryChannel, enumName: 'notification_channel' })
  channel!: DeliveryChannel;

  @Column({ type: 'varchar', length: 254 })
  address!: string;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'notification_delivery_status', default: DeliveryStatus.PENDING })
  status!: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

export const NOTIFICATION_ENTITIES = [Notification, NotificationDelivery];
