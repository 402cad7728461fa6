import { BaseEntity, OrganizationType } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization } from '@zhirong/identity';
import { Column, Entity, ForeignKey, Index } from 'typeorm';

/** 推荐: a park, a lower-level office or a bank proposes a firm for a higher office's next batch. */
@Entity()
@Index(['enterpriseId'])
@Index(['regionPath'])
export class WhitelistNomination extends BaseEntity {
  // A proposal for a firm that is gone proposes nothing.
  @ForeignKey(() => Enterprise, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  /** The firm's region path, copied so an office finds the nominations of its subtree without a join. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  nominatorOrganizationId!: string;

  @Column({ type: 'enum', enum: OrganizationType, enumName: 'organization_type' })
  nominatorType!: OrganizationType;

  /** The office meant to merge it; null lets any office above the firm take it (so not SET NULL on delete). */
  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  targetOfficeOrganizationId!: string | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;
}
