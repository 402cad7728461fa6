import { BaseEntity, OrganizationType } from '@zhirong/core';
import { Column, Entity, Index } from 'typeorm';

/** 推荐: a park, a lower-level office or a bank proposes a firm for a higher office's next batch. */
@Entity()
@Index(['enterpriseId'])
@Index(['regionPath'])
export class WhitelistNomination extends BaseEntity {
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  /** The firm's region path, copied so an office finds the nominations of its subtree without a join. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  @Column({ type: 'uuid' })
  nominatorOrganizationId!: string;

  @Column({ type: 'enum', enum: OrganizationType, enumName: 'organization_type' })
  nominatorType!: OrganizationType;

  /** The office meant to merge it; null lets any office above the firm take it. */
  @Column({ type: 'uuid', nullable: true })
  targetOfficeOrganizationId!: string | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;
}
