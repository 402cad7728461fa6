import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { MatchmakingEvent, Meeting } from '@zhirong/events';
import { Organization, User } from '@zhirong/identity';
import { IpAsset, PledgeBundle } from '@zhirong/ip-assets';
import { FinancingNeed } from '@zhirong/needs';
import { LoanProduct } from '@zhirong/products';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { LoanApplicationStatus, LoanDocumentKind, RepaymentMethod, RiskShareRole } from './loan.enums';

/** A risk share the bank proposes with an approval or counter-offer; the loan gets them at approval. */
export interface ProposedRiskShare {
  role: RiskShareRole;
  partyOrganizationId: string | null;
  shareBp: number;
  passedOnBp: number;
  passedOnTo: string | null;
}

/**
 * 贷款申请: a firm asks a bank for a loan under one of its products — from a match (need ×
 * product: need_id and product_id) or for the product directly — pledging a bundle or assets.
 * The `offered_*` columns hold the bank's terms: the approved ones, or a counter-offer's until the
 * firm accepts. `version` is the optimistic lock: a mutation's stale `expectedVersion` is CONFLICT.
 */
@Entity()
@Index(['enterpriseId', 'createdAt'])
@Index(['bankOrganizationId', 'status', 'createdAt'])
@Check('CHK_loan_application_requested', 'requested_amount_fen > 0 AND requested_term_months > 0')
@Check(
  'CHK_loan_application_offer',
  '(offered_amount_fen IS NULL OR offered_amount_fen > 0) AND (offered_term_months IS NULL OR offered_term_months > 0) AND (offered_annual_rate_bp IS NULL OR offered_annual_rate_bp BETWEEN 0 AND 10000)',
)
@Check('CHK_loan_application_decline', `(status = 'DECLINED') = (decline_reason IS NOT NULL)`)
export class LoanApplication extends BaseEntity {
  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  @ForeignKey(() => LoanProduct, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  productId!: string;

  /** The need of the match (need × product) the firm applied from. */
  @ForeignKey(() => FinancingNeed, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  needId!: string | null;

  /** Attribution to an event: the meeting the application came from. */
  @ForeignKey(() => Meeting, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ForeignKey(() => MatchmakingEvent, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @ForeignKey(() => PledgeBundle, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  pledgeBundleId!: string | null;

  @Column({ type: 'bigint' })
  requestedAmountFen!: string;

  @Column({ type: 'int' })
  requestedTermMonths!: number;

  @Column({ type: 'enum', enum: RepaymentMethod, enumName: 'repayment_method' })
  requestedRepaymentMethod!: RepaymentMethod;

  @Column({ type: 'text', default: '' })
  purpose!: string;

  @Column({ type: 'enum', enum: LoanApplicationStatus, enumName: 'loan_application_status', default: LoanApplicationStatus.SUBMITTED })
  status!: LoanApplicationStatus;

  @VersionColumn({ default: 1 })
  version!: number;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  appliedByUserId!: string | null;

  @Column({ type: 'bigint', nullable: true })
  offeredAmountFen!: string | null;

  @Column({ type: 'int', nullable: true })
  offeredAnnualRateBp!: number | null;

  @Column({ type: 'int', nullable: true })
  offeredTermMonths!: number | null;

  @Column({ type: 'enum', enum: RepaymentMethod, enumName: 'repayment_method', nullable: true })
  offeredRepaymentMethod!: RepaymentMethod | null;

  @Column({ type: 'boolean', default: false })
  guaranteeRequired!: boolean;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  guarantorOrganizationId!: string | null;

  @Column({ type: 'boolean', default: false })
  insuranceRequired!: boolean;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  insurerOrganizationId!: string | null;

  /** The risk shares the approval gives the loan (bank 100% when empty). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  offeredRiskShares!: ProposedRiskShare[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  decisionNote!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  declineReason!: string | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;
}

/** The assets an application pledges (the bundle's, or picked one by one). */
@Entity()
export class LoanApplicationAsset {
  @ForeignKey(() => LoanApplication, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @ForeignKey(() => IpAsset, { onDelete: 'RESTRICT' })
  @Index()
  @PrimaryColumn({ type: 'uuid' })
  ipAssetId!: string;
}

/** 申请流转记录: every transition of an application, who made it and why. */
@Entity()
@Index(['applicationId', 'createdAt'])
export class LoanApplicationTransition extends BaseEntity {
  @ForeignKey(() => LoanApplication, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  applicationId!: string;

  /** Null for the submission. */
  @Column({ type: 'enum', enum: LoanApplicationStatus, enumName: 'loan_application_status', nullable: true })
  fromStatus!: LoanApplicationStatus | null;

  @Column({ type: 'enum', enum: LoanApplicationStatus, enumName: 'loan_application_status' })
  toStatus!: LoanApplicationStatus;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 2000, default: '' })
  note!: string;
}

/** 申请材料: a document's metadata and checksum; the bytes sit under .data/documents. */
@Entity()
@Index(['applicationId', 'uploadedAt'])
@Check('CHK_loan_document_size', 'size_bytes >= 0')
@Check('CHK_loan_document_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
export class LoanDocument extends BaseEntity {
  @ForeignKey(() => LoanApplication, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'enum', enum: LoanDocumentKind, enumName: 'loan_document_kind' })
  kind!: LoanDocumentKind;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  mimeType!: string;

  @Column({ type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Relative to the documents root (.data/documents). */
  @Column({ type: 'varchar', length: 500 })
  storagePath!: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  uploadedAt!: Date;
}
