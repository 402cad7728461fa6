import { User } from '@zhirong/identity';
import { IpAsset, LegalStatus } from '@zhirong/ip-assets';
import { Loan } from '@zhirong/loans';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum LegalStatusSource {
  FEED_FILE = 'FEED_FILE',
  API = 'API',
}

/** 法律状态变更: one reported change of an asset's legal status (贷中监测), as reported. */
@Entity()
@Index(['ipAssetId', 'createdAt'])
export class LegalStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => IpAsset, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  ipAssetId!: string;

  @Column({ type: 'enum', enum: LegalStatus, enumName: 'legal_status' })
  fromStatus!: LegalStatus;

  @Column({ type: 'enum', enum: LegalStatus, enumName: 'legal_status' })
  toStatus!: LegalStatus;

  @Column({ type: 'date' })
  effectiveOn!: string;

  @Column({ type: 'enum', enum: LegalStatusSource, enumName: 'legal_status_source' })
  source!: LegalStatusSource;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  reportedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** 贷中预警: an alert on a loan, e.g. a pledged asset's legal status changed; shown on the loan. */
@Entity()
@Index(['loanId', 'createdAt'])
export class LoanAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  loanId!: string;

  @ForeignKey(() => IpAsset, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  ipAssetId!: string;

  @ForeignKey(() => LegalStatusChange, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  legalStatusChangeId!: string;

  @Column({ type: 'varchar', length: 500 })
  message!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
