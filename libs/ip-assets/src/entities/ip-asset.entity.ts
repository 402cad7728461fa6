import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IpType, LegalStatus, PledgeStatus } from './ip-asset.enums';

/** 知识产权: a patent, trademark, copyright … owned by one enterprise. */
@Entity()
@Index(['type', 'number'], { unique: true })
@Index(['enterpriseId'])
@Index(['regionPath'])
// Filed ≤ granted ≤ expires (checkAssetDates); a missing date compares as unknown, which a CHECK lets pass.
@Check('CHK_ip_asset_granted_after_filed', 'filed_on <= granted_on')
@Check('CHK_ip_asset_expires_after_start', 'COALESCE(granted_on, filed_on) <= expires_on')
export class IpAsset extends BaseEntity {
  @Column({ type: 'enum', enum: IpType, enumName: 'ip_type' })
  type!: IpType;

  /** Registration or application number, validated per type. */
  @Column({ type: 'varchar', length: 40 })
  number!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  abstract!: string;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn()
  enterprise?: Enterprise;

  /** The owner's region path, copied so subtree filters need no join. */
  @Column({ type: 'varchar', length: 400 })
  regionPath!: string;

  /** IPC symbols for patents, e.g. `H01M 10/052`. */
  @Column({ type: 'varchar', length: 20, array: true, default: '{}' })
  ipcClasses!: string[];

  /** Nice classes 1–45 for trademarks. */
  @Column({ type: 'smallint', array: true, default: '{}' })
  niceClasses!: number[];

  @Column({ type: 'date', nullable: true })
  filedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  grantedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'enum', enum: LegalStatus, enumName: 'legal_status', default: LegalStatus.VALID })
  legalStatus!: LegalStatus;

  @Column({ type: 'enum', enum: PledgeStatus, enumName: 'pledge_status', default: PledgeStatus.FREE })
  pledgeStatus!: PledgeStatus;

  /** 实施: the IP is used in production (a policy target for pledged patents). */
  @Column({ type: 'boolean', default: false })
  implemented!: boolean;
}
