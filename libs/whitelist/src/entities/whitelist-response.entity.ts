import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization, User } from '@zhirong/identity';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { WhitelistBatch } from './whitelist-batch.entity';
import { WhitelistResponseStatus } from './whitelist.enums';

/** 银行反馈: a bank's answer on a firm pushed to it; every answer is kept, the newest counts. */
@Entity()
@Index(['enterpriseId', 'bankOrganizationId', 'createdAt'])
@Index(['batchId', 'createdAt'])
@Check('CHK_whitelist_response_credit_line', 'credit_line_fen >= 0')
// RESTRICT throughout: a bank's answer (and the credit line it offered) is a record to keep.
export class WhitelistResponse extends BaseEntity {
  @ForeignKey(() => Enterprise, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  /** The batch the firm was delivered in (the newest one when several). */
  @ForeignKey(() => WhitelistBatch, { onDelete: 'RESTRICT' })
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

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  respondedByUserId!: string;
}
