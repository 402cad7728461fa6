import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, Role, Roles } from '@zhirong/core';
import { EventSurveyInput, MeetingOutcomeInput, MyMeetingsArgs, PinMeetingInput, ScheduleMeetingsInput } from './dto/event.inputs';
import { MatchmakingEventObject, MeetingScheduleObject } from './dto/event.objects';
import { MeetingConnection, MeetingObject } from './dto/meeting.objects';
import { EventSurveyObject } from './dto/survey.objects';
import { MeetingSchedulingService } from './meeting-scheduling.service';
import { MeetingService } from './meeting.service';

@Resolver(() => MeetingObject)
export class MeetingResolver {
  constructor(
    private readonly meetings: MeetingService,
    private readonly scheduling: MeetingSchedulingService,
  ) {}

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MeetingScheduleObject, {
    description: '排期 — record the pins and forbidden pairs given, then run the scheduler as a job (poll `meetingSchedule` for progress); pinned and accepted meetings stay in place',
  })
  async scheduleEventMeetings(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID, description: '活动 id' }) eventId: string,
    @Args('input', { nullable: true, description: '固定与禁止的配对' }) input?: ScheduleMeetingsInput,
  ): Promise<MeetingScheduleObject> {
    return MeetingScheduleObject.from(await this.scheduling.request(actor, eventId, input ?? {}));
  }

  @Query(() => MeetingScheduleObject, { description: '排期运行 — a scheduling run’s progress and quality (organisers)' })
  async meetingSchedule(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '运行 id' }) id: string): Promise<MeetingScheduleObject> {
    return MeetingScheduleObject.from(await this.scheduling.getRun(actor, id));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MatchmakingEventObject, { description: '发布排期 — firms and banks get their meetings with calendar files; reminders go out 24 h and 1 h before each' })
  async publishEventSchedule(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID, description: '活动 id' }) eventId: string): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.scheduling.publish(actor, eventId));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MeetingObject, { description: '移动并固定 — move a meeting to a slot and table and pin it (the schedule board’s drag); a clash is CONFLICT' })
  async pinMeeting(@CurrentActor() actor: Actor, @Args('input', { description: '目标时段与桌号' }) input: PinMeetingInput): Promise<MeetingObject> {
    const meeting = await this.scheduling.pin(actor, input);
    return MeetingObject.from(await this.meetings.one(actor, meeting.id));
  }

  @Roles(Role.ENTERPRISE_USER, Role.BANK_OFFICER)
  @Mutation(() => MeetingObject, { description: '答复洽谈 — accept, or decline with a reason (the slot frees for a re-run and the other side hears)' })
  async respondToMeeting(
    @CurrentActor() actor: Actor,
    @Args('meetingId', { type: () => ID, description: '洽谈 id' }) meetingId: string,
    @Args('accept', { description: '接受 — false declines' }) accept: boolean,
    @Args('reason', { nullable: true, description: '婉拒原因 — at most 500 characters' }) reason?: string,
  ): Promise<MeetingObject> {
    return MeetingObject.from(await this.meetings.respond(actor, meetingId, accept, reason));
  }

  @Mutation(() => MeetingObject, { description: '记录洽谈结果 — held or no-show, the intent and any credit line offered (the sides or the organisers)' })
  async recordMeetingOutcome(@CurrentActor() actor: Actor, @Args('input', { description: '洽谈结果' }) input: MeetingOutcomeInput): Promise<MeetingObject> {
    return MeetingObject.from(await this.meetings.recordOutcome(actor, input));
  }

  @Roles(Role.ENTERPRISE_USER, Role.BANK_OFFICER)
  @Mutation(() => EventSurveyObject, { description: '提交满意度调查 — one answer per organisation; answering again replaces it' })
  async submitEventSurvey(@CurrentActor() actor: Actor, @Args('input', { description: '评价' }) input: EventSurveyInput): Promise<EventSurveyObject> {
    return EventSurveyObject.from(await this.meetings.submitSurvey(actor, input));
  }

  @Query(() => MeetingConnection, { description: '我的洽谈 — your organisation’s meetings at every event whose schedule is published, soonest first', complexity: pageComplexity })
  async myMeetings(@CurrentActor() actor: Actor, @Args() args: MyMeetingsArgs): Promise<MeetingConnection> {
    const page = await this.meetings.mine(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: MeetingObject.from(e.node) })) };
  }

  @Query(() => MeetingObject, { description: '洽谈 — one meeting (its sides once published, the organisers always)' })
  async meeting(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '洽谈 id' }) id: string): Promise<MeetingObject> {
    return MeetingObject.from(await this.meetings.one(actor, id));
  }
}
