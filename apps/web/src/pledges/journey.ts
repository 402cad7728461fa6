import { Journey, JourneyTexts, pageOf } from '../app/journey';

const BANK = ['BANK_OFFICER'];
/** The platform administrator acts as the registry (libs/pledges). */
const REGISTRY = ['PLATFORM_ADMIN'];

const pages = () => import('./pages');

const zh = { nav: { registrations: '质押登记', registry: '质押登记受理', monitoring: '贷中监测' } };
const en: typeof zh = { nav: { registrations: 'Pledge registrations', registry: 'Pledge registry', monitoring: 'Loan monitoring' } };

/** 质押登记 and 贷中监测: the bank's filings with due times, the registry's steps, the alerts on pledged assets. */
export const pledgesJourney: Journey = {
  name: 'pledges',
  navigation: [
    { path: '/pledges', label: 'pledges.nav.registrations', roles: BANK },
    { path: '/pledges', label: 'pledges.nav.registry', roles: REGISTRY },
    { path: '/monitoring', label: 'pledges.nav.monitoring', roles: BANK },
  ],
  routes: [
    { path: 'pledges', lazy: pageOf(pages, 'RegistrationsPage') },
    { path: 'monitoring', lazy: pageOf(pages, 'AlertsPage') },
  ],
  texts: { 'zh-CN': { pledges: zh }, en: { pledges: en } } satisfies JourneyTexts,
};
