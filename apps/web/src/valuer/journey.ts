import { Journey, JourneyTexts } from '../app/journey';

const zh = {};

const en: typeof zh = {};

/** 评估机构: the valuer's workspace. */
export const valuerJourney: Journey = {
  name: 'valuer',
  navigation: [],
  routes: [],
  texts: { 'zh-CN': { valuer: zh }, en: { valuer: en } } satisfies JourneyTexts,
};
