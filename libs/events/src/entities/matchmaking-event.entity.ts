import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization, Region, User } from '@zhirong/identity';
import { FinancingNeed } from '@zhirong/needs';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { EventStatus, EventType, EventVisibility, InvitationSource, ParticipantRole, RegistrationStatus } from './event.enums';

/** 银企对接活动: an office's or park's matchmaking event, from draft to report. */
@Entity()
@Index(['regionPath', 'startsAt'])
@Index(['status', 'startsAt'])
@Check('CHK_event_times', 'starts_at < ends_at AND registration_deadline <= starts_at')
@Check('CHK_event_capacity', 'firm_capacity >= 1 AND bank_capacity >= 1 AND table_count >= 1 AND max_representatives >= 1')
export class MatchmakingEvent extends BaseEntity {
  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  organizerOrganizationId!: string;

  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  regionId!: string;

  /** The organiser's region: offices above it in the tree manage the event too. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @Column({ type: 'enum', enum: EventType, enumName: 'event_type' })
  type!: EventType;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  description!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'int' })
  firmCapacity!: number;

  @Column({ type: 'int' })
  bankCapacity!: number;

  /** The most representatives (parallel tables) one bank may bring. */
  @Column({ type: 'int', default: 3 })
  maxRepresentatives!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  registrationDeadline!: Date;

  @Column({ type: 'int' })
  tableCount!: number;

  @Column({ type: 'enum', enum: EventVisibility, enumName: 'event_visibility' })
  visibility!: EventVisibility;

  @Column({ type: 'uuid', array: true, default: '{}' })
  invitedRegionIds!: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  invitedParkIds!: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  invitedBatchIds!: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  invitedOrganizationIds!: string[];

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.DRAFT })
  status!: EventStatus;

  /** Grows with every change: a stale edit (another organiser saved first) is CONFLICT. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  registrationClosedAt!: Date | null;

  /** When participants were first sent the schedule; later changes reach them as change notices. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  schedulePublishedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  heldAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reportedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}

/** 洽谈时段: one meeting slot of an event; slots never overlap and lie within the event. */
@Entity()
@Index(['eventId', 'index'], { unique: true })
@Check('CHK_event_slot_times', 'starts_at < ends_at')
export class EventSlot extends BaseEntity {
  @ForeignKey(() => MatchmakingEvent, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  eventId!: string;

  /** 0-based, in time order. */
  @Column({ type: 'int' })
  index!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt!: Date;
}

/** 邀请: an organisation invited when the event was published, and why. */
@Entity()
@Index(['eventId', 'organizationId'], { unique: true })
@Index(['organizationId'])
export class EventInvitation extends BaseEntity {
  @ForeignKey(() => MatchmakingEvent, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  eventId!: string;

  @ForeignKey(() => Organization, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'enum', enum: InvitationSource, enumName: 'event_invitation_source' })
  source!: InvitationSource;
}

/** 报名: a firm with one open need, or a bank with its products and representatives. */
@Entity()
@Index('idx_event_registration_live', ['eventId', 'organizationId'], { unique: true, where: `status <> 'CANCELLED'` })
@Index(['eventId', 'role', 'status', 'createdAt'])
@Index(['organizationId'])
@Check('CHK_event_registration_role', `(role = 'FIRM' AND enterprise_id IS NOT NULL AND need_id IS NOT NULL) OR (role = 'BANK' AND representatives >= 1 AND cardinality(product_ids) >= 1)`)
export class EventRegistration extends BaseEntity {
  @ForeignKey(() => MatchmakingEvent, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  eventId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'enum', enum: ParticipantRole, enumName: 'event_participant_role' })
  role!: ParticipantRole;

  /** The name the organisation registered under: what the organiser and its meeting partners see. */
  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  enterpriseId!: string | null;

  @ForeignKey(() => FinancingNeed, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  needId!: string | null;

  /** A bank's loan products it brings (elements are loan_product ids; checked on registration). */
  @Column({ type: 'uuid', array: true, default: '{}' })
  productIds!: string[];

  @Column({ type: 'int', default: 1 })
  representatives!: number;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'event_registration_status' })
  status!: RegistrationStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  promotedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt!: Date | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  registeredByUserId!: string | null;
}
