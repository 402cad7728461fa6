import { defineDomainError } from '@zhirong/core';

export enum EventsErrorCode {
  /** The event's status does not allow this (e.g. editing a held event, registering for a draft). */
  EVENT_STATUS = 'EVENT_STATUS',
  /** Someone saved the event after you read it: read it again. */
  STALE_VERSION = 'STALE_VERSION',
  /** The registration deadline has passed or the organiser closed registration. */
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  /** The organisation is registered already, with other details: cancel first. */
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  /** An invite-only event takes invited organisations only. */
  NOT_INVITED = 'NOT_INVITED',
  /** Firms and banks register; offices organise. */
  NOT_A_PARTICIPANT = 'NOT_A_PARTICIPANT',
  /** A firm registers with one of its own open needs. */
  NEED_NOT_OPEN = 'NEED_NOT_OPEN',
  /** A bank brings its own active products. */
  PRODUCT_NOT_ACTIVE = 'PRODUCT_NOT_ACTIVE',
  TOO_MANY_REPRESENTATIVES = 'TOO_MANY_REPRESENTATIVES',
  /** Capacity may not drop below the places already taken. */
  CAPACITY_BELOW_REGISTRATIONS = 'CAPACITY_BELOW_REGISTRATIONS',
  /** Slots and tables are fixed once meetings exist. */
  SCHEDULE_EXISTS = 'SCHEDULE_EXISTS',
  /** A scheduling run of the event is queued or running. */
  SCHEDULE_RUNNING = 'SCHEDULE_RUNNING',
  /** A pin or move clashes with another meeting (the firm is busy, the table taken, the bank out of representatives). */
  SCHEDULE_CONFLICT = 'SCHEDULE_CONFLICT',
  /** A pin names a slot or table the event does not have, or registrations of another event. */
  BAD_PAIR = 'BAD_PAIR',
  /** The meeting was declined or cancelled, or the event is over. */
  MEETING_CLOSED = 'MEETING_CLOSED',
  /** Only the meeting's firm or bank answers for itself. */
  NOT_A_SIDE = 'NOT_A_SIDE',
  /** The survey and outcomes wait until the event is held. */
  NOT_HELD = 'NOT_HELD',
}

export const EventsError = defineDomainError<EventsErrorCode>('EventsError', {
  [EventsErrorCode.EVENT_STATUS]: 'CONFLICT',
  [EventsErrorCode.STALE_VERSION]: 'CONFLICT',
  [EventsErrorCode.REGISTRATION_CLOSED]: 'CONFLICT',
  [EventsErrorCode.ALREADY_REGISTERED]: 'CONFLICT',
  [EventsErrorCode.NOT_INVITED]: 'FORBIDDEN',
  [EventsErrorCode.NOT_A_PARTICIPANT]: 'FORBIDDEN',
  [EventsErrorCode.NEED_NOT_OPEN]: 'BAD_USER_INPUT',
  [EventsErrorCode.PRODUCT_NOT_ACTIVE]: 'BAD_USER_INPUT',
  [EventsErrorCode.TOO_MANY_REPRESENTATIVES]: 'BAD_USER_INPUT',
  [EventsErrorCode.CAPACITY_BELOW_REGISTRATIONS]: 'BAD_USER_INPUT',
  [EventsErrorCode.SCHEDULE_EXISTS]: 'CONFLICT',
  [EventsErrorCode.SCHEDULE_RUNNING]: 'CONFLICT',
  [EventsErrorCode.SCHEDULE_CONFLICT]: 'CONFLICT',
  [EventsErrorCode.BAD_PAIR]: 'BAD_USER_INPUT',
  [EventsErrorCode.MEETING_CLOSED]: 'CONFLICT',
  [EventsErrorCode.NOT_A_SIDE]: 'FORBIDDEN',
  [EventsErrorCode.NOT_HELD]: 'CONFLICT',
});
