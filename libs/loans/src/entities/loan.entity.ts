import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { MatchmakingEvent } from '@zhirong/events';
import { Organization, Region, User } from '@zhirong/identity';
import { IpAsset, Valuation } from '@zhirong/ip-assets';
import { LoanProduct } from '@zhirong/products';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { DayCount, InstalmentStatus, LoanFeeKind, LoanStatus, RepaymentMethod, RiskShareRole } from './loan.enums';
import { LoanApplication } from './loan-application.entity';

/**
 * 贷款: the loan an approved application contracted. Money in integer fen; rates in basis
 * points; dates are Asia/Shanghai calendar days. `region_id`/`region_path` are the firm's at
 * approval (statistics by region subtree). `pledge_rate_bp` = principal ÷ appraised value.
 */
@Entity()
@Index(['enterpriseId', 'createdAt'])
@Index(['bankOrganizationId', 'status', 'createdAt'])
@Index(['regionPath'])
@Index(['status'])
@Check('CHK_loan_amounts', 'principal_fen > 0 AND outstanding_principal_fen >= 0 AND outstanding_principal_fen <= principal_fen AND appraised_value_fen >= 0')
@Check('CHK_loan_terms', 'term_months > 0 AND annual_rate_bp BETWEEN 0 AND 10000 AND pledge_rate_bp >= 0 AND max_days_past_due >= 0 AND days_past_due >= 0')
@Check('CHK_loan_disbursed', `status IN ('CONTRACTED', 'CANCELLED') OR (disbursed_on IS NOT NULL AND maturity_date IS NOT NULL)`)
@Check('CHK_loan_defaulted', `(status <> 'DEFAULTED' OR defaulted_on IS NOT NULL) AND (defaulted_on IS NULL OR status IN ('DEFAULTED', 'REPAID'))`)
@Check('CHK_loan_repaid', `(status = 'REPAID') = (repaid_on IS NOT NULL)`)
export class Loan extends BaseEntity {
  @ForeignKey(() => LoanApplication, { onDelete: 'RESTRICT' })
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  applicationId!: string;

  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  @ForeignKey(() => LoanProduct, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  productId!: string;

  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  regionId!: string;

  /** The firm's region path at approval, copied so subtree filters need no join. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  parkId!: string | null;

  @ForeignKey(() => MatchmakingEvent, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ type: 'bigint' })
  principalFen!: string;

  @Column({ type: 'int' })
  annualRateBp!: number;

  @Column({ type: 'int' })
  termMonths!: number;

  @Column({ type: 'enum', enum: RepaymentMethod, enumName: 'repayment_method' })
  repaymentMethod!: RepaymentMethod;

  @Column({ type: 'enum', enum: DayCount, enumName: 'loan_day_count', default: DayCount.THIRTY_360 })
  dayCount!: DayCount;

  /** Σ of the latest valid valuations of the pledged assets at approval. */
  @Column({ type: 'bigint' })
  appraisedValueFen!: string;

  @Column({ type: 'int' })
  pledgeRateBp!: number;

  @Column({ type: 'enum', enum: LoanStatus, enumName: 'loan_status', default: LoanStatus.CONTRACTED })
  status!: LoanStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  contractedAt!: Date;

  @Column({ type: 'date', nullable: true })
  disbursedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  maturityDate!: string | null;

  @Column({ type: 'bigint' })
  outstandingPrincipalFen!: string;

  /** Once any instalment was overdue (interest subsidies may exclude such loans). */
  @Column({ type: 'boolean', default: false })
  everOverdue!: boolean;

  @Column({ type: 'int', default: 0 })
  daysPastDue!: number;

  @Column({ type: 'int', default: 0 })
  maxDaysPastDue!: number;

  @Column({ type: 'date', nullable: true })
  defaultedOn!: string | null;

  /** Outstanding principal on the day of default: the loss base of risk compensation before recoveries. */
  @Column({ type: 'bigint', nullable: true })
  principalAtDefaultFen!: string | null;

  @Column({ type: 'date', nullable: true })
  repaidOn!: string | null;

  /** 批次包: copied from the product [songjiang]. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  batchPackage!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** The assets a loan is secured by, with the valuation that counted at approval. */
@Entity()
export class LoanPledgedAsset {
  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  loanId!: string;

  @ForeignKey(() => IpAsset, { onDelete: 'RESTRICT' })
  @Index()
  @PrimaryColumn({ type: 'uuid' })
  ipAssetId!: string;

  @ForeignKey(() => Valuation, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  valuationId!: string | null;

  @Column({ type: 'bigint' })
  valueFen!: string;
}

/** 还款计划: one instalment of a loan's schedule. */
@Entity()
@Index(['loanId', 'seq'], { unique: true })
@Index(['status', 'dueDate'])
@Check(
  'CHK_loan_instalment_amounts',
  'seq >= 1 AND principal_fen >= 0 AND interest_fen >= 0 AND paid_principal_fen BETWEEN 0 AND principal_fen AND paid_interest_fen BETWEEN 0 AND interest_fen AND days_past_due >= 0',
)
export class LoanInstalment extends BaseEntity {
  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  loanId!: string;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'bigint' })
  principalFen!: string;

  @Column({ type: 'bigint' })
  interestFen!: string;

  @Column({ type: 'bigint', default: '0' })
  paidPrincipalFen!: string;

  @Column({ type: 'bigint', default: '0' })
  paidInterestFen!: string;

  @Column({ type: 'enum', enum: InstalmentStatus, enumName: 'loan_instalment_status', default: InstalmentStatus.SCHEDULED })
  status!: InstalmentStatus;

  @Column({ type: 'date', nullable: true })
  paidOn!: string | null;

  @Column({ type: 'int', default: 0 })
  daysPastDue!: number;
}

/** 还款记录: a repayment as the bank recorded it. */
@Entity()
@Index(['loanId', 'paidOn'])
@Check('CHK_repayment_amounts', 'principal_fen >= 0 AND interest_fen >= 0 AND penalty_fen >= 0 AND principal_fen + interest_fen + penalty_fen > 0')
export class Repayment extends BaseEntity {
  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  loanId!: string;

  @Column({ type: 'date' })
  paidOn!: string;

  @Column({ type: 'bigint' })
  principalFen!: string;

  @Column({ type: 'bigint' })
  interestFen!: string;

  @Column({ type: 'bigint', default: '0' })
  penaltyFen!: string;

  /** Principal paid ahead of the schedule. */
  @Column({ type: 'boolean', default: false })
  early!: boolean;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  recordedByUserId!: string | null;
}

/** 贷款费用: the basis of fee subsidies. */
@Entity()
@Index(['loanId'])
@Check('CHK_loan_fee_amount', 'amount_fen >= 0')
export class LoanFee extends BaseEntity {
  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  loanId!: string;

  @Column({ type: 'enum', enum: LoanFeeKind, enumName: 'loan_fee_kind' })
  kind!: LoanFeeKind;

  @Column({ type: 'bigint' })
  amountFen!: string;

  @Column({ type: 'date', nullable: true })
  paidOn!: string | null;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  payeeOrganizationId!: string | null;
}

/**
 * 风险分担: one party's share of a loan's risk. The shares of a loan sum to 10,000 bp;
 * `passed_on_bp` is the part of this share passed on by re-guarantee (再担保) or reinsurance (再保险).
 */
@Entity()
@Index(['loanId'])
@Index(['partyOrganizationId'])
@Check('CHK_loan_risk_share_bp', 'share_bp BETWEEN 0 AND 10000 AND passed_on_bp BETWEEN 0 AND share_bp')
export class LoanRiskShare extends BaseEntity {
  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  loanId!: string;

  /** The bank itself for BANK. */
  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  partyOrganizationId!: string | null;

  @Column({ type: 'enum', enum: RiskShareRole, enumName: 'loan_risk_share_role' })
  role!: RiskShareRole;

  @Column({ type: 'int' })
  shareBp!: number;

  @Column({ type: 'int', default: 0 })
  passedOnBp!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  passedOnTo!: string | null;
}

/** 追偿记录: a recovery after default (or a failed attempt); compensation loss = principal at default − recovered. */
@Entity()
@Index(['loanId', 'recordedOn'])
@Check('CHK_loan_recovery_amount', 'recovered_fen >= 0')
export class LoanRecovery extends BaseEntity {
  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  loanId!: string;

  @Column({ type: 'bigint' })
  recoveredFen!: string;

  @Column({ type: 'date' })
  recordedOn!: string;

  /** Recovery was attempted and failed (Songjiang compensates only then). */
  @Column({ type: 'boolean', default: false })
  failed!: boolean;

  @Column({ type: 'varchar', length: 2000, default: '' })
  note!: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  recordedByUserId!: string | null;
}
