import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization, Region, User } from '@zhirong/identity';
import { Loan, RiskShareRole } from '@zhirong/loans';
import { RegionalPolicy } from '@zhirong/policy';
import type { FormulaStep } from '@zhirong/policy';
import { Check, Column, Entity, ForeignKey, Index, VersionColumn } from 'typeorm';
import { CreditRecordKind, SubsidyKind, SubsidyStatus } from './subsidy.enums';

/** The facts a formula ran on, as shown beside its steps: name → value (fen as digits, yes/no as true/false). */
export type SubsidyFacts = Record<string, string>;

/**
 * What every grant an office decides shares (subsidies, compensation, rewards): the computed
 * amount with its steps, facts and policy version (what the office approves is what the platform
 * computed, not a figure the applicant typed), the budget it is counted against, and the
 * office's decision and payment.
 */
export abstract class GrantCore extends BaseEntity {
  /** The region path the grant belongs to: the deciding offices are those above it. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @Column({ type: 'enum', enum: SubsidyStatus, enumName: 'subsidy_status', default: SubsidyStatus.PENDING })
  status!: SubsidyStatus;

  @Column({ type: 'bigint' })
  amountFen!: string;

  @Column({ type: 'jsonb' })
  steps!: FormulaStep[];

  @Column({ type: 'jsonb' })
  facts!: SubsidyFacts;

  @ForeignKey(() => RegionalPolicy, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  policyId!: string;

  /** The region whose budget pays (the region the policy came from, else the loan's). */
  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  budgetRegionId!: string;

  /** The budget year: the Asia/Shanghai year of the application. */
  @Column({ type: 'int' })
  budgetYear!: number;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  appliedByUserId!: string | null;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  rejectReason!: string | null;

  @Column({ type: 'date', nullable: true })
  paidOn!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  paymentReference!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A grant on one loan of one firm (the loan's region path is the firm's at approval). */
abstract class GrantBase extends GrantCore {
  @ForeignKey(() => Loan, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  loanId!: string;

  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;
}

/** 补贴申请: a firm's interest, fee or premium subsidy on one of its loans. One live application per loan and kind. */
@Entity()
@Index('UQ_subsidy_application_loan_kind', ['loanId', 'kind'], { unique: true, where: `status <> 'REJECTED'` })
@Index(['enterpriseId', 'budgetYear'])
@Index(['regionPath', 'status'])
@Index(['budgetRegionId', 'budgetYear', 'status'])
@Check('CHK_subsidy_application_amount', 'amount_fen >= 0')
@Check('CHK_subsidy_application_paid', `(status IN ('PAID', 'CLAWED_BACK')) = (paid_on IS NOT NULL)`)
export class SubsidyApplication extends GrantBase {
  @Column({ type: 'enum', enum: SubsidyKind, enumName: 'subsidy_kind' })
  kind!: SubsidyKind;
}

/** 风险补偿申请: a party that carried a share of a defaulted loan's risk claims compensation. One live claim per loan and role. */
@Entity()
@Index('UQ_compensation_claim_loan_role', ['loanId', 'role'], { unique: true, where: `status <> 'REJECTED'` })
@Index(['claimantOrganizationId'])
@Index(['regionPath', 'status'])
@Index(['budgetRegionId', 'budgetYear', 'status'])
@Check('CHK_compensation_claim_amount', 'amount_fen >= 0')
@Check('CHK_compensation_claim_paid', `(status IN ('PAID', 'CLAWED_BACK')) = (paid_on IS NOT NULL)`)
export class CompensationClaim extends GrantBase {
  @Column({ type: 'enum', enum: RiskShareRole, enumName: 'loan_risk_share_role' })
  role!: RiskShareRole;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  claimantOrganizationId!: string;
}

/** 年度预算: what a region's office may grant in a year (subsidies and compensation together); overrides the policy's `annualBudgetFen`. */
@Entity()
@Index(['regionId', 'year'], { unique: true })
@Check('CHK_subsidy_budget', 'amount_fen >= 0 AND year BETWEEN 2000 AND 2100')
export class SubsidyBudget extends BaseEntity {
  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  regionId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'bigint' })
  amountFen!: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  setByUserId!: string | null;
}

/** 信用记录: a fact on a firm's record that offices weigh (subsidy fraud makes the firm ineligible). */
@Entity()
@Index(['enterpriseId', 'kind'])
export class CreditRecord extends BaseEntity {
  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  /** The firm's region path when recorded: which offices see the record. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @Column({ type: 'enum', enum: CreditRecordKind, enumName: 'credit_record_kind' })
  kind!: CreditRecordKind;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  recordedByOrganizationId!: string;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  recordedByUserId!: string | null;
}

/** 追回记录: an amount paid on a fraudulent application, to be recovered from the firm. */
@Entity()
@Index(['enterpriseId'])
@Index(['subsidyApplicationId'], { unique: true })
@Check('CHK_subsidy_clawback_amount', 'amount_fen > 0')
export class SubsidyClawback extends BaseEntity {
  @ForeignKey(() => SubsidyApplication, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  subsidyApplicationId!: string;

  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ForeignKey(() => CreditRecord, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  creditRecordId!: string;

  @Column({ type: 'bigint' })
  amountFen!: string;

  @Column({ type: 'date', nullable: true })
  recoveredOn!: string | null;
}
