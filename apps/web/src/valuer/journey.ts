import { Journey, JourneyTexts, pageOf } from '../app/journey';

const ROLES = ['VALUER'];

// The navigation's labels; the pages' texts load with them (texts.ts).
const zh = { nav: { engagements: '评估委托' } };
const en: typeof zh = { nav: { engagements: 'Engagements' } };

/** 评估机构: the valuer's workspace. */
export const valuerJourney: Journey = {
  name: 'valuer',
  navigation: [{ path: '/valuer/engagements', label: 'valuer.nav.engagements', roles: ROLES }],
  routes: [
    { path: 'valuer/engagements', lazy: pageOf(() => import('./pages'), 'EngagementsPage') },
    { path: 'valuer/assets/:assetId/appraisal', lazy: pageOf(() => import('./pages'), 'AppraisalPage') },
  ],
  texts: { 'zh-CN': { valuer: zh }, en: { valuer: en } } satisfies JourneyTexts,
};
