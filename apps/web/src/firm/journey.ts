import { Journey, JourneyTexts, pageOf } from '../app/journey';

const zh = {
  nav: { assets: '我的知识产权' },
};

const en: typeof zh = {
  nav: { assets: 'My IP assets' },
};

const ROLES = ['ENTERPRISE_USER'];

/** 企业: the SME finance manager's workspace. */
export const firmJourney: Journey = {
  name: 'firm',
  navigation: [{ path: '/firm/assets', label: 'firm.nav.assets', roles: ROLES }],
  routes: [{ path: 'firm/assets', lazy: pageOf(() => import('./pages'), 'AssetsPage') }],
  texts: { 'zh-CN': { firm: zh }, en: { firm: en } } satisfies JourneyTexts,
};
