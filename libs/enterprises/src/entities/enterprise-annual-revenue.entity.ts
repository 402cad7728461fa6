import { Organization } from '@zhirong/identity';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Enterprise } from './enterprise.entity';

/**
 * 年度营业收入: one reported figure per firm and fiscal year. Screening's growth criterion
 * compares the newest two consecutive years; the profile's `annualRevenueFen` follows the newest.
 */
@Entity()
@Check('CHK_enterprise_annual_revenue_revenue', 'revenue_fen >= 0')
export class EnterpriseAnnualRevenue {
  @PrimaryColumn({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn()
  enterprise?: Enterprise;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'bigint' })
  revenueFen!: string;

  /** Who reported (or last corrected) the figure: the firm, its office, window or park, or the platform. */
  @ForeignKey(() => Organization, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  reportedByOrganizationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
