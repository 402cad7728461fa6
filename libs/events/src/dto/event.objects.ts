import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, Money } from '@zhirong/core';
import {
  EventStatus,
  EventType,
  EventVisibility,
  InvitationSource,
  MeetingIntent,
  PairRuleKind,
  ParticipantRole,
  RegistrationStatus,
  ScheduleRunStatus,
} from '../entities/event.enums';
import { EventPairRule, MeetingSchedule } from '../entities/meeting.entity';
import { EventRegistration, EventSlot, MatchmakingEvent } from '../entities/matchmaking-event.entity';

@ObjectType('EventSlot', { description: '洽谈时段 — one meeting slot of an event' })
export class EventSlotObject {
  @Field(() => Int, { description: '时段序号 — 0-based, in time order' })
  index!: number;

  @Field(() => GraphQLISODateTime, { description: '开始' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束' })
  endsAt!: Date;

  static from(s: EventSlot): EventSlotObject {
    return { index: s.index, startsAt: s.startsAt, endsAt: s.endsAt };
  }
}

@ObjectType('MatchmakingEvent', { description: '银企对接活动 — a matchmaking event with its registrations, slots, meetings and report' })
export class MatchmakingEventObject {
  @Field(() => ID, { description: 'Event id' })
  id!: string;

  @Field(() => EventType, { description: '活动类型' })
  type!: EventType;

  @Field({ description: '活动名称' })
  title!: string;

  @Field({ description: '活动简介' })
  description!: string;

  @Field(() => GraphQLISODateTime, { description: '开始时间' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束时间' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: '地点' })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: '线上链接' })
  onlineUrl!: string | null;

  @Field(() => Int, { description: '企业名额' })
  firmCapacity!: number;

  @Field(() => Int, { description: '银行名额' })
  bankCapacity!: number;

  @Field(() => Int, { description: '每家银行最多代表数 — parallel tables one bank may hold' })
  maxRepresentatives!: number;

  @Field(() => GraphQLISODateTime, { description: '报名截止' })
  registrationDeadline!: Date;

  @Field(() => Int, { description: '洽谈桌数' })
  tableCount!: number;

  @Field(() => EventVisibility, { description: '公开范围' })
  visibility!: EventVisibility;

  @Field(() => EventStatus, { description: '状态' })
  status!: EventStatus;

  @Field(() => Int, { description: '版本 — send it back with a change; a stale one is CONFLICT' })
  version!: number;

  @Field(() => ID, { description: '主办机构 id — the office or park that organises it' })
  organizerId!: string;

  @Field(() => [ID], { description: '邀请区域' })
  invitedRegionIds!: string[];

  @Field(() => [ID], { description: '邀请园区' })
  invitedParkIds!: string[];

  @Field(() => [ID], { description: '邀请白名单批次' })
  invitedBatchIds!: string[];

  @Field(() => [ID], { description: '定向邀请机构' })
  invitedOrganizationIds!: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: '发布时间' })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '报名截止于 — when registration actually closed' })
  registrationClosedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '排期发布时间 — when participants were sent the schedule' })
  schedulePublishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '举办完成时间' })
  heldAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '总结时间' })
  reportedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '取消时间' })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: '取消原因' })
  cancelReason!: string | null;

  @Field(() => GraphQLISODateTime, { description: '创建时间' })
  createdAt!: Date;

  /** The region path, for nested resolvers (not in the schema). */
  regionPath!: string;
  regionId!: string;

  static from(e: MatchmakingEvent): MatchmakingEventObject {
    return {
      id: e.id,
      type: e.type,
      title: e.title,
      description: e.description,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      venue: e.venue,
      onlineUrl: e.onlineUrl,
      firmCapacity: e.firmCapacity,
      bankCapacity: e.bankCapacity,
      maxRepresentatives: e.maxRepresentatives,
      registrationDeadline: e.registrationDeadline,
      tableCount: e.tableCount,
      visibility: e.visibility,
      status: e.status,
      version: e.version,
      organizerId: e.organizerOrganizationId,
      invitedRegionIds: e.invitedRegionIds,
      invitedParkIds: e.invitedParkIds,
      invitedBatchIds: e.invitedBatchIds,
      invitedOrganizationIds: e.invitedOrganizationIds,
      publishedAt: e.publishedAt,
      registrationClosedAt: e.registrationClosedAt,
      schedulePublishedAt: e.schedulePublishedAt,
      heldAt: e.heldAt,
      reportedAt: e.reportedAt,
      cancelledAt: e.cancelledAt,
      cancelReason: e.cancelReason,
      createdAt: e.createdAt,
      regionPath: e.regionPath,
      regionId: e.regionId,
    };
  }
}

@ObjectType({ description: '对接活动列表' })
export class MatchmakingEventConnection extends Connection(MatchmakingEventObject, 'MatchmakingEvent') {}

@ObjectType({ description: '报名人数 — places taken and waiting per role' })
export class EventPlaces {
  @Field(() => Int, { description: '已报名企业' })
  firmsRegistered!: number;

  @Field(() => Int, { description: '候补企业' })
  firmsWaitlisted!: number;

  @Field(() => Int, { description: '已报名银行' })
  banksRegistered!: number;

  @Field(() => Int, { description: '候补银行' })
  banksWaitlisted!: number;
}

@ObjectType('EventRegistration', { description: '活动报名 — a firm with its need, or a bank with its products and representatives' })
export class EventRegistrationObject {
  @Field(() => ID, { description: 'Registration id' })
  id!: string;

  @Field(() => ID, { description: '活动 id' })
  eventId!: string;

  @Field(() => ID, { description: '报名机构 id' })
  organizationId!: string;

  @Field(() => ParticipantRole, { description: '角色' })
  role!: ParticipantRole;

  @Field({ description: '机构名称 — as registered' })
  displayName!: string;

  @Field(() => RegistrationStatus, { description: '状态' })
  status!: RegistrationStatus;

  @Field(() => ID, { nullable: true, description: '企业 id (firms)' })
  enterpriseId!: string | null;

  @Field(() => ID, { nullable: true, description: '融资需求 id (firms)' })
  needId!: string | null;

  @Field(() => [ID], { description: '携带产品 ids (banks)' })
  productIds!: string[];

  @Field(() => Int, { description: '代表人数 (banks; 1 for firms)' })
  representatives!: number;

  @Field(() => Int, { nullable: true, description: '候补顺位 — 1 is promoted first; null unless waitlisted' })
  waitlistPosition!: number | null;

  @Field(() => GraphQLISODateTime, { description: '报名时间' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '转正时间 — when it moved up from the waitlist' })
  promotedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '取消时间' })
  cancelledAt!: Date | null;

  static from(r: EventRegistration, waitlistPosition: number | null = null): EventRegistrationObject {
    return {
      id: r.id,
      eventId: r.eventId,
      organizationId: r.organizationId,
      role: r.role,
      displayName: r.displayName,
      status: r.status,
      enterpriseId: r.enterpriseId,
      needId: r.needId,
      productIds: r.productIds,
      representatives: r.representatives,
      waitlistPosition,
      createdAt: r.createdAt,
      promotedAt: r.promotedAt,
      cancelledAt: r.cancelledAt,
    };
  }
}

@ObjectType({ description: '报名列表' })
export class EventRegistrationConnection extends Connection(EventRegistrationObject, 'EventRegistration') {}

@ObjectType('EventInvitation', { description: '邀请 — an organisation invited to an event, and why' })
export class EventInvitationObject {
  @Field(() => ID, { description: '机构 id' })
  organizationId!: string;

  @Field({ description: '机构名称' })
  organizationName!: string;

  @Field(() => InvitationSource, { description: '邀请来源' })
  source!: InvitationSource;
}

@ObjectType('MeetingSchedule', { description: '排期 — one run of the meeting scheduler: progress, and the quality of the schedule it made' })
export class MeetingScheduleObject {
  @Field(() => ID, { description: 'Run id' })
  id!: string;

  @Field(() => ID, { description: '活动 id' })
  eventId!: string;

  @Field(() => ScheduleRunStatus, { description: '状态' })
  status!: ScheduleRunStatus;

  @Field(() => Int, { description: '进度 — 0–100' })
  progress!: number;

  @Field(() => Float, { nullable: true, description: '目标值 — match quality plus the coverage bonus the scheduler maximises' })
  objective!: number | null;

  @Field(() => Float, { nullable: true, description: '匹配质量 — the sum of the meetings’ match scores' })
  quality!: number | null;

  @Field(() => Float, { nullable: true, description: '上界 — no schedule of this event can exceed this objective' })
  upperBound!: number | null;

  @Field(() => Float, { nullable: true, description: '差距 — (upper bound − objective) / upper bound; 0 is provably optimal' })
  gap!: number | null;

  @Field(() => Int, { nullable: true, description: '有洽谈的企业数' })
  firmsMet!: number | null;

  @Field(() => Int, { nullable: true, description: '已报名企业数' })
  firmsRegistered!: number | null;

  @Field(() => Int, { nullable: true, description: '洽谈场次' })
  meetingCount!: number | null;

  @Field(() => String, { nullable: true, description: '求解方式 — heuristic, or exact (HiGHS proved it optimal)' })
  solver!: string | null;

  @Field(() => String, { nullable: true, description: '失败原因' })
  error!: string | null;

  @Field(() => GraphQLISODateTime, { description: '提交时间' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '完成时间' })
  finishedAt!: Date | null;

  static from(s: MeetingSchedule): MeetingScheduleObject {
    return {
      id: s.id,
      eventId: s.eventId,
      status: s.status,
      progress: s.progress,
      objective: s.objective,
      quality: s.quality,
      upperBound: s.upperBound,
      gap: s.gap,
      firmsMet: s.firmsMet,
      firmsRegistered: s.firmsRegistered,
      meetingCount: s.meetingCount,
      solver: s.solver,
      error: s.error,
      createdAt: s.createdAt,
      finishedAt: s.finishedAt,
    };
  }
}

@ObjectType('EventPairRule', { description: '配对规则 — a pair the organiser pinned or forbade' })
export class EventPairRuleObject {
  @Field(() => ID, { description: 'Rule id' })
  id!: string;

  @Field(() => PairRuleKind, { description: '规则' })
  kind!: PairRuleKind;

  @Field(() => ID, { description: '企业报名 id' })
  firmRegistrationId!: string;

  @Field(() => ID, { description: '银行报名 id' })
  bankRegistrationId!: string;

  @Field(() => Int, { nullable: true, description: '时段序号 (pins)' })
  slotIndex!: number | null;

  @Field(() => Int, { nullable: true, description: '桌号 (pins)' })
  tableIndex!: number | null;

  static from(r: EventPairRule): EventPairRuleObject {
    return { id: r.id, kind: r.kind, firmRegistrationId: r.firmRegistrationId, bankRegistrationId: r.bankRegistrationId, slotIndex: r.slotIndex, tableIndex: r.tableIndex };
  }
}

@ObjectType({ description: '意向统计' })
export class EventIntentCount {
  @Field(() => MeetingIntent, { description: '意向' })
  intent!: MeetingIntent;

  @Field(() => Int, { description: '场次' })
  count!: number;
}

@ObjectType({ description: '满意度分布' })
export class EventRatingCount {
  @Field(() => Int, { description: '评分 1–5' })
  rating!: number;

  @Field(() => Int, { description: '份数' })
  count!: number;
}

@ObjectType({ description: '银行成果 — one bank’s meetings and offers at the event' })
export class EventBankOutcome {
  @Field(() => ID, { description: '银行机构 id' })
  bankId!: string;

  @Field({ description: '银行名称' })
  bankName!: string;

  @Field(() => Int, { description: '安排洽谈' })
  meetings!: number;

  @Field(() => Int, { description: '实际洽谈' })
  held!: number;

  @Field(() => Int, { description: '给予授信' })
  creditLines!: number;

  @Field(() => Money, { description: '授信金额' })
  creditOffered!: Money;

  @Field(() => Int, { description: '贷款笔数 — the bank’s loans from the event’s meetings (not cancelled)' })
  loans!: number;

  @Field(() => Money, { description: '贷款金额 — their principal' })
  loanAmount!: Money;
}

@ObjectType({ description: '活动总结 — registrations, meetings held, no-shows, intents, credit offered and satisfaction' })
export class EventReport {
  @Field(() => Int, { description: '报名企业' })
  firmsRegistered!: number;

  @Field(() => Int, { description: '报名银行' })
  banksRegistered!: number;

  @Field(() => Int, { description: '候补' })
  waitlisted!: number;

  @Field(() => Int, { description: '取消报名' })
  cancelled!: number;

  @Field(() => Int, { description: '安排洽谈' })
  meetingsScheduled!: number;

  @Field(() => Int, { description: '双方确认' })
  meetingsAccepted!: number;

  @Field(() => Int, { description: '婉拒' })
  meetingsDeclined!: number;

  @Field(() => Int, { description: '实际洽谈' })
  meetingsHeld!: number;

  @Field(() => Int, { description: '未到场' })
  noShows!: number;

  @Field(() => [EventIntentCount], { description: '意向分布' })
  intents!: EventIntentCount[];

  @Field(() => Money, { description: '授信总额' })
  creditOffered!: Money;

  @Field(() => Int, { description: '贷款申请 — loan applications that name one of the event’s meetings' })
  loanApplications!: number;

  @Field(() => Int, { description: '贷款笔数 — loans contracted from those applications (not cancelled)' })
  loans!: number;

  @Field(() => Money, { description: '贷款金额 — the principal of those loans' })
  loanAmount!: Money;

  @Field(() => Int, { description: '问卷份数' })
  surveyResponses!: number;

  @Field(() => Float, { nullable: true, description: '平均满意度 — 1–5; null before any answer' })
  averageRating!: number | null;

  @Field(() => [EventRatingCount], { description: '满意度分布' })
  ratings!: EventRatingCount[];

  @Field(() => [EventBankOutcome], { description: '按银行' })
  byBank!: EventBankOutcome[];
}
