import { Journey, JourneyTexts, pageOf } from '../app/journey';

// The navigation's label (also the bell's); the page's texts load with it (texts.ts).
const zh = { nav: { inbox: '消息' } };
const en: typeof zh = { nav: { inbox: 'Messages' } };

/** 消息: every user's inbox of notices (event invitations, schedules, reminders …). */
export const inboxJourney: Journey = {
  name: 'inbox',
  navigation: [{ path: '/inbox', label: 'inbox.nav.inbox', roles: 'all' }],
  routes: [{ path: 'inbox', lazy: pageOf(() => import('./pages'), 'InboxPage') }],
  texts: { 'zh-CN': { inbox: zh }, en: { inbox: en } } satisfies JourneyTexts,
};
