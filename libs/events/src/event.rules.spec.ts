import { DomainError } from '@zhirong/core';
import { checkEventPlan, slotsFromWindow } from './event.rules';

const at = (hhmm: string) => new Date(`2027-03-10T${hhmm}:00+08:00`);
const plan = (slots: [string, string][], extra: Partial<Parameters<typeof checkEventPlan>[0]> = {}) => ({
  startsAt: at('09:00'),
  endsAt: at('17:00'),
  registrationDeadline: new Date('2027-03-08T18:00:00+08:00'),
  venue: '闵行区莘庄工业区会议中心',
  slots: slots.map(([s, e]) => ({ startsAt: at(s), endsAt: at(e) })),
  ...extra,
});

function fieldOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  return undefined;
}

describe('an event’s timing rules', () => {
  it('accepts slots inside the event, in any order, touching end to start', () => {
    expect(fieldOf(() => checkEventPlan(plan([['10:00', '10:20'], ['09:30', '10:00'], ['14:00', '14:30']])))).toBeUndefined();
  });

  it('names the slot that overlaps another', () => {
    expect(fieldOf(() => checkEventPlan(plan([['09:30', '10:00'], ['10:30', '11:00'], ['09:50', '10:10']])))).toBe('input.slots.2');
  });

  it('refuses a slot outside the event, and one that ends before it starts', () => {
    expect(fieldOf(() => checkEventPlan(plan([['08:30', '09:10']])))).toBe('input.slots.0');
    expect(fieldOf(() => checkEventPlan(plan([['16:50', '17:10']])))).toBe('input.slots.0');
    expect(fieldOf(() => checkEventPlan(plan([['11:00', '10:40']])))).toBe('input.slots.0.endsAt');
  });

  it('refuses a deadline after the start, an event ending before it starts, and no place at all', () => {
    expect(fieldOf(() => checkEventPlan(plan([], { registrationDeadline: at('09:30') })))).toBe('input.registrationDeadline');
    expect(fieldOf(() => checkEventPlan(plan([], { endsAt: at('08:00') })))).toBe('input.endsAt');
    expect(fieldOf(() => checkEventPlan(plan([], { venue: null, onlineUrl: null })))).toBe('input.venue');
  });

  it('cuts a window into slots with breaks, as many as fit', () => {
    const slots = slotsFromWindow(at('09:00'), at('10:00'), 20, 5);
    // 09:00–09:20, 09:25–09:45; a third would end at 10:10.
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([at('09:00').toISOString(), at('09:25').toISOString()]);
  });
});
