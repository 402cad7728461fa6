import { BaseEntity, OrganizationType } from '@zhirong/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Region } from './region.entity';

/** A party on the platform: a firm, a bank, an office, a valuer … */
@Entity()
@Index(['type', 'regionId'])
export class Organization extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: OrganizationType, enumName: 'organization_type' })
  type!: OrganizationType;

  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn()
  region?: Region;

  /** 统一社会信用代码, when known (GB 32100). */
  @Index({ unique: true, where: 'credit_code IS NOT NULL' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;
}
