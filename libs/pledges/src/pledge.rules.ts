import { PledgeChannel, PledgeRegistrationStatus } from './entities/pledge.enums';

/** The registration days a policy gives a channel (Beijing: 1 online, 3 offline; national: 7). */
export function slaWorkingDays(rules: { onlineWorkingDays: number; offlineWorkingDays: number }, channel: PledgeChannel): number {
  return channel === PledgeChannel.ONLINE ? rules.onlineWorkingDays : rules.offlineWorkingDays;
}

/** The registry's steps: from which statuses each one may be taken. */
const STEPS: Record<'accept' | 'register' | 'return', readonly PledgeRegistrationStatus[]> = {
  accept: [PledgeRegistrationStatus.SUBMITTED],
  // An online filing may be registered straight away (the registry accepts and registers at once).
  register: [PledgeRegistrationStatus.SUBMITTED, PledgeRegistrationStatus.ACCEPTED],
  return: [PledgeRegistrationStatus.SUBMITTED, PledgeRegistrationStatus.ACCEPTED],
};

export type RegistryStep = keyof typeof STEPS;

export function canTake(step: RegistryStep, status: PledgeRegistrationStatus): boolean {
  return STEPS[step].includes(status);
}

/** When the warning goes out: `warnBeforeHours` before the due time, but not before submission. */
export function warningAt(submittedAt: Date, dueAt: Date, warnBeforeHours: number): Date {
  return new Date(Math.max(submittedAt.getTime(), dueAt.getTime() - warnBeforeHours * 3_600_000));
}

/** A registration breaches its SLA when the due time passed while it still waited for the registry. */
export function isBreached(status: PledgeRegistrationStatus, dueAt: Date, now: Date): boolean {
  return (status === PledgeRegistrationStatus.SUBMITTED || status === PledgeRegistrationStatus.ACCEPTED) && now.getTime() > dueAt.getTime();
}
