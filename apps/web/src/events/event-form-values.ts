import dayjs, { Dayjs } from 'dayjs';
import type { CreateMatchmakingEventInput, EventType, EventVisibility } from '../gql/graphql';
import type { EventDetail } from './queries';

/** One meeting slot as the form holds it. */
export interface SlotValue {
  startsAt?: Dayjs;
  endsAt?: Dayjs;
}

/** The event form's values; `invitedAreas` holds regions and parks as `region:ID` / `park:ID`. */
export interface EventFormValues {
  type: EventType;
  title: string;
  description?: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  venue?: string;
  onlineUrl?: string;
  firmCapacity: number;
  bankCapacity: number;
  maxRepresentatives: number;
  registrationDeadline?: Dayjs;
  tableCount: number;
  visibility: EventVisibility;
  invitedAreas: string[];
  invitedBatchIds: string[];
  invitedOrganizationIds?: string;
  slots: SlotValue[];
  window?: { start?: Dayjs; end?: Dayjs; slotMinutes?: number; breakMinutes?: number };
}

export const NEW_EVENT: EventFormValues = {
  type: 'MATCHMAKING_FAIR',
  title: '',
  firmCapacity: 30,
  bankCapacity: 10,
  maxRepresentatives: 2,
  tableCount: 10,
  visibility: 'PUBLIC',
  invitedAreas: [],
  invitedBatchIds: [],
  slots: [],
  window: { slotMinutes: 20, breakMinutes: 5 },
};

/**
 * Slots from a meeting window: `lengthMinutes` each with `breakMinutes` between, as many as
 * fit before the end (the API's `slotsFromWindow` does the same; it stores the explicit list).
 */
export function slotsFromWindow(start: Dayjs, end: Dayjs, lengthMinutes: number, breakMinutes: number): SlotValue[] {
  const slots: SlotValue[] = [];
  if (lengthMinutes < 5 || breakMinutes < 0) return slots;
  for (let t = start; !t.add(lengthMinutes, 'minute').isAfter(end); t = t.add(lengthMinutes + breakMinutes, 'minute')) {
    slots.push({ startsAt: t, endsAt: t.add(lengthMinutes, 'minute') });
  }
  return slots;
}

const iso = (d: Dayjs | undefined) => d!.toDate().toISOString();
const ids = (text?: string) =>
  (text ?? '')
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The create input of the form's values (the update input adds `eventId` and `version`). */
export function eventInput(v: EventFormValues): CreateMatchmakingEventInput {
  return {
    type: v.type,
    title: v.title.trim(),
    description: v.description?.trim() || undefined,
    startsAt: iso(v.startsAt),
    endsAt: iso(v.endsAt),
    venue: v.venue?.trim() || undefined,
    onlineUrl: v.onlineUrl?.trim() || undefined,
    firmCapacity: v.firmCapacity,
    bankCapacity: v.bankCapacity,
    maxRepresentatives: v.maxRepresentatives,
    registrationDeadline: iso(v.registrationDeadline),
    tableCount: v.tableCount,
    visibility: v.visibility,
    invitedRegionIds: v.invitedAreas.filter((a) => a.startsWith('region:')).map((a) => a.slice('region:'.length)),
    invitedParkIds: v.invitedAreas.filter((a) => a.startsWith('park:')).map((a) => a.slice('park:'.length)),
    invitedBatchIds: v.invitedBatchIds,
    invitedOrganizationIds: ids(v.invitedOrganizationIds),
    slots: v.slots.map((s) => ({ startsAt: iso(s.startsAt), endsAt: iso(s.endsAt) })),
  };
}

/** The form's values of a saved event, for editing. */
export function eventValues(e: EventDetail): EventFormValues {
  return {
    type: e.type,
    title: e.title,
    description: e.description,
    startsAt: dayjs(e.startsAt),
    endsAt: dayjs(e.endsAt),
    venue: e.venue ?? undefined,
    onlineUrl: e.onlineUrl ?? undefined,
    firmCapacity: e.firmCapacity,
    bankCapacity: e.bankCapacity,
    maxRepresentatives: e.maxRepresentatives,
    registrationDeadline: dayjs(e.registrationDeadline),
    tableCount: e.tableCount,
    visibility: e.visibility,
    invitedAreas: [...e.invitedRegionIds.map((id) => `region:${id}`), ...e.invitedParkIds.map((id) => `park:${id}`)],
    invitedBatchIds: e.invitedBatchIds,
    invitedOrganizationIds: e.invitedOrganizationIds.join(', '),
    slots: e.slots.map((s) => ({ startsAt: dayjs(s.startsAt), endsAt: dayjs(s.endsAt) })),
    window: NEW_EVENT.window,
  };
}

type NamePath = (string | number)[];

const FIELDS = [
  'type',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'venue',
  'onlineUrl',
  'firmCapacity',
  'bankCapacity',
  'maxRepresentatives',
  'registrationDeadline',
  'tableCount',
  'visibility',
  'slots',
];

/**
 * Where a server error's input path lands on the form: a slot's error (`slots.2`) on its
 * start, the invitation lists on their pickers; the rest by name.
 */
export function eventFieldOf(path: NamePath): NamePath | undefined {
  const [head, index, leaf] = path;
  if (head === 'slots' && typeof index === 'number') return ['slots', index, leaf === 'endsAt' ? 'endsAt' : 'startsAt'];
  if (head === 'invitedRegionIds' || head === 'invitedParkIds') return ['invitedAreas'];
  if (head === 'invitedBatchIds' || head === 'invitedOrganizationIds') return [head];
  return FIELDS.includes(String(head)) ? [String(head)] : undefined;
}
