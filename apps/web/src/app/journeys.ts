import { adminJourney } from '../admin/journey';
import { bankJourney } from '../bank/journey';
import { calendarJourney } from '../calendar/journey';
import { eventsJourney } from '../events/journey';
import { firmJourney } from '../firm/journey';
import { inboxJourney } from '../inbox/journey';
import { loansJourney } from '../loans/journey';
import { officeJourney } from '../office/journey';
import { policyJourney } from '../policy/journey';
import { pledgesJourney } from '../pledges/journey';
import { publicJourney } from '../public/journey';
import { statsJourney } from '../stats/journey';
import { subsidiesJourney } from '../subsidies/journey';
import { valuerJourney } from '../valuer/journey';
import type { Journey, NavItem } from './journey';

export const JOURNEYS: readonly Journey[] = [
  firmJourney,
  bankJourney,
  loansJourney,
  pledgesJourney,
  officeJourney,
  eventsJourney,
  statsJourney,
  policyJourney,
  subsidiesJourney,
  valuerJourney,
  publicJourney,
  adminJourney,
  calendarJourney,
  inboxJourney,
];

/** What each role may do, as pages: the navigation shows a user only these. */
export const NAVIGATION: readonly NavItem[] = [{ path: '/', label: 'nav.home', roles: 'all' }, ...JOURNEYS.flatMap((j) => j.navigation)];

export function navigationFor(roles: readonly string[]): NavItem[] {
  return NAVIGATION.filter((n) => n.roles === 'all' || n.roles.some((r) => roles.includes(r)));
}
