import { PledgeChannel, PledgeRegistrationStatus } from './entities/pledge.enums';
import { canTake, isBreached, slaWorkingDays, warningAt } from './pledge.rules';

const { SUBMITTED, ACCEPTED, REGISTERED, RETURNED } = PledgeRegistrationStatus;

describe('pledge registration rules', () => {
  it('takes the policy’s days for the channel', () => {
    const beijing = { onlineWorkingDays: 1, offlineWorkingDays: 3 };
    expect(slaWorkingDays(beijing, PledgeChannel.ONLINE)).toBe(1);
    expect(slaWorkingDays(beijing, PledgeChannel.OFFLINE)).toBe(3);
  });

  it('lets the registry accept a submitted filing, register or return a pending one, and nothing after', () => {
    expect([SUBMITTED, ACCEPTED, REGISTERED, RETURNED].filter((s) => canTake('accept', s))).toEqual([SUBMITTED]);
    expect([SUBMITTED, ACCEPTED, REGISTERED, RETURNED].filter((s) => canTake('register', s))).toEqual([SUBMITTED, ACCEPTED]);
    expect([SUBMITTED, ACCEPTED, REGISTERED, RETURNED].filter((s) => canTake('return', s))).toEqual([SUBMITTED, ACCEPTED]);
  });

  it('warns warnBeforeHours before the due time, never before submission', () => {
    const submitted = new Date('2026-10-09T02:00:00Z');
    const due = new Date('2026-10-10T15:59:59.999Z');
    // 24 h before the due time: 2026-10-09T15:59:59.999Z, after the submission.
    expect(warningAt(submitted, due, 24).toISOString()).toBe('2026-10-09T15:59:59.999Z');
    // 48 h before would be before the submission: warn at once.
    expect(warningAt(submitted, due, 48)).toEqual(submitted);
  });

  it('breaches only a pending registration past its due time', () => {
    const due = new Date('2026-10-10T15:59:59.999Z');
    const after = new Date('2026-10-10T16:00:00Z');
    expect(isBreached(SUBMITTED, due, after)).toBe(true);
    expect(isBreached(ACCEPTED, due, after)).toBe(true);
    expect(isBreached(SUBMITTED, due, due)).toBe(false);
    expect(isBreached(REGISTERED, due, after)).toBe(false);
    expect(isBreached(RETURNED, due, after)).toBe(false);
  });
});
