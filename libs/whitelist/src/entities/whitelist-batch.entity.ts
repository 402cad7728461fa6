import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization, Region } from '@zhirong/identity';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { ScreeningRuleSet } from './screening-rule-set.entity';
import { ScreeningCriterion, WhitelistBatchStatus, WhitelistManualChange } from './whitelist.enums';

/** 白名单批次: one version of an office's whitelist; immutable once published. */
@Entity()
@Index(['officeOrganizationId', 'version'], { unique: true })
@Index(['regionPath'])
export class WhitelistBatch extends BaseEntity {
  // RESTRICT: a published batch is a record of what an office decided, under which rules.
  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  officeOrganizationId!: string;

  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  regionId!: string;

  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @Column({ type: 'int' })
  version!: number;

  @ForeignKey(() => ScreeningRuleSet, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  ruleSetId!: string;

  @Column({ type: 'enum', enum: WhitelistBatchStatus, enumName: 'whitelist_batch_status', default: WhitelistBatchStatus.DRAFT })
  status!: WhitelistBatchStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  /** The batch that superseded this one. */
  @ForeignKey(() => WhitelistBatch, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  supersededById!: string | null;
}

/** Why a criterion passed or failed, in both languages so the office can show it as is. */
export interface CriterionResult {
  criterion: ScreeningCriterion;
  passed: boolean;
  required: boolean;
  weight: number;
  value: string | null;
  threshold: string | null;
  reasonZh: string;
  reasonEn: string;
}

/** One firm's line in a batch: its score, whether it is in, and why. */
@Entity()
@Index(['batchId', 'enterpriseId'], { unique: true })
@Index(['enterpriseId'])
@Check('CHK_whitelist_entry_score', 'score BETWEEN 0 AND 100')
export class WhitelistEntry extends BaseEntity {
  @ForeignKey(() => WhitelistBatch, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  batchId!: string;

  // RESTRICT: deleting a firm must not rewrite the batches that listed it.
  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'int' })
  score!: number;

  @Column({ type: 'boolean' })
  included!: boolean;

  /** Nominated from below (a park, a lower office) or by a bank: 上下联动、总分结合. */
  @Column({ type: 'boolean', default: false })
  nominated!: boolean;

  /**
   * Postgres has no foreign keys from array elements. They stay valid all the same: they are
   * nominations of this entry's firm, which the entry keeps from being deleted (RESTRICT above).
   */
  @Column({ type: 'uuid', array: true, default: '{}' })
  nominationIds!: string[];

  @Column({ type: 'enum', enum: WhitelistManualChange, enumName: 'whitelist_manual_change', nullable: true })
  manualChange!: WhitelistManualChange | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  manualReason!: string | null;

  @Column({ type: 'jsonb' })
  reasons!: CriterionResult[];
}
