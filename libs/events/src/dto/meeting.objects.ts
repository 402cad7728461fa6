import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, Money, money } from '@zhirong/core';
import { MeetingIntent, MeetingResponse, MeetingStatus } from '../entities/event.enums';
import { Meeting } from '../entities/meeting.entity';

/** A meeting as read with its sides' registered names and its event's title. */
export interface MeetingRow extends Meeting {
  firmName: string;
  bankName: string;
  eventTitle: string;
  productName: string | null;
}

@ObjectType('Meeting', { description: '一对一洽谈 — a firm meets a bank in one slot at one table' })
export class MeetingObject {
  @Field(() => ID, { description: 'Meeting id' })
  id!: string;

  @Field(() => ID, { description: '活动 id' })
  eventId!: string;

  @Field({ description: '活动名称' })
  eventTitle!: string;

  @Field(() => Int, { description: '时段序号 — 0-based' })
  slotIndex!: number;

  @Field(() => Int, { description: '桌号 — 0-based' })
  tableIndex!: number;

  @Field(() => GraphQLISODateTime, { description: '开始' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束' })
  endsAt!: Date;

  @Field(() => MeetingStatus, { description: '状态' })
  status!: MeetingStatus;

  @Field(() => MeetingResponse, { description: '企业答复' })
  firmResponse!: MeetingResponse;

  @Field(() => MeetingResponse, { description: '银行答复' })
  bankResponse!: MeetingResponse;

  @Field(() => String, { nullable: true, description: '婉拒原因' })
  declineReason!: string | null;

  @Field({ description: '已固定 — a re-run keeps it in place' })
  pinned!: boolean;

  @Field(() => Float, { description: '匹配分 — the match score of the firm’s need with the bank’s best brought product, 0–100' })
  score!: number;

  @Field(() => ID, { description: '企业报名 id' })
  firmRegistrationId!: string;

  @Field(() => ID, { description: '银行报名 id' })
  bankRegistrationId!: string;

  @Field({ description: '企业名称 — as the firm registered' })
  firmName!: string;

  @Field({ description: '银行名称 — as the bank registered' })
  bankName!: string;

  @Field(() => ID, { description: '企业 id' })
  enterpriseId!: string;

  @Field(() => ID, { description: '银行机构 id' })
  bankOrganizationId!: string;

  @Field(() => ID, { nullable: true, description: '推荐产品 id — the bank’s brought product that fits best' })
  productId!: string | null;

  @Field(() => String, { nullable: true, description: '推荐产品名称' })
  productName!: string | null;

  @Field(() => MeetingIntent, { nullable: true, description: '洽谈意向 — recorded after the meeting' })
  intent!: MeetingIntent | null;

  @Field(() => Money, { nullable: true, description: '授信金额 — with CREDIT_LINE_OFFERED' })
  offeredAmount!: Money | null;

  @Field(() => String, { nullable: true, description: '结果备注' })
  outcomeNote!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '结果记录时间' })
  outcomeRecordedAt!: Date | null;

  static from(m: MeetingRow): MeetingObject {
    return {
      id: m.id,
      eventId: m.eventId,
      eventTitle: m.eventTitle,
      slotIndex: m.slotIndex,
      tableIndex: m.tableIndex,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      status: m.status,
      firmResponse: m.firmResponse,
      bankResponse: m.bankResponse,
      declineReason: m.declineReason,
      pinned: m.pinned,
      score: m.score,
      firmRegistrationId: m.firmRegistrationId,
      bankRegistrationId: m.bankRegistrationId,
      firmName: m.firmName,
      bankName: m.bankName,
      enterpriseId: m.enterpriseId,
      bankOrganizationId: m.bankOrganizationId,
      productId: m.productId,
      productName: m.productName,
      intent: m.intent,
      offeredAmount: m.offeredAmountFen === null ? null : money(m.offeredAmountFen),
      outcomeNote: m.outcomeNote,
      outcomeRecordedAt: m.outcomeRecordedAt,
    };
  }
}

@ObjectType({ description: '洽谈列表' })
export class MeetingConnection extends Connection(MeetingObject, 'Meeting') {}
