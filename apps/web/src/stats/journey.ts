import { Journey, JourneyTexts, pageOf } from '../app/journey';

/** Roles the API lets count loans (STATISTICS_READ): offices, windows and parks their subtree, banks their own, the platform all. */
const READERS = ['GOV_OFFICER', 'WINDOW_OFFICER', 'PARK_OFFICER', 'BANK_OFFICER', 'PLATFORM_ADMIN'];

const pages = () => import('./pages');

const zh = { nav: { statistics: '融资统计' } };
const en: typeof zh = { nav: { statistics: 'Financing statistics' } };

/** 融资统计: the dashboard of new loans, balance, NPL and year-on-year growth. */
export const statsJourney: Journey = {
  name: 'stats',
  navigation: [{ path: '/statistics', label: 'stats.nav.statistics', roles: READERS }],
  routes: [{ path: 'statistics', lazy: pageOf(pages, 'StatisticsPage') }],
  texts: { 'zh-CN': { stats: zh }, en: { stats: en } } satisfies JourneyTexts,
};
