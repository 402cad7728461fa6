import { BaseEntity } from '@zhirong/core';
import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { Organization } from '@zhirong/identity';
import { IpType } from '@zhirong/ip-assets';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

export enum LoanProductStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

/** 质押率 per IP type in basis points of appraised value, e.g. invention patents 2500 (25%). */
export type PledgeRates = Partial<Record<IpType, number>>;

/** 金融产品: a bank's IP-pledge loan product. */
@Entity()
@Index(['bankOrganizationId'])
@Index(['status', 'activeFrom', 'activeUntil'])
// What validateLoanProductTerms promises, kept by Postgres too (with looser bounds: 0–10,000 bp is any rate at all).
@Check('CHK_loan_product_amount_range', 'min_amount_fen >= 0 AND min_amount_fen <= max_amount_fen')
@Check('CHK_loan_product_term_range', 'min_term_months > 0 AND min_term_months <= max_term_months')
@Check('CHK_loan_product_rate_range', 'min_rate_bp >= 0 AND min_rate_bp <= max_rate_bp AND max_rate_bp <= 10000')
// Every pledge rate a number of basis points within 0–10,000; jsonpath, since a CHECK cannot hold a subquery.
@Check('CHK_loan_product_pledge_rates', `jsonb_typeof(pledge_rates) = 'object' AND NOT jsonb_path_exists(pledge_rates, '$.* ? (@.type() != "number" || @ < 0 || @ > 10000)')`)
@Check('CHK_loan_product_active_window', 'active_from <= active_until')
@Check('CHK_loan_product_min_firm_age', 'min_firm_age_years >= 0')
export class LoanProduct extends BaseEntity {
  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  bankOrganization?: Organization;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'bigint' })
  minAmountFen!: string;

  @Column({ type: 'bigint' })
  maxAmountFen!: string;

  @Column({ type: 'smallint' })
  minTermMonths!: number;

  @Column({ type: 'smallint' })
  maxTermMonths!: number;

  /** Annual rate range in basis points (350 = 3.50%). */
  @Column({ type: 'int' })
  minRateBp!: number;

  @Column({ type: 'int' })
  maxRateBp!: number;

  @Column({ type: 'enum', enum: IpType, enumName: 'ip_type', array: true })
  acceptedIpTypes!: IpType[];

  @Column({ type: 'jsonb' })
  pledgeRates!: PledgeRates;

  /** Region paths the product is offered in (their subtrees); empty means everywhere. */
  @Column({ type: 'varchar', length: 400, array: true, default: '{}' })
  regionPaths!: string[];

  /** GB/T 4754 sections or divisions (`C`, `C39`); empty means any industry. */
  @Column({ type: 'varchar', length: 3, array: true, default: '{}' })
  industries!: string[];

  @Column({ type: 'smallint', default: 0 })
  minFirmAgeYears!: number;

  @Column({ type: 'enum', enum: EnterpriseTag, enumName: 'enterprise_tag', array: true, default: '{}' })
  requiredTags!: EnterpriseTag[];

  @Column({ type: 'boolean', default: true })
  requiresNoDishonesty!: boolean;

  @Column({ type: 'enum', enum: CreditRating, enumName: 'credit_rating', nullable: true })
  minCreditRating!: CreditRating | null;

  @Column({ type: 'boolean', default: false })
  guaranteeRequired!: boolean;

  @Column({ type: 'boolean', default: false })
  insuranceRequired!: boolean;

  /** Only for firms an office pushed to this bank in a whitelist. */
  @Column({ type: 'boolean', default: false })
  whitelistOnly!: boolean;

  @Column({ type: 'boolean', default: true })
  bundleAllowed!: boolean;

  /** 批次包: name of the batch package the product belongs to, if any [songjiang]. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  batchPackage!: string | null;

  @Column({ type: 'enum', enum: LoanProductStatus, enumName: 'loan_product_status', default: LoanProductStatus.ACTIVE })
  status!: LoanProductStatus;

  @Column({ type: 'date' })
  activeFrom!: string;

  @Column({ type: 'date', nullable: true })
  activeUntil!: string | null;
}
