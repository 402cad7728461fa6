import { Journey, JourneyTexts, pageOf } from '../app/journey';

/** Roles that may do each part, as the API decides it (libs/whitelist, libs/enterprises, libs/identity). */
const OFFICE = ['GOV_OFFICER'];
/** Offices, windows and parks verify their region's declared facts; parks and offices nominate; windows and offices enter needs. */
const REGION_STAFF = ['GOV_OFFICER', 'WINDOW_OFFICER', 'PARK_OFFICER'];
/** The audit trail: the platform all of it, an organisation's administrator its own. */
const AUDITORS = ['ORG_ADMIN', 'PLATFORM_ADMIN'];

const pages = () => import('./pages');

// The navigation's labels; the pages' texts load with them (texts.ts).
const zh = {
  nav: { screening: '白名单筛选', batches: '白名单批次', firms: '辖区企业', audit: '审计日志' },
};
const en: typeof zh = {
  nav: { screening: 'Whitelist screening', batches: 'Whitelist batches', firms: 'Firms of the region', audit: 'Audit log' },
};

/** 知识产权局 / 园区 / 服务窗口: the IP office's, park's and service window's workspace. */
export const officeJourney: Journey = {
  name: 'office',
  navigation: [
    { path: '/office/screening', label: 'office.nav.screening', roles: OFFICE },
    { path: '/office/batches', label: 'office.nav.batches', roles: OFFICE },
    { path: '/office/firms', label: 'office.nav.firms', roles: REGION_STAFF },
    { path: '/office/audit', label: 'office.nav.audit', roles: AUDITORS },
  ],
  routes: [
    { path: 'office/screening', lazy: pageOf(pages, 'ScreeningPage') },
    { path: 'office/batches', lazy: pageOf(pages, 'BatchesPage') },
    { path: 'office/batches/:id', lazy: pageOf(pages, 'BatchPage') },
    { path: 'office/batches/:id/answers', lazy: pageOf(pages, 'AnswersPage') },
    { path: 'office/firms', lazy: pageOf(pages, 'FirmsPage') },
    { path: 'office/audit', lazy: pageOf(pages, 'AuditLogPage') },
  ],
  texts: { 'zh-CN': { office: zh }, en: { office: en } } satisfies JourneyTexts,
};
