import { Journey, JourneyTexts, pageOf } from '../app/journey';

/** Roles as the API decides them (libs/events): offices and parks organise, firms and banks take part. */
const ORGANISERS = ['GOV_OFFICER', 'PARK_OFFICER'];
const PARTICIPANTS = ['ENTERPRISE_USER', 'BANK_OFFICER'];

const pages = () => import('./pages');

// The navigation's labels; the pages' texts load with them (texts.ts).
const zh = { nav: { events: '对接活动', meetings: '我的洽谈' } };
const en: typeof zh = { nav: { events: 'Matchmaking events', meetings: 'My meetings' } };

/** 银企对接会: events organised by offices and parks, where firms and banks meet at tables. */
export const eventsJourney: Journey = {
  name: 'events',
  navigation: [
    { path: '/events', label: 'events.nav.events', roles: [...ORGANISERS, ...PARTICIPANTS] },
    { path: '/meetings', label: 'events.nav.meetings', roles: PARTICIPANTS },
  ],
  routes: [
    { path: 'events', lazy: pageOf(pages, 'EventsPage') },
    { path: 'events/new', lazy: pageOf(pages, 'EventEditPage') },
    { path: 'events/:id', lazy: pageOf(pages, 'EventPage') },
    { path: 'events/:id/edit', lazy: pageOf(pages, 'EventEditPage') },
    { path: 'events/:id/registrations', lazy: pageOf(pages, 'RegistrationsPage') },
    { path: 'events/:id/schedule', lazy: pageOf(pages, 'SchedulePage') },
    { path: 'events/:id/meetings', lazy: pageOf(pages, 'EventMeetingsPage') },
    { path: 'events/:id/survey', lazy: pageOf(pages, 'SurveyPage') },
    { path: 'events/:id/report', lazy: pageOf(pages, 'ReportPage') },
    { path: 'meetings', lazy: pageOf(pages, 'MyMeetingsPage') },
  ],
  texts: { 'zh-CN': { events: zh }, en: { events: en } } satisfies JourneyTexts,
};
