import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization, User } from '@zhirong/identity';
import { LoanProduct } from '@zhirong/products';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { MeetingIntent, MeetingResponse, MeetingStatus, PairRuleKind, ScheduleRunStatus } from './event.enums';
import { EventRegistration, MatchmakingEvent } from './matchmaking-event.entity';

const ACTIVE = `status IN ('PROPOSED', 'ACCEPTED', 'HELD', 'NO_SHOW')`;

/** 排期运行: one run of the meeting scheduler, as a job with progress and the quality it reached. */
@Entity()
@Index(['eventId', 'createdAt'])
export class MeetingSchedule extends BaseEntity {
  @ForeignKey(() => MatchmakingEvent, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'enum', enum: ScheduleRunStatus, enumName: 'meeting_schedule_status', default: ScheduleRunStatus.QUEUED })
  status!: ScheduleRunStatus;

  /** 0–100. */
  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'double precision', nullable: true })
  objective!: number | null;

  @Column({ type: 'double precision', nullable: true })
  quality!: number | null;

  @Column({ type: 'double precision', nullable: true })
  upperBound!: number | null;

  @Column({ type: 'double precision', nullable: true })
  gap!: number | null;

  @Column({ type: 'int', nullable: true })
  firmsMet!: number | null;

  @Column({ type: 'int', nullable: true })
  firmsRegistered!: number | null;

  @Column({ type: 'int', nullable: true })
  meetingCount!: number | null;

  /** `heuristic` or `exact` (HiGHS proved it optimal). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  solver!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  requestedByUserId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;
}

/**
 * 一对一洽谈: a firm meets a bank in one slot at one table. The database holds the
 * schedule's rules too: while a meeting takes its place, no other takes the same table in
 * the slot, the firm is in no other meeting of the slot, and the pair meets only once.
 */
@Entity()
@Index('idx_meeting_table', ['eventId', 'slotIndex', 'tableIndex'], { unique: true, where: ACTIVE })
@Index('idx_meeting_firm_slot', ['eventId', 'firmRegistrationId', 'slotIndex'], { unique: true, where: ACTIVE })
@Index('idx_meeting_pair', ['eventId', 'firmRegistrationId', 'bankRegistrationId'], { unique: true, where: ACTIVE })
@Index(['firmOrganizationId', 'startsAt'])
@Index(['bankOrganizationId', 'startsAt'])
@Check('CHK_meeting_offer', `(intent = 'CREDIT_LINE_OFFERED') = (offered_amount_fen IS NOT NULL) AND (offered_amount_fen IS NULL OR offered_amount_fen > 0)`)
export class Meeting extends BaseEntity {
  @ForeignKey(() => MatchmakingEvent, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  eventId!: string;

  @ForeignKey(() => MeetingSchedule, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  scheduleId!: string | null;

  @ForeignKey(() => EventRegistration, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  firmRegistrationId!: string;

  @ForeignKey(() => EventRegistration, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  bankRegistrationId!: string;

  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  firmOrganizationId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  /** The bank's brought product that fits the firm's need best. */
  @ForeignKey(() => LoanProduct, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  productId!: string | null;

  @Column({ type: 'real' })
  score!: number;

  @Column({ type: 'int' })
  slotIndex!: number;

  @Column({ type: 'int' })
  tableIndex!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt!: Date;

  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.PROPOSED })
  status!: MeetingStatus;

  @Column({ type: 'enum', enum: MeetingResponse, enumName: 'meeting_response', default: MeetingResponse.PENDING })
  firmResponse!: MeetingResponse;

  @Column({ type: 'enum', enum: MeetingResponse, enumName: 'meeting_response', default: MeetingResponse.PENDING })
  bankResponse!: MeetingResponse;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason!: string | null;

  /** The organiser fixed it: a re-run keeps it where it is. */
  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  /** The calendar entry's SEQUENCE (RFC 5545): grows with every change participants were told of. */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  @Column({ type: 'enum', enum: MeetingIntent, enumName: 'meeting_intent', nullable: true })
  intent!: MeetingIntent | null;

  @Column({ type: 'bigint', nullable: true })
  offeredAmountFen!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  outcomeNote!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  outcomeRecordedAt!: Date | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  outcomeRecordedByUserId!: string | null;
}

/** 配对规则: a pair the organiser pinned to a slot and table, or forbade. */
@Entity()
@Index(['eventId', 'firmRegistrationId', 'bankRegistrationId'], { unique: true })
@Check('CHK_pair_rule_pin', `(kind = 'PINNED') = (slot_index IS NOT NULL AND table_index IS NOT NULL)`)
export class EventPairRule extends BaseEntity {
  @ForeignKey(() => MatchmakingEvent, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  eventId!: string;

  @ForeignKey(() => EventRegistration, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  firmRegistrationId!: string;

  @ForeignKey(() => EventRegistration, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  bankRegistrationId!: string;

  @Column({ type: 'enum', enum: PairRuleKind, enumName: 'event_pair_rule_kind' })
  kind!: PairRuleKind;

  @Column({ type: 'int', nullable: true })
  slotIndex!: number | null;

  @Column({ type: 'int', nullable: true })
  tableIndex!: number | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}

/** 满意度调查: one answer per participating organisation. */
@Entity()
@Index(['eventId', 'organizationId'], { unique: true })
@Check('CHK_event_survey_rating', 'rating BETWEEN 1 AND 5')
export class EventSurveyResponse extends BaseEntity {
  @ForeignKey(() => MatchmakingEvent, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  eventId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'varchar', length: 1000, default: '' })
  comment!: string;
}
