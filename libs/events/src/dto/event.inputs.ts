import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { ConnectionArgs, MoneyInput } from '@zhirong/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { EventStatus, EventType, EventVisibility, MeetingIntent, ParticipantRole, RegistrationStatus } from '../entities/event.enums';
import { EVENT_LIMITS } from '../event.rules';

@InputType({ description: '洽谈时段 — one meeting slot; slots may not overlap and lie within the event' })
export class EventSlotInput {
  @Field(() => GraphQLISODateTime, { description: '开始 — when the slot starts' })
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束 — when the slot ends, after its start' })
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;
}

@InputType({ description: '创建对接活动 — an office or park plans a matchmaking event (saved as DRAFT)' })
export class CreateMatchmakingEventInput {
  @Field(() => EventType, { description: '活动类型 — the form of the event' })
  @IsEnum(EventType)
  type!: EventType;

  @Field({ description: `活动名称 — 1–${EVENT_LIMITS.titleLength} characters` })
  @IsString()
  @Length(1, EVENT_LIMITS.titleLength)
  title!: string;

  @Field({ nullable: true, description: `活动简介 — at most ${EVENT_LIMITS.descriptionLength} characters` })
  @IsOptional()
  @IsString()
  @Length(0, EVENT_LIMITS.descriptionLength)
  description?: string;

  @Field(() => GraphQLISODateTime, { description: '开始时间 — when the event starts (shown in Asia/Shanghai)' })
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束时间 — when the event ends' })
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;

  @Field({ nullable: true, description: '地点 — the venue; a venue or an online link is needed' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  venue?: string;

  @Field({ nullable: true, description: '线上链接 — an https link for online events' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  onlineUrl?: string;

  @Field(() => Int, { description: `企业名额 — places for firms, 1–${EVENT_LIMITS.capacity}` })
  @IsInt()
  @Min(1)
  @Max(EVENT_LIMITS.capacity)
  firmCapacity!: number;

  @Field(() => Int, { description: `银行名额 — places for banks, 1–${EVENT_LIMITS.capacity}` })
  @IsInt()
  @Min(1)
  @Max(EVENT_LIMITS.capacity)
  bankCapacity!: number;

  @Field(() => Int, { nullable: true, description: `每家银行最多代表数 — parallel tables one bank may hold, 1–${EVENT_LIMITS.representatives} (default 3)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EVENT_LIMITS.representatives)
  maxRepresentatives?: number;

  @Field(() => GraphQLISODateTime, { description: '报名截止 — registration closes then; at or before the start' })
  @Type(() => Date)
  @IsDate()
  registrationDeadline!: Date;

  @Field(() => Int, { description: `洽谈桌数 — tables for 1:1 meetings, 1–${EVENT_LIMITS.tables}` })
  @IsInt()
  @Min(1)
  @Max(EVENT_LIMITS.tables)
  tableCount!: number;

  @Field(() => [EventSlotInput], { description: `洽谈时段 — the meeting slots, at most ${EVENT_LIMITS.slots}` })
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.slots)
  @ValidateNested({ each: true })
  @Type(() => EventSlotInput)
  slots!: EventSlotInput[];

  @Field(() => EventVisibility, { description: '公开范围 — public, or invited organisations only' })
  @IsEnum(EventVisibility)
  visibility!: EventVisibility;

  @Field(() => [ID], { nullable: true, description: '邀请区域 — firms and banks of these regions (and below) are invited' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  invitedRegionIds?: string[];

  @Field(() => [ID], { nullable: true, description: '邀请园区 — firms of these parks are invited' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  invitedParkIds?: string[];

  @Field(() => [ID], { nullable: true, description: '邀请白名单批次 — the included firms of these published batches are invited' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  invitedBatchIds?: string[];

  @Field(() => [ID], { nullable: true, description: '定向邀请 — hand-picked organisations (firms or banks)' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  invitedOrganizationIds?: string[];
}

@InputType({ description: '修改对接活动 — change an event that is not held yet; omitted fields stay; `version` must be the one you read' })
export class UpdateMatchmakingEventInput extends PartialType(OmitType(CreateMatchmakingEventInput, [] as const), InputType) {
  @Field(() => ID, { description: '活动 id — the event to change' })
  @IsUUID()
  eventId!: string;

  @Field(() => Int, { description: '版本 — the version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}

@InputType({ description: '报名 — a firm with one of its open needs, or a bank with the products it brings and its representatives' })
export class RegisterForEventInput {
  @Field(() => ID, { description: '活动 id — the event' })
  @IsUUID()
  eventId!: string;

  @Field(() => ID, { nullable: true, description: '融资需求 — a firm’s open need (firms only)' })
  @IsOptional()
  @IsUUID()
  needId?: string;

  @Field(() => [ID], { nullable: true, description: '携带产品 — a bank’s active loan products it brings (banks only)' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  productIds?: string[];

  @Field(() => Int, { nullable: true, description: '代表人数 — a bank’s representatives, i.e. parallel meetings it can hold (banks only, default 1)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  representatives?: number;
}

@InputType({ description: '配对 — a firm registration and a bank registration of one event' })
export class MeetingPairInput {
  @Field(() => ID, { description: '企业报名 id' })
  @IsUUID()
  firmRegistrationId!: string;

  @Field(() => ID, { description: '银行报名 id' })
  @IsUUID()
  bankRegistrationId!: string;
}

@InputType({ description: '固定洽谈 — a pair pinned to a slot and table; a re-run keeps it there' })
export class MeetingPinInput extends MeetingPairInput {
  @Field(() => Int, { description: '时段序号 — 0-based index of the slot' })
  @IsInt()
  @Min(0)
  slotIndex!: number;

  @Field(() => Int, { description: '桌号 — 0-based index of the table' })
  @IsInt()
  @Min(0)
  tableIndex!: number;
}

@InputType({ description: '排期参数 — pins and forbidden pairs to add before the run; earlier ones are kept' })
export class ScheduleMeetingsInput {
  @Field(() => [MeetingPinInput], { nullable: true, description: '固定 — pairs to pin to a slot and table' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => MeetingPinInput)
  pins?: MeetingPinInput[];

  @Field(() => [MeetingPairInput], { nullable: true, description: '禁止 — pairs that must not meet' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => MeetingPairInput)
  forbidden?: MeetingPairInput[];

  @Field(() => [MeetingPairInput], { nullable: true, description: '取消规则 — pairs whose pin or ban is lifted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => MeetingPairInput)
  cleared?: MeetingPairInput[];
}

@InputType({ description: '移动并固定 — move a meeting to a slot and table (drag on the schedule board) and pin it there' })
export class PinMeetingInput {
  @Field(() => ID, { description: '洽谈 id' })
  @IsUUID()
  meetingId!: string;

  @Field(() => Int, { description: '时段序号 — 0-based index of the slot' })
  @IsInt()
  @Min(0)
  slotIndex!: number;

  @Field(() => Int, { description: '桌号 — 0-based index of the table' })
  @IsInt()
  @Min(0)
  tableIndex!: number;
}

@InputType({ description: '洽谈结果 — what came of a meeting: held or a no-show, the intent and any credit line offered' })
export class MeetingOutcomeInput {
  @Field(() => ID, { description: '洽谈 id' })
  @IsUUID()
  meetingId!: string;

  @Field({ description: '是否到场洽谈 — false records a no-show' })
  @IsBoolean()
  held!: boolean;

  @Field(() => MeetingIntent, { nullable: true, description: '意向 — what the sides intend next (held meetings; default NONE)' })
  @IsOptional()
  @IsEnum(MeetingIntent)
  intent?: MeetingIntent;

  @Field(() => MoneyInput, { nullable: true, description: '授信金额 — the credit line offered (with CREDIT_LINE_OFFERED only)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  offeredAmount?: MoneyInput;

  @Field({ nullable: true, description: '备注 — at most 1000 characters' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  note?: string;
}

@InputType({ description: '满意度调查 — one answer per participating organisation, after the event is held' })
export class EventSurveyInput {
  @Field(() => ID, { description: '活动 id' })
  @IsUUID()
  eventId!: string;

  @Field(() => Int, { description: '满意度 — 1 (poor) to 5 (excellent)' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Field({ nullable: true, description: '意见 — at most 1000 characters' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  comment?: string;
}

@InputType({ description: '活动筛选 — narrow the list of events you may see' })
export class MatchmakingEventFilter {
  @Field(() => [EventStatus], { nullable: true, description: '状态 — any of these' })
  @IsOptional()
  @IsEnum(EventStatus, { each: true })
  statuses?: EventStatus[];

  @Field(() => EventType, { nullable: true, description: '类型' })
  @IsOptional()
  @IsEnum(EventType)
  type?: EventType;

  @Field({ nullable: true, description: '即将举办 — only events that have not ended' })
  @IsOptional()
  @IsBoolean()
  upcoming?: boolean;

  @Field({ nullable: true, description: '我的 — only events you organise or registered for' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class MatchmakingEventsArgs extends ConnectionArgs {
  @Field(() => MatchmakingEventFilter, { nullable: true, description: '筛选 — which events' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchmakingEventFilter)
  filter?: MatchmakingEventFilter;
}

@ArgsType()
export class EventRegistrationsArgs extends ConnectionArgs {
  @Field(() => ParticipantRole, { nullable: true, description: '角色 — firms or banks only' })
  @IsOptional()
  @IsEnum(ParticipantRole)
  role?: ParticipantRole;

  @Field(() => [RegistrationStatus], { nullable: true, description: '状态 — any of these' })
  @IsOptional()
  @IsEnum(RegistrationStatus, { each: true })
  statuses?: RegistrationStatus[];
}

@ArgsType()
export class MyMeetingsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '活动 id — one event’s meetings only' })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @Field({ nullable: true, description: '即将进行 — only meetings that have not ended' })
  @IsOptional()
  @IsBoolean()
  upcoming?: boolean;
}
