import { BaseEntity } from '@zhirong/core';
import { User } from '@zhirong/identity';
import { Loan } from '@zhirong/loans';
import { RegionalPolicy } from '@zhirong/policy';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { PledgeChannel, PledgeRegistrationStatus } from './pledge.enums';

/**
 * 质押登记: the registration of a loan's pledge with the registry (CNIPA for patents and
 * trademarks; on the platform the platform administrator acts as the registry). Its due time
 * is on the working-day calendar from the region policy's registration days; a loan has at
 * most one registration that is not RETURNED.
 */
@Entity()
@Index('uq_pledge_registration_open_per_loan', ['loanId'], { unique: true, where: `status <> 'RETURNED'` })
@Index(['status', 'dueAt'])
@Check('CHK_pledge_registration_sla', 'sla_working_days >= 1')
@Check('CHK_pledge_registration_returned', `(status = 'RETURNED') = (returned_reason IS NOT NULL)`)
@Check('CHK_pledge_registration_registered', `(status = 'REGISTERED') = (registered_at IS NOT NULL AND certificate_number IS NOT NULL)`)
export class PledgeRegistration extends BaseEntity {
  @ForeignKey(() => Loan, { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  loanId!: string;

  @Column({ type: 'enum', enum: PledgeChannel, enumName: 'pledge_channel' })
  channel!: PledgeChannel;

  @Column({ type: 'enum', enum: PledgeRegistrationStatus, enumName: 'pledge_registration_status', default: PledgeRegistrationStatus.SUBMITTED })
  status!: PledgeRegistrationStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt!: Date;

  @ForeignKey(() => User, { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  /** End (23:59:59.999 Asia/Shanghai) of the sla_working_days-th working day after the day of submission. */
  @Column({ type: 'timestamptz', precision: 3 })
  dueAt!: Date;

  @Column({ type: 'int' })
  slaWorkingDays!: number;

  /** The policy version the working days came from. */
  @ForeignKey(() => RegionalPolicy, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  policyId!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  registeredAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  returnedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  returnedReason!: string | null;

  /** 质押登记通知书编号. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  certificateNumber!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  warnedAt!: Date | null;

  /** When the due time passed unregistered (逾期未登记); counted by the statistics. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  breachedAt!: Date | null;
}
