import { BaseEntity } from '@zhirong/core';
import { Organization } from '@zhirong/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Valuation } from './valuation.entity';

/** 评估复核: a bank's own figure for a valuation it reviewed. */
@Entity()
@Index(['valuationId', 'bankOrganizationId'], { unique: true })
@Check('CHK_valuation_review_value', 'reviewed_value_fen >= 0')
export class ValuationReview extends BaseEntity {
  @Column({ type: 'uuid' })
  valuationId!: string;

  @ManyToOne(() => Valuation, { onDelete: 'CASCADE' })
  @JoinColumn()
  valuation?: Valuation;

  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  bankOrganization?: Organization;

  @Column({ type: 'bigint' })
  reviewedValueFen!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note!: string;
}
