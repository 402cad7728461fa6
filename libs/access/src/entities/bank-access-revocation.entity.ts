import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Why a bank lost sight of a firm. */
export enum BankAccessRevocationReason {
  /** A superseding whitelist batch of the office no longer lists the firm. */
  DROPPED_FROM_WHITELIST = 'DROPPED_FROM_WHITELIST',
  /** The firm withdrew the consent it gave the bank on a published need. */
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  /** The bank withdrew its accepted interest in a published need. */
  INTEREST_WITHDRAWN = 'INTEREST_WITHDRAWN',
  /** The need the consent was given on was withdrawn, funded or expired. */
  NEED_CLOSED = 'NEED_CLOSED',
  /** The event meeting that let the bank see the firm was declined or cancelled. */
  MEETING_ENDED = 'MEETING_ENDED',
  /** The loan application that let the bank see the firm was declined or withdrawn. */
  APPLICATION_CLOSED = 'APPLICATION_CLOSED',
}

registerEnumType(BankAccessRevocationReason, {
  name: 'BankAccessRevocationReason',
  description: '撤销原因 — why a bank lost sight of a firm',
  valuesMap: {
    DROPPED_FROM_WHITELIST: { description: 'Dropped from the whitelist (移出白名单). The office’s superseding whitelist batch no longer lists the firm' },
    CONSENT_WITHDRAWN: { description: 'Consent withdrawn (企业撤回授权). The firm withdrew the consent it gave on its published need' },
    INTEREST_WITHDRAWN: { description: 'Interest withdrawn (银行撤回意向). Your bank withdrew its accepted interest in the need' },
    NEED_CLOSED: { description: 'Need closed (需求关闭). The need the consent was given on was withdrawn, funded or expired' },
    MEETING_ENDED: { description: 'Meeting ended (洽谈取消). The event meeting that let you see the firm was declined or cancelled' },
    APPLICATION_CLOSED: { description: 'Application closed (贷款申请结束). The firm’s loan application to your bank was declined or withdrawn' },
  },
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

  // Named, not imported: the enterprises and identity libraries depend on this one. CASCADE as for
  // the grant itself (enterprise_bank_access): the notice goes with the firm or the bank.
  @ForeignKey('Enterprise', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ForeignKey('Organization', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  /** The reason of the grant that ended (WHITELIST_PUSH, APPLIED …). */
  @Column({ type: 'varchar', length: 30 })
  grantReason!: string;

  /** The batch or application that had granted it; no foreign key, as it names rows of different tables. */
  @Column({ type: 'uuid', nullable: true })
  grantSourceId!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  grantedAt!: Date;

  @Column({ type: 'varchar', length: 40 })
  reason!: BankAccessRevocationReason;

  /** What caused it: the superseding batch, or the need interest (需求意向) that ended; no foreign key, as causes are rows of different tables. */
  @Column({ type: 'uuid', nullable: true })
  causeId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  revokedAt!: Date;
}

export const ACCESS_ENTITIES = [BankAccessRevocation];
