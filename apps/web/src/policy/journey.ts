import { Journey, JourneyTexts, pageOf } from '../app/journey';

/** Who edits policies (POLICY_MANAGE): offices their region subtree; the platform also the national default. */
export const POLICY_EDITORS = ['GOV_OFFICER', 'PLATFORM_ADMIN'];

const pages = () => import('./pages');

const zh = { nav: { policies: '政策管理' } };
const en: typeof zh = { nav: { policies: 'Policies' } };

/** 政策管理: regional policies as data — versions, their rules with citations, drafting and publishing. */
export const policyJourney: Journey = {
  name: 'policy',
  navigation: [{ path: '/policies', label: 'policy.nav.policies', roles: POLICY_EDITORS }],
  routes: [
    { path: 'policies', lazy: pageOf(pages, 'PoliciesPage') },
    { path: 'policies/:id', lazy: pageOf(pages, 'PolicyPage') },
    { path: 'policies/:id/new-version', lazy: pageOf(pages, 'PolicyVersionPage') },
  ],
  texts: { 'zh-CN': { policy: zh }, en: { policy: en } } satisfies JourneyTexts,
};
