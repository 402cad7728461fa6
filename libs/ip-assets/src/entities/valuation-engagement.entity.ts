import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization } from '@zhirong/identity';
import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ValuationEngagementStatus } from './ip-asset.enums';
import { IpAsset } from './ip-asset.entity';
import { Valuation } from './valuation.entity';

/**
 * 评估委托: a firm, its office, window or park, a bank that sees the firm, or the platform
 * commissions a valuation firm to appraise one asset. A valuer sees and appraises only the
 * assets it is engaged for; its appraisal completes the engagement.
 */
@Entity()
@Index(['valuerOrganizationId', 'status', 'createdAt'])
@Index(['enterpriseId', 'createdAt'])
@Index(['ipAssetId'])
// One open engagement per asset and valuer: a second commission would be the same work twice.
@Index('UQ_valuation_engagement_open', ['ipAssetId', 'valuerOrganizationId'], { unique: true, where: `status = 'OPEN'` })
export class ValuationEngagement extends BaseEntity {
  @Column({ type: 'uuid' })
  ipAssetId!: string;

  @ManyToOne(() => IpAsset, { onDelete: 'CASCADE' })
  @JoinColumn()
  ipAsset?: IpAsset;

  /** The asset's owner when engaged, so lists are scoped like the firm without a join. */
  // RESTRICT, like the firm's assets: an engagement is part of an asset's history.
  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'uuid' })
  valuerOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  valuerOrganization?: Organization;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  requestedByOrganizationId!: string;

  @Column({ type: 'enum', enum: ValuationEngagementStatus, enumName: 'valuation_engagement_status', default: ValuationEngagementStatus.OPEN })
  status!: ValuationEngagementStatus;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note!: string;

  /** The appraisal that completed it. */
  @ForeignKey(() => Valuation, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  valuationId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  /** Why it was withdrawn, or why the valuer declined it. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;
}
