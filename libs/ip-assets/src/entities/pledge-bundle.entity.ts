import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { CollateralKind } from './ip-asset.enums';
import { IpAsset } from './ip-asset.entity';

/** 打包/组合质押: several of one firm's assets offered together, perhaps with other security. */
@Entity()
@Index(['enterpriseId'])
export class PledgeBundle extends BaseEntity {
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn()
  enterprise?: Enterprise;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @ManyToMany(() => IpAsset)
  @JoinTable({ name: 'pledge_bundle_asset', joinColumn: { name: 'bundle_id' }, inverseJoinColumn: { name: 'ip_asset_id' } })
  assets?: IpAsset[];

  @Column({ type: 'enum', enum: CollateralKind, enumName: 'collateral_kind', array: true, default: '{}' })
  otherCollateral!: CollateralKind[];
}
