import { BaseEntity } from '@zhirong/core';
import { Organization } from '@zhirong/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ValuationMethod } from './ip-asset.enums';
import { IpAsset } from './ip-asset.entity';

/** 评估: a valuer's appraisal of one asset; history is kept, the newest valid one counts. */
@Entity()
@Index(['ipAssetId', 'valuedOn'])
@Check('CHK_valuation_value', 'value_fen >= 0')
@Check('CHK_valuation_dates', 'valued_on <= valid_until')
export class Valuation extends BaseEntity {
  @Column({ type: 'uuid' })
  ipAssetId!: string;

  @ManyToOne(() => IpAsset, { onDelete: 'CASCADE' })
  @JoinColumn()
  ipAsset?: IpAsset;

  @Column({ type: 'uuid' })
  valuerOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  valuerOrganization?: Organization;

  @Column({ type: 'enum', enum: ValuationMethod, enumName: 'valuation_method' })
  method!: ValuationMethod;

  @Column({ type: 'bigint' })
  valueFen!: string;

  @Column({ type: 'date' })
  valuedOn!: string;

  /** Last day the appraisal may be relied on. */
  @Column({ type: 'date' })
  validUntil!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note!: string;
}
