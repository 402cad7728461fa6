import { Journey, JourneyTexts } from '../app/journey';

const zh = {};

const en: typeof zh = {};

/** Pages anyone may open: the disposal marketplace (处置交易市场). */
export const publicJourney: Journey = {
  name: 'public',
  navigation: [],
  routes: [],
  texts: { 'zh-CN': { public: zh }, en: { public: en } } satisfies JourneyTexts,
};
