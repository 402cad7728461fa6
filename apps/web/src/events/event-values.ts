import type { EventStatus, EventType, MeetingIntent } from '../gql/graphql';

export const EVENT_STATUSES: EventStatus[] = ['DRAFT', 'PUBLISHED', 'REGISTRATION_CLOSED', 'SCHEDULED', 'HELD', 'REPORTED', 'CANCELLED'];
export const EVENT_TYPES: EventType[] = ['MATCHMAKING_FAIR', 'ROADSHOW', 'PRODUCT_PROMOTION', 'PARK_VISIT', 'TRAINING'];
export const MEETING_INTENTS: MeetingIntent[] = ['CREDIT_LINE_OFFERED', 'APPLICATION', 'FOLLOW_UP', 'NONE'];

/** Offices and parks organise events (libs/events decides; the pages only choose what to offer). */
export function isOrganiser(roles: readonly string[]): boolean {
  return roles.includes('GOV_OFFICER') || roles.includes('PARK_OFFICER');
}

export function statusColour(status: EventStatus): string | undefined {
  const colours: Partial<Record<EventStatus, string>> = {
    DRAFT: 'default',
    PUBLISHED: 'green',
    REGISTRATION_CLOSED: 'orange',
    SCHEDULED: 'blue',
    HELD: 'purple',
    REPORTED: 'geekblue',
    CANCELLED: 'red',
  };
  return colours[status];
}

/** The clock time of a date-time in Asia/Shanghai (a slot's end beside its full start). */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: 'Asia/Shanghai', timeStyle: 'short' }).format(new Date(iso));
}
