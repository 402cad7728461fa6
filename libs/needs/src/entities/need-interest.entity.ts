import { registerEnumType } from '@nestjs/graphql';
import { BaseEntity } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { Organization } from '@zhirong/identity';
import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FinancingNeed } from './financing-need.entity';

export enum NeedInterestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  /** The bank took its interest back. */
  WITHDRAWN = 'WITHDRAWN',
  /** The firm took back the consent it had given. */
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  /** The need was unpublished (a pending interest) or closed (any open one). */
  CLOSED = 'CLOSED',
}

/** Interests that still hold: at most one per bank and need. */
export const OPEN_INTEREST_STATUSES = [NeedInterestStatus.PENDING, NeedInterestStatus.ACCEPTED] as const;

registerEnumType(NeedInterestStatus, {
  name: 'NeedInterestStatus',
  description: '意向状态 — a bank’s interest in a published need',
  valuesMap: {
    PENDING: { description: 'Awaiting the firm (待企业答复)' },
    ACCEPTED: { description: 'Accepted by the firm (企业已同意). The bank sees the firm like a pushed one' },
    DECLINED: { description: 'Declined by the firm (企业已婉拒). The bank never learnt who it is' },
    WITHDRAWN: { description: 'Withdrawn by the bank (银行已撤回)' },
    CONSENT_WITHDRAWN: { description: 'Consent withdrawn (企业已撤回授权). The bank’s access ended' },
    CLOSED: { description: 'Closed (已关闭). The need was unpublished or closed' },
  },
});

/**
 * 需求意向: a bank's interest in a need its firm published to banks (融资项目需求库, as
 * 信易贷 lets banks take up published needs). Until the firm accepts, the bank knows the
 * need only anonymised; acceptance grants it access to the firm (NEED_PUBLISHED).
 */
@Entity()
@Index('uq_need_interest_open', ['needId', 'bankOrganizationId'], { unique: true, where: "status IN ('PENDING', 'ACCEPTED')" })
@Index(['bankOrganizationId', 'createdAt'])
@Index(['enterpriseId', 'bankOrganizationId'])
export class NeedInterest extends BaseEntity {
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => FinancingNeed, { onDelete: 'CASCADE' })
  @JoinColumn()
  need?: FinancingNeed;

  /** The need's firm, copied so grants and revocations need no join. */
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn()
  enterprise?: Enterprise;

  @Column({ type: 'uuid' })
  bankOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  bankOrganization?: Organization;

  /** The bank's product that the need matched when the bank took interest (products are archived, never deleted). */
  @ForeignKey('LoanProduct', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  productId!: string;

  /** The bank's note to the firm (what it offers, whom to call). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  message!: string | null;

  @Column({ type: 'enum', enum: NeedInterestStatus, enumName: 'need_interest_status', default: NeedInterestStatus.PENDING })
  status!: NeedInterestStatus;

  @ForeignKey('User', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  createdByUserId!: string;

  /** When the firm accepted or declined. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  respondedAt!: Date | null;

  /** The firm's note with its answer (a reason to decline, a contact to call). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  responseNote!: string | null;

  /** When it stopped holding (declined, withdrawn, closed). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;
}
