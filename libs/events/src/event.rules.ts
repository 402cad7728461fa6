import { badInput } from '@zhirong/core';

export const EVENT_LIMITS = {
  titleLength: 200,
  descriptionLength: 4000,
  capacity: 2000,
  representatives: 10,
  tables: 500,
  slots: 48,
  /** The longest event: a two-day fair. */
  maxDurationHours: 72,
} as const;

export interface SlotPlan {
  startsAt: Date;
  endsAt: Date;
}

export interface EventPlan {
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date;
  venue?: string | null;
  onlineUrl?: string | null;
  slots: readonly SlotPlan[];
}

/**
 * The timing rules of an event, checked before anything is written: the event ends after
 * it starts, registration closes by the start, and every slot lies within the event and
 * overlaps no other. `prefix` is the input path errors name (`input`).
 */
export function checkEventPlan(plan: EventPlan, prefix = 'input'): void {
  if (!(plan.endsAt > plan.startsAt)) throw badInput(`${prefix}.endsAt`, 'The event must end after it starts');
  if (plan.endsAt.getTime() - plan.startsAt.getTime() > EVENT_LIMITS.maxDurationHours * 3600_000) {
    throw badInput(`${prefix}.endsAt`, `An event lasts at most ${EVENT_LIMITS.maxDurationHours} hours`);
  }
  if (plan.registrationDeadline > plan.startsAt) throw badInput(`${prefix}.registrationDeadline`, 'Registration must close by the time the event starts');
  if (!plan.venue && !plan.onlineUrl) throw badInput(`${prefix}.venue`, 'Give a venue or an online link');
  const order = plan.slots.map((slot, index) => ({ slot, index })).sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime());
  for (const { slot, index } of order) {
    const field = `${prefix}.slots.${index}`;
    if (!(slot.endsAt > slot.startsAt)) throw badInput(`${field}.endsAt`, 'A slot must end after it starts');
    if (slot.startsAt < plan.startsAt || slot.endsAt > plan.endsAt) throw badInput(field, 'A slot must lie within the event’s start and end');
  }
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1];
    const here = order[i];
    if (here.slot.startsAt < before.slot.endsAt) {
      throw badInput(`${prefix}.slots.${here.index}`, `Slot ${here.index + 1} overlaps slot ${before.index + 1}`, { overlaps: before.index });
    }
  }
}

/** The slots in time order: their index in that order is the slot index meetings refer to. */
export function orderedSlots<T extends SlotPlan>(slots: readonly T[]): T[] {
  return [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Slots from a meeting window: `length` minutes each with `breakMinutes` between, as many
 * as fit. The web form offers this; the API stores the explicit list it is sent.
 */
export function slotsFromWindow(start: Date, end: Date, lengthMinutes: number, breakMinutes: number): SlotPlan[] {
  if (lengthMinutes < 5) throw badInput('slotMinutes', 'A slot lasts at least 5 minutes');
  const slots: SlotPlan[] = [];
  for (let t = start.getTime(); t + lengthMinutes * 60_000 <= end.getTime(); t += (lengthMinutes + breakMinutes) * 60_000) {
    slots.push({ startsAt: new Date(t), endsAt: new Date(t + lengthMinutes * 60_000) });
  }
  return slots;
}
