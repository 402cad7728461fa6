import { Journey, JourneyTexts, pageOf } from '../app/journey';
// Its texts are few and the sign-in page shows one of them (the link to the market), so they load with the app.
import { publicTexts } from './texts';

/** Pages anyone may open: the disposal marketplace (处置交易市场). */
export const publicJourney: Journey = {
  name: 'public',
  navigation: [],
  routes: [],
  publicRoutes: [{ path: '/market', lazy: pageOf(() => import('./pages'), 'MarketPage') }],
  texts: publicTexts satisfies JourneyTexts,
};
