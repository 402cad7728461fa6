import { Journey, JourneyTexts } from '../app/journey';

const zh = {};

const en: typeof zh = {};

/** 知识产权局 / 园区 / 服务窗口: the IP office's, park's and service window's workspace. */
export const officeJourney: Journey = {
  name: 'office',
  navigation: [],
  routes: [],
  texts: { 'zh-CN': { office: zh }, en: { office: en } } satisfies JourneyTexts,
};
