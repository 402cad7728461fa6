/**
 * What a domain hands the notifications library. The domain decides who hears what and
 * when; this library keeps the in-app inbox, the delivery per recipient and channel, and
 * the mail with its calendar files.
 */

/** Every kind of notice the platform sends. */
export enum NotificationKind {
  EVENT_INVITATION = 'EVENT_INVITATION',
  EVENT_REGISTRATION_CONFIRMED = 'EVENT_REGISTRATION_CONFIRMED',
  EVENT_WAITLISTED = 'EVENT_WAITLISTED',
  EVENT_WAITLIST_PROMOTED = 'EVENT_WAITLIST_PROMOTED',
  EVENT_REGISTRATION_CANCELLED = 'EVENT_REGISTRATION_CANCELLED',
  EVENT_SCHEDULE = 'EVENT_SCHEDULE',
  MEETING_CHANGED = 'MEETING_CHANGED',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  MEETING_REMINDER = 'MEETING_REMINDER',
  EVENT_CHANGED = 'EVENT_CHANGED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  EVENT_SURVEY = 'EVENT_SURVEY',
  PLEDGE_REGISTRATION_DUE_SOON = 'PLEDGE_REGISTRATION_DUE_SOON',
  PLEDGE_REGISTRATION_BREACHED = 'PLEDGE_REGISTRATION_BREACHED',
  PLEDGE_REGISTRATION_RETURNED = 'PLEDGE_REGISTRATION_RETURNED',
  PLEDGE_REGISTERED = 'PLEDGE_REGISTERED',
  PLEDGED_ASSET_STATUS_CHANGED = 'PLEDGED_ASSET_STATUS_CHANGED',
}

export interface LocalizedText {
  zh: string;
  en: string;
}

/** One VEVENT of an attached .ics file (RFC 5545). */
export interface CalendarEntry {
  /** Stable across updates of the same meeting, so a calendar replaces the entry instead of adding one. */
  uid: string;
  /** Grows with every change of the entry. */
  sequence: number;
  /** REQUEST adds or updates the entry; CANCEL removes it. */
  method: 'REQUEST' | 'CANCEL';
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
}

export interface NotificationInput {
  kind: NotificationKind;
  /** Users directly, and/or every active user of the organisations. */
  recipients: { userIds?: readonly string[]; organizationIds?: readonly string[] };
  /**
   * Idempotency: a recipient gets one notification per key, however often it is sent
   * (a retried job, a re-run). Include what makes the notice distinct, e.g. `meeting-<id>-reminder-1h-<startsAt>`.
   */
  key: string;
  title: LocalizedText;
  body: LocalizedText;
  /** A path of the web app the notice points to, e.g. `/events/<id>`. */
  link?: string;
  /** The object it is about, for the inbox's grouping and for tests. */
  subject?: { type: string; id: string };
  /** Also sent by e-mail (default true). */
  email?: boolean;
  /** Calendar entries attached to the mail, one .ics file each. */
  calendar?: readonly CalendarEntry[];
}
