import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, CurrentActor, Loaders, pageComplexity, RequestLoaders, Role, Roles } from '@zhirong/core';
import { RegionWords } from '@zhirong/identity';
import { DataSource } from 'typeorm';
import { CreateMatchmakingEventInput, EventRegistrationsArgs, MatchmakingEventsArgs, RegisterForEventInput, UpdateMatchmakingEventInput } from './dto/event.inputs';
import {
  EventInvitationObject,
  EventPairRuleObject,
  EventPlaces,
  EventRegistrationConnection,
  EventRegistrationObject,
  EventReport,
  EventSlotObject,
  MatchmakingEventConnection,
  MatchmakingEventObject,
  MeetingScheduleObject,
} from './dto/event.objects';
import { MeetingObject } from './dto/meeting.objects';
import { EventSurveyObject } from './dto/survey.objects';
import { EventReportService } from './event-report.service';
import { EventService } from './event.service';
import { MeetingSchedulingService } from './meeting-scheduling.service';
import { MeetingService } from './meeting.service';
import { RegistrationService } from './registration.service';

@Resolver(() => MatchmakingEventObject)
export class EventResolver {
  private readonly regionWords: RegionWords;

  constructor(
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly meetings: MeetingService,
    private readonly scheduling: MeetingSchedulingService,
    private readonly reports: EventReportService,
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
  ) {
    this.regionWords = new RegionWords(dataSource);
  }

  @Query(() => MatchmakingEventConnection, { description: '对接活动 — the events you may see: public ones, those you are invited to or registered for, and those you organise', complexity: pageComplexity })
  async matchmakingEvents(@CurrentActor() actor: Actor, @Args() args: MatchmakingEventsArgs): Promise<MatchmakingEventConnection> {
    const page = await this.events.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: MatchmakingEventObject.from(e.node) })) };
  }

  @Query(() => MatchmakingEventObject, { nullable: true, description: '对接活动 — one event with its registrations, slots, meetings, schedule quality and report' })
  async matchmakingEvent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: '活动 id' }) id: string): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.events.get(actor, id));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MatchmakingEventObject, { description: '创建对接活动 — an office or park plans an event; it stays a DRAFT until published' })
  async createMatchmakingEvent(@CurrentActor() actor: Actor, @Args('input', { description: '活动信息' }) input: CreateMatchmakingEventInput): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.events.create(actor, input));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MatchmakingEventObject, { description: '修改对接活动 — change an event before it is held; registrants hear of a new time or place' })
  async updateMatchmakingEvent(@CurrentActor() actor: Actor, @Args('input', { description: '修改内容' }) input: UpdateMatchmakingEventInput): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.events.update(actor, input));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MatchmakingEventObject, { description: '发布活动 — open registration; invitations go out to the invited firms and banks' })
  async publishMatchmakingEvent(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID, description: '活动 id' }) eventId: string): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.events.publish(actor, eventId));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MatchmakingEventObject, { description: '截止报名 — close registration before the deadline (it also closes by itself at the deadline)' })
  async closeEventRegistration(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID, description: '活动 id' }) eventId: string): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.events.closeRegistration(actor, eventId));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MatchmakingEventObject, { description: '取消活动 — every registrant hears why; meetings and reminders end' })
  async cancelMatchmakingEvent(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID, description: '活动 id' }) eventId: string,
    @Args('reason', { description: '取消原因 — participants read it, 1–500 characters' }) reason: string,
  ): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.events.cancel(actor, eventId, reason));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MatchmakingEventObject, { description: '活动已举办 — after it started: outcomes are recorded and participants get the survey' })
  async markEventHeld(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID, description: '活动 id' }) eventId: string): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.events.markHeld(actor, eventId));
  }

  @Roles(Role.GOV_OFFICER, Role.PARK_OFFICER)
  @Mutation(() => MatchmakingEventObject, { description: '完成总结 — the report becomes final' })
  async finalizeEventReport(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID, description: '活动 id' }) eventId: string): Promise<MatchmakingEventObject> {
    return MatchmakingEventObject.from(await this.events.finalizeReport(actor, eventId));
  }

  @Roles(Role.ENTERPRISE_USER, Role.BANK_OFFICER)
  @Mutation(() => EventRegistrationObject, { description: '报名 — a firm with an open need, or a bank with its products and representatives; full events put you on the waitlist; the same request twice is one registration' })
  async registerForEvent(@CurrentActor() actor: Actor, @Args('input', { description: '报名信息' }) input: RegisterForEventInput): Promise<EventRegistrationObject> {
    const r = await this.registrations.register(actor, input);
    return EventRegistrationObject.from(r, (await this.registrations.waitlistPositions([r.id])).get(r.id) ?? null);
  }

  @Mutation(() => EventRegistrationObject, { description: '取消报名 — frees the place for the first on the waitlist; cancelling twice is one cancellation' })
  async cancelEventRegistration(@CurrentActor() actor: Actor, @Args('registrationId', { type: () => ID, description: '报名 id' }) registrationId: string): Promise<EventRegistrationObject> {
    return EventRegistrationObject.from(await this.registrations.cancel(actor, registrationId));
  }

  @ResolveField('slots', () => [EventSlotObject], { description: '洽谈时段 — in time order' })
  async slots(@Parent() event: MatchmakingEventObject): Promise<EventSlotObject[]> {
    return (await this.events.slots(this.dataSource.manager, event.id)).map(EventSlotObject.from);
  }

  @ResolveField('places', () => EventPlaces, { description: '名额 — places taken and waiting (counts only)' })
  async places(@Parent() event: MatchmakingEventObject): Promise<EventPlaces> {
    return this.events.places(this.dataSource.manager, event.id);
  }

  @ResolveField('regionName', () => String, { description: '主办地区 — the organiser’s region in words' })
  async regionName(@Parent() event: MatchmakingEventObject): Promise<string> {
    return this.regionWords.of(event.regionPath);
  }

  @ResolveField('organizerName', () => String, { description: '主办机构名称' })
  async organizerName(@Parent() event: MatchmakingEventObject, @Loaders() loaders: RequestLoaders): Promise<string> {
    const names = loaders.get<string, string>('events.organizationName', async (ids) => {
      const rows = (await this.dataSource.query('select id, name from organization where id = any($1::uuid[])', [ids])) as { id: string; name: string }[];
      const byId = new Map(rows.map((r) => [r.id, r.name]));
      return ids.map((id) => byId.get(id) ?? '');
    });
    return names.load(event.organizerId);
  }

  @ResolveField('canManage', () => Boolean, { description: '可管理 — whether you organise or oversee this event' })
  async canManage(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return this.access.loader(loaders, actor, Permission.EVENT_MANAGE).load(event.id);
  }

  @ResolveField('myRegistration', () => EventRegistrationObject, { nullable: true, description: '我的报名 — your organisation’s live registration, if any' })
  async myRegistration(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor): Promise<EventRegistrationObject | null> {
    const r = await this.registrations.own(actor, event.id);
    return r ? EventRegistrationObject.from(r, (await this.registrations.waitlistPositions([r.id])).get(r.id) ?? null) : null;
  }

  @ResolveField('registrations', () => EventRegistrationConnection, { description: '报名名单 — all of them for the organisers; your own otherwise', complexity: pageComplexity })
  async registrationList(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor, @Args() args: EventRegistrationsArgs): Promise<EventRegistrationConnection> {
    const page = await this.registrations.list(actor, event.id, args);
    const positions = await this.registrations.waitlistPositions(page.edges.map((e) => e.node.id));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: EventRegistrationObject.from(e.node, positions.get(e.node.id) ?? null) })) };
  }

  @ResolveField('meetings', () => [MeetingObject], { description: '洽谈 — every meeting for the organisers (the schedule board); your own once the schedule is published' })
  async meetingList(
    @Parent() event: MatchmakingEventObject,
    @CurrentActor() actor: Actor,
    @Args('activeOnly', { nullable: true, defaultValue: false, description: '只看有效 — leave out declined and cancelled meetings' }) activeOnly: boolean,
  ): Promise<MeetingObject[]> {
    return (await this.meetings.ofEvent(actor, event.id, activeOnly)).map(MeetingObject.from);
  }

  @ResolveField('invitations', () => [EventInvitationObject], { description: '邀请名单 — organisers only' })
  async invitations(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<EventInvitationObject[]> {
    await this.access.requireLoaded(loaders, actor, Permission.EVENT_MANAGE, event.id);
    return this.events.invitations(event.id);
  }

  @ResolveField('latestSchedule', () => MeetingScheduleObject, { nullable: true, description: '最近排期 — the last scheduling run with its progress and quality (organisers only)' })
  async latestSchedule(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<MeetingScheduleObject | null> {
    await this.access.requireLoaded(loaders, actor, Permission.EVENT_MANAGE, event.id);
    const run = await this.scheduling.latestRun(event.id);
    return run ? MeetingScheduleObject.from(run) : null;
  }

  @ResolveField('pairRules', () => [EventPairRuleObject], { description: '配对规则 — pinned and forbidden pairs (organisers only)' })
  async pairRules(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<EventPairRuleObject[]> {
    await this.access.requireLoaded(loaders, actor, Permission.EVENT_MANAGE, event.id);
    return (await this.scheduling.rules(event.id)).map(EventPairRuleObject.from);
  }

  @ResolveField('report', () => EventReport, { description: '活动总结 — registrations, meetings, no-shows, intents, credit offered, satisfaction (organisers only)' })
  async report(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<EventReport> {
    await this.access.requireLoaded(loaders, actor, Permission.EVENT_MANAGE, event.id);
    return this.reports.report(event.id);
  }

  @ResolveField('reportCsv', () => String, { description: '总结 CSV — the report and every meeting’s outcome as CSV (UTF-8 with BOM; organisers only)' })
  async reportCsv(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<string> {
    await this.access.requireLoaded(loaders, actor, Permission.EVENT_MANAGE, event.id);
    return this.reports.csv(event.id, event.title);
  }

  @ResolveField('mySurvey', () => EventSurveyObject, { nullable: true, description: '我的评价 — your organisation’s survey answer, if given' })
  async mySurvey(@Parent() event: MatchmakingEventObject, @CurrentActor() actor: Actor): Promise<EventSurveyObject | null> {
    const s = await this.meetings.ownSurvey(actor, event.id);
    return s ? EventSurveyObject.from(s) : null;
  }
}
