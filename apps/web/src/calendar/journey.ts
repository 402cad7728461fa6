import { Journey, JourneyTexts, pageOf } from '../app/journey';

const zh = { nav: { calendar: '工作日历' } };
const en: typeof zh = { nav: { calendar: 'Working-day calendar' } };

/** 工作日历: the platform administrator's view of the working-day calendar, and loading a year's official arrangement. */
export const calendarJourney: Journey = {
  name: 'calendar',
  navigation: [{ path: '/calendar', label: 'calendar.nav.calendar', roles: ['PLATFORM_ADMIN'] }],
  routes: [{ path: 'calendar', lazy: pageOf(() => import('./pages'), 'CalendarPage') }],
  texts: { 'zh-CN': { calendar: zh }, en: { calendar: en } } satisfies JourneyTexts,
};
