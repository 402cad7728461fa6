import { registerEnumType } from '@nestjs/graphql';

/** 活动类型: the forms of matchmaking the policy documents ask for. */
export enum EventType {
  MATCHMAKING_FAIR = 'MATCHMAKING_FAIR',
  PARK_VISIT = 'PARK_VISIT',
  ROADSHOW = 'ROADSHOW',
  PRODUCT_PROMOTION = 'PRODUCT_PROMOTION',
  TRAINING = 'TRAINING',
}

/** An event's life: DRAFT → PUBLISHED → REGISTRATION_CLOSED → SCHEDULED → HELD → REPORTED, or CANCELLED before it is held. */
export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  REPORTED = 'REPORTED',
  CANCELLED = 'CANCELLED',
}

export enum EventVisibility {
  PUBLIC = 'PUBLIC',
  INVITE_ONLY = 'INVITE_ONLY',
}

export enum ParticipantRole {
  FIRM = 'FIRM',
  BANK = 'BANK',
}

export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

/** How an organisation came to be invited. */
export enum InvitationSource {
  REGION = 'REGION',
  PARK = 'PARK',
  WHITELIST_BATCH = 'WHITELIST_BATCH',
  HAND_PICKED = 'HAND_PICKED',
}

export enum MeetingStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  HELD = 'HELD',
  NO_SHOW = 'NO_SHOW',
}

/** A meeting still takes its slot and table. */
export const ACTIVE_MEETING_STATUSES: readonly MeetingStatus[] = [MeetingStatus.PROPOSED, MeetingStatus.ACCEPTED, MeetingStatus.HELD, MeetingStatus.NO_SHOW];

export enum MeetingResponse {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

export enum MeetingIntent {
  NONE = 'NONE',
  FOLLOW_UP = 'FOLLOW_UP',
  APPLICATION = 'APPLICATION',
  CREDIT_LINE_OFFERED = 'CREDIT_LINE_OFFERED',
}

export enum PairRuleKind {
  PINNED = 'PINNED',
  FORBIDDEN = 'FORBIDDEN',
}

export enum ScheduleRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(EventType, {
  name: 'EventType',
  description: '活动类型 — the form of a matchmaking event',
  valuesMap: {
    MATCHMAKING_FAIR: { description: 'Matchmaking fair (银企对接会)' },
    PARK_VISIT: { description: 'Park visit (入园惠企)' },
    ROADSHOW: { description: 'Roadshow (路演)' },
    PRODUCT_PROMOTION: { description: 'Product promotion (产品推介会)' },
    TRAINING: { description: 'Training (政策培训)' },
  },
});

registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: '活动状态 — where an event stands in its life',
  valuesMap: {
    DRAFT: { description: 'Draft (草稿). Seen by its organisers only' },
    PUBLISHED: { description: 'Published (已发布). Invitations sent, registration open until the deadline' },
    REGISTRATION_CLOSED: { description: 'Registration closed (报名截止)' },
    SCHEDULED: { description: 'Scheduled (已排期). Meetings are assigned to slots and tables' },
    HELD: { description: 'Held (已举办). Outcomes and the survey are collected' },
    REPORTED: { description: 'Reported (已总结). The report is final' },
    CANCELLED: { description: 'Cancelled (已取消)' },
  },
});

registerEnumType(EventVisibility, {
  name: 'EventVisibility',
  description: '公开范围 — who may register',
  valuesMap: {
    PUBLIC: { description: 'Public (公开报名). Any firm or bank may register' },
    INVITE_ONLY: { description: 'Invite only (定向邀请). Only invited organisations may register' },
  },
});

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: '参会角色 — a firm or a bank',
  valuesMap: {
    FIRM: { description: 'Firm (企业)' },
    BANK: { description: 'Bank (银行)' },
  },
});

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: '报名状态 — registered, on the waitlist, or cancelled',
  valuesMap: {
    REGISTERED: { description: 'Registered (已报名)' },
    WAITLISTED: { description: 'Waitlisted (候补). Promoted in order when a place frees' },
    CANCELLED: { description: 'Cancelled (已取消)' },
  },
});

registerEnumType(InvitationSource, {
  name: 'InvitationSource',
  description: '邀请来源 — why an organisation was invited',
  valuesMap: {
    REGION: { description: 'Region (按区域). A firm or bank of an invited region' },
    PARK: { description: 'Park (按园区). A firm of an invited park' },
    WHITELIST_BATCH: { description: 'Whitelist batch (按白名单批次). A firm of an invited published batch' },
    HAND_PICKED: { description: 'Hand-picked (定向邀请)' },
  },
});

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: '洽谈状态 — a 1:1 meeting from proposal to outcome',
  valuesMap: {
    PROPOSED: { description: 'Proposed (待确认). Scheduled, waiting for both sides' },
    ACCEPTED: { description: 'Accepted (已确认). Both sides accepted' },
    DECLINED: { description: 'Declined (已婉拒). A side declined; the slot is free for a re-run' },
    CANCELLED: { description: 'Cancelled (已取消). A re-run or the event’s cancellation removed it' },
    HELD: { description: 'Held (已洽谈)' },
    NO_SHOW: { description: 'No-show (未到场)' },
  },
});

registerEnumType(MeetingResponse, {
  name: 'MeetingResponse',
  description: '参会方答复 — one side’s answer to a proposed meeting',
  valuesMap: {
    PENDING: { description: 'Pending (待答复)' },
    ACCEPTED: { description: 'Accepted (接受)' },
    DECLINED: { description: 'Declined (婉拒)' },
  },
});

registerEnumType(MeetingIntent, {
  name: 'MeetingIntent',
  description: '洽谈意向 — what came of a meeting',
  valuesMap: {
    NONE: { description: 'None (无意向)' },
    FOLLOW_UP: { description: 'Follow-up (后续跟进)' },
    APPLICATION: { description: 'Application (提交申请)' },
    CREDIT_LINE_OFFERED: { description: 'Credit line offered (给予授信). With the amount' },
  },
});

registerEnumType(PairRuleKind, {
  name: 'PairRuleKind',
  description: '配对规则 — an organiser’s rule for one firm × bank pair',
  valuesMap: {
    PINNED: { description: 'Pinned (固定). The meeting stays in its slot and table on a re-run' },
    FORBIDDEN: { description: 'Forbidden (禁止). The pair never meets at this event' },
  },
});

registerEnumType(ScheduleRunStatus, {
  name: 'ScheduleRunStatus',
  description: '排期运行状态 — a scheduling run, which works as a job',
  valuesMap: {
    QUEUED: { description: 'Queued (排队中)' },
    RUNNING: { description: 'Running (计算中)' },
    DONE: { description: 'Done (已完成)' },
    FAILED: { description: 'Failed (失败)' },
  },
});
