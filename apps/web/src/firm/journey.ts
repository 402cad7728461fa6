import { Journey, JourneyTexts, pageOf } from '../app/journey';

const ROLES = ['ENTERPRISE_USER'];
const pages = () => import('./pages');

// The navigation's labels; the pages' texts load with them (texts.ts).
const zh = {
  nav: { assets: '我的知识产权', valuations: '评估委托', bundles: '质押组合', needs: '融资需求', answers: '银行意向', revenue: '营业收入' },
};
const en: typeof zh = {
  nav: { assets: 'My IP assets', valuations: 'Valuations', bundles: 'Pledge bundles', needs: 'Financing needs', answers: 'Bank answers', revenue: 'Revenue' },
};

/** 企业: the SME finance manager's workspace. */
export const firmJourney: Journey = {
  name: 'firm',
  navigation: [
    { path: '/firm/assets', label: 'firm.nav.assets', roles: ROLES },
    { path: '/firm/valuations', label: 'firm.nav.valuations', roles: ROLES },
    { path: '/firm/bundles', label: 'firm.nav.bundles', roles: ROLES },
    { path: '/firm/needs', label: 'firm.nav.needs', roles: ROLES },
    { path: '/firm/bank-answers', label: 'firm.nav.answers', roles: ROLES },
    { path: '/firm/revenue', label: 'firm.nav.revenue', roles: ROLES },
  ],
  routes: [
    { path: 'firm/assets', lazy: pageOf(pages, 'AssetsPage') },
    { path: 'firm/valuations', lazy: pageOf(pages, 'ValuationsPage') },
    { path: 'firm/bundles', lazy: pageOf(pages, 'BundlesPage') },
    { path: 'firm/needs', lazy: pageOf(pages, 'NeedsPage') },
    { path: 'firm/needs/:needId', lazy: pageOf(pages, 'NeedPage') },
    { path: 'firm/needs/:needId/matches', lazy: pageOf(pages, 'MatchesPage') },
    { path: 'firm/bank-answers', lazy: pageOf(pages, 'BankAnswersPage') },
    { path: 'firm/revenue', lazy: pageOf(pages, 'RevenuePage') },
  ],
  texts: { 'zh-CN': { firm: zh }, en: { firm: en } } satisfies JourneyTexts,
};
