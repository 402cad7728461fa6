import { Journey, JourneyTexts, pageOf } from '../app/journey';

const zh = {
  nav: { needLibrary: '融资项目需求库' },
};

const en: typeof zh = {
  nav: { needLibrary: 'Need library' },
};

const ROLES = ['BANK_OFFICER'];

/** 银行: the bank officer's workspace. */
export const bankJourney: Journey = {
  name: 'bank',
  navigation: [{ path: '/bank/need-library', label: 'bank.nav.needLibrary', roles: ROLES }],
  routes: [{ path: 'bank/need-library', lazy: pageOf(() => import('./pages'), 'NeedLibraryPage') }],
  texts: { 'zh-CN': { bank: zh }, en: { bank: en } } satisfies JourneyTexts,
};
