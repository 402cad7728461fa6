import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization } from '@zhirong/identity';
import { PledgeBundle } from '@zhirong/ip-assets';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

export enum FinancingNeedStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  FUNDED = 'FUNDED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

/** 融资需求: what a firm wants to borrow and what it offers; all needs form the project library. */
@Entity()
@Index(['enterpriseId'])
@Index(['status', 'regionPath'])
@Index('idx_financing_need_published', ['publishedToBanksAt'], { where: 'published_to_banks_at IS NOT NULL' })
// What validateFinancingNeedTerms promises, kept by Postgres too (with looser bounds: 0–10,000 bp is any rate at all).
@Check('CHK_financing_need_amount', 'amount_fen >= 0')
@Check('CHK_financing_need_term', 'term_months > 0')
@Check('CHK_financing_need_rate', 'max_rate_bp BETWEEN 0 AND 10000')
export class FinancingNeed extends BaseEntity {
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn()
  enterprise?: Enterprise;

  /** The firm's region path, copied so subtree filters need no join. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @Column({ type: 'bigint' })
  amountFen!: string;

  @Column({ type: 'smallint' })
  termMonths!: number;

  @Column({ type: 'varchar', length: 500 })
  purpose!: string;

  /** Highest annual rate the firm accepts, basis points. */
  @Column({ type: 'int' })
  maxRateBp!: number;

  @Column({ type: 'uuid', nullable: true })
  bundleId!: string | null;

  @ManyToOne(() => PledgeBundle, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  bundle?: PledgeBundle | null;

  @Column({ type: 'boolean', default: false })
  guaranteeAcceptable!: boolean;

  @Column({ type: 'boolean', default: false })
  insuranceAcceptable!: boolean;

  @Column({ type: 'enum', enum: FinancingNeedStatus, enumName: 'financing_need_status', default: FinancingNeedStatus.OPEN })
  status!: FinancingNeedStatus;

  /**
   * When the firm published it to banks (发布至需求库), null while it is not: banks then see
   * it anonymised where it matches their products and may express interest.
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedToBanksAt!: Date | null;

  /** Who posted it: the firm, or a service window on its behalf. */
  @Column({ type: 'uuid' })
  createdByOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  createdByOrganization?: Organization;
}
