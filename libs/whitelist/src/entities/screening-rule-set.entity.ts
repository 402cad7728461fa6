import { BaseEntity } from '@zhirong/core';
import { Organization, Region } from '@zhirong/identity';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { ScreeningCriterion } from './whitelist.enums';

/** One rule of a rule set; `threshold` is read per criterion (see screening.rules.ts). */
export interface ScreeningRule {
  criterion: ScreeningCriterion;
  threshold: string | null;
  weight: number;
  required: boolean;
}

/** 筛选规则: an office's screening criteria for its region, versioned so a batch can say which it used. */
@Entity()
@Index(['regionId', 'version'], { unique: true })
@Check('CHK_screening_rule_set_min_score', 'min_score BETWEEN 0 AND 100')
export class ScreeningRuleSet extends BaseEntity {
  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  regionId!: string;

  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  officeOrganizationId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  criteria!: ScreeningRule[];

  /** Score (0–100, weighted share of passed criteria) a firm needs to be included. */
  @Column({ type: 'int' })
  minScore!: number;
}
