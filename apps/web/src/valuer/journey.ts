import { Journey, JourneyTexts, pageOf } from '../app/journey';
import { valuerTexts } from './texts';

const ROLES = ['VALUER'];

/** 评估机构: the valuer's workspace. */
export const valuerJourney: Journey = {
  name: 'valuer',
  navigation: [{ path: '/valuer/engagements', label: 'valuer.nav.engagements', roles: ROLES }],
  routes: [
    { path: 'valuer/engagements', lazy: pageOf(() => import('./pages'), 'EngagementsPage') },
    { path: 'valuer/assets/:assetId/appraisal', lazy: pageOf(() => import('./pages'), 'AppraisalPage') },
  ],
  texts: valuerTexts satisfies JourneyTexts,
};
