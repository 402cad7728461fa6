import { Organization, Region } from '@zhirong/identity';
import { Loan } from '@zhirong/loans';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { RewardKind } from './subsidy.enums';
import { GrantCore } from './subsidy.entities';

/**
 * 奖励申请: a bank's reward for what it lent in a region and year (no loan, no firm), or a
 * valuer's on one loan it appraised the pledge of. Decided, budgeted and paid like subsidies.
 * One live bank reward per bank, region and year; one live valuer reward per valuer and loan.
 */
@Entity()
@Index('UQ_reward_application_bank_period', ['applicantOrganizationId', 'regionId', 'periodYear'], {
  unique: true,
  where: `kind = 'BANK' AND status <> 'REJECTED'`,
})
@Index('UQ_reward_application_valuer_loan', ['applicantOrganizationId', 'loanId'], { unique: true, where: `kind = 'VALUER' AND status <> 'REJECTED'` })
@Index(['regionPath', 'status'])
@Index(['budgetRegionId', 'budgetYear', 'status'])
@Check('CHK_reward_application_amount', 'amount_fen >= 0')
@Check('CHK_reward_application_paid', `(status IN ('PAID', 'CLAWED_BACK')) = (paid_on IS NOT NULL)`)
@Check('CHK_reward_application_shape', `(kind = 'BANK' AND loan_id IS NULL AND period_year IS NOT NULL) OR (kind = 'VALUER' AND loan_id IS NOT NULL)`)
export class RewardApplication extends GrantCore {
  @Column({ type: 'enum', enum: RewardKind, enumName: 'reward_kind' })
  kind!: RewardKind;

  @ForeignKey(() => Organization, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  applicantOrganizationId!: string;

  /** The region applied in: a bank's chosen region, a valuer's loan's region. */
  @ForeignKey(() => Region, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  regionId!: string;

  /** A bank reward's lending year (Asia/Shanghai disbursement dates). */
  @Column({ type: 'int', nullable: true })
  periodYear!: number | null;

  /** A valuer reward's loan. */
  @ForeignKey(() => Loan, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  loanId!: string | null;
}
