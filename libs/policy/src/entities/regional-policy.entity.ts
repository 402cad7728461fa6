import { BaseEntity } from '@zhirong/core';
import { Region, User } from '@zhirong/identity';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import type { PolicyRules } from '../policy-rules';

export enum PolicyStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

/**
 * One version of a region's policy (区域政策): rules as data, valid from `validFrom` through
 * `validTo` (inclusive; null = open-ended). The national default (全国默认) has no region:
 * `regionId` null — the region tree has several roots (provinces), the default sits above them all.
 */
@Entity()
@Index('UQ_regional_policy_region_version', ['regionId', 'version'], { unique: true, where: 'region_id IS NOT NULL' })
@Index('UQ_regional_policy_national_version', ['version'], { unique: true, where: 'region_id IS NULL' })
@Index(['regionId', 'status', 'validFrom'])
@Check('CHK_regional_policy_validity', 'valid_to IS NULL OR valid_to >= valid_from')
@Check('CHK_regional_policy_version', 'version >= 1')
@Check('CHK_regional_policy_published', "(status = 'DRAFT') = (published_at IS NULL)")
export class RegionalPolicy extends BaseEntity {
  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  /** 1, 2, … per region, in the order versions were drafted. */
  @Column({ type: 'int' })
  version!: number;

  /** Asia/Shanghai calendar day, `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  validFrom!: string;

  /** The last day the version applies (inclusive); null while no later version replaces it. */
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'enum', enum: PolicyStatus, enumName: 'policy_status', default: PolicyStatus.DRAFT })
  status!: PolicyStatus;

  /** Checked by `checkPolicyRules` on every write. */
  @Column({ type: 'jsonb' })
  rules!: PolicyRules;

  /** What changed and why, as the office wrote it. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  note!: string;

  /** Null for reference versions the platform seeded. */
  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;
}
