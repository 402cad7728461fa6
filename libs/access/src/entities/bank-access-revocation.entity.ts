import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Why a bank lost sight of a firm. */
export enum BankAccessRevocationReason {
  /** A superseding whitelist batch of the office no longer lists the firm. */
  DROPPED_FROM_WHITELIST = 'DROPPED_FROM_WHITELIST',
}

registerEnumType(BankAccessRevocationReason, {
  name: 'BankAccessRevocationReason',
  description: '撤销原因 — why a bank lost sight of a firm',
  valuesMap: { DROPPED_FROM_WHITELIST: { description: '移出白名单 — the office’s superseding whitelist batch no longer lists the firm' } },
});

/**
 * A bank's access to a firm that ended: the grant as it was, and why it ended. The
 * bank reads these as its inbox of revocations; the grant itself leaves
 * `enterprise_bank_access`, so no reader can forget to filter it out.
 */
@Entity()
@Index(['bankOrganizationId', 'revokedAt'])
export class BankAccessRevocation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  /** The reason of the grant that ended (WHITELIST_PUSH, APPLIED …). */
  @Column({ type: 'varchar', length: 30 })
  grantReason!: string;

  /** The batch or application that had granted it. */
  @Column({ type: 'uuid', nullable: true })
  grantSourceId!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  grantedAt!: Date;

  @Column({ type: 'varchar', length: 40 })
  reason!: BankAccessRevocationReason;

  /** What caused it, e.g. the superseding batch. */
  @Column({ type: 'uuid', nullable: true })
  causeId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  revokedAt!: Date;
}

export const ACCESS_ENTITIES = [BankAccessRevocation];
