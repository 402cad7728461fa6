import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { clock, Connection } from '@zhirong/core';
import { PledgeRegistration } from '../entities/pledge-registration.entity';
import { PledgeChannel, PledgeRegistrationStatus } from '../entities/pledge.enums';
import { isBreached } from '../pledge.rules';

@ObjectType('PledgeRegistration', { description: '质押登记 — a loan’s pledge registration with its due time on the working-day calendar' })
export class PledgeRegistrationObject {
  @Field(() => ID, { description: '质押登记 id' })
  id!: string;

  @Field(() => ID, { description: '贷款 id' })
  loanId!: string;

  @Field(() => PledgeChannel, { description: '提交方式 — ONLINE or OFFLINE (at a window)' })
  channel!: PledgeChannel;

  @Field(() => PledgeRegistrationStatus, { description: '状态 — SUBMITTED → ACCEPTED → REGISTERED, or RETURNED' })
  status!: PledgeRegistrationStatus;

  @Field({ description: '提交时间' })
  submittedAt!: Date;

  @Field({ description: '登记时限 — the end (23:59:59 Asia/Shanghai) of the slaWorkingDays-th working day after the day of submission' })
  dueAt!: Date;

  @Field(() => Int, { description: '时限工作日数 — from the region’s policy on the day of submission (Beijing 1 online / 3 offline; national 7)' })
  slaWorkingDays!: number;

  @Field(() => ID, { description: '政策版本 — the regional policy version the working days came from' })
  policyId!: string;

  @Field(() => Date, { description: '受理时间', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { description: '登记完成时间', nullable: true })
  registeredAt!: Date | null;

  @Field(() => Date, { description: '退回时间', nullable: true })
  returnedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '退回原因' })
  returnedReason!: string | null;

  @Field(() => String, { nullable: true, description: '质押登记通知书编号' })
  certificateNumber!: string | null;

  @Field(() => Date, { nullable: true, description: '到期提醒时间 — when the bank was warned' })
  warnedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '超时记录时间 — when the due time passed unregistered (recorded by the breach job)' })
  breachedAt!: Date | null;

  @Field({ description: '已超时 — waits for the registry past its due time (now, whether or not the breach job ran yet)' })
  overdue!: boolean;

  static from(r: PledgeRegistration): PledgeRegistrationObject {
    return {
      id: r.id,
      loanId: r.loanId,
      channel: r.channel,
      status: r.status,
      submittedAt: r.submittedAt,
      dueAt: r.dueAt,
      slaWorkingDays: r.slaWorkingDays,
      policyId: r.policyId,
      acceptedAt: r.acceptedAt,
      registeredAt: r.registeredAt,
      returnedAt: r.returnedAt,
      returnedReason: r.returnedReason,
      certificateNumber: r.certificateNumber,
      warnedAt: r.warnedAt,
      breachedAt: r.breachedAt,
      overdue: r.breachedAt !== null || isBreached(r.status, r.dueAt, clock.now()),
    };
  }
}

@ObjectType({ description: '质押登记列表' })
export class PledgeRegistrationConnection extends Connection(PledgeRegistrationObject, 'PledgeRegistration') {}
