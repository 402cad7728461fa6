import type { PledgeRegistrationStatus } from '../gql/graphql';

export const REGISTRATION_STATUSES: PledgeRegistrationStatus[] = ['SUBMITTED', 'ACCEPTED', 'REGISTERED', 'RETURNED'];

export function registrationColour(status: PledgeRegistrationStatus): string {
  return { SUBMITTED: 'blue', ACCEPTED: 'cyan', REGISTERED: 'green', RETURNED: 'orange' }[status];
}

/** The registry's steps are the platform administrator's (libs/pledges); the page offers them to that role only. */
export const isRegistry = (roles: readonly string[]) => roles.includes('PLATFORM_ADMIN');
