import { BaseEntity } from '@zhirong/core';
import { Column, Entity, Index } from 'typeorm';
import { WhitelistResponseStatus } from './whitelist.enums';

/** 银行反馈: a bank's answer on a firm pushed to it; every answer is kept, the newest counts. */
@Entity()
@Index(['enterpriseId', 'bankOrganizationId', 'createdAt'])
@Index(['batchId', 'createdAt'])
export class WhitelistResponse extends BaseEntity {
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  /** The batch the firm was delivered in (the newest one when several). */
  @Column({ type: 'uuid' })
  batchId!: string;

  @Column({ type: 'enum', enum: WhitelistResponseStatus, enumName: 'whitelist_response_status' })
  status!: WhitelistResponseStatus;

  @Column({ type: 'bigint', nullable: true })
  creditLineFen!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @Column({ type: 'boolean', default: false })
  shareReasonWithFirm!: boolean;

  @Column({ type: 'uuid' })
  respondedByUserId!: string;
}
