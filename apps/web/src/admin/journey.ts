import { Journey, JourneyTexts, pageOf } from '../app/journey';

const zh = {
  nav: { explorer: '接口调试台' },
  explorer: {
    title: '接口调试台（GraphiQL）',
    hint: '以当前登录身份调用 GraphQL 接口：您能看到和操作的，与在页面中一致。',
    forbidden: '接口调试台仅供平台管理员使用',
  },
};

const en: typeof zh = {
  nav: { explorer: 'API explorer' },
  explorer: {
    title: 'API explorer (GraphiQL)',
    hint: 'Calls the GraphQL API as the signed-in user: you see and change exactly what your pages let you.',
    forbidden: 'The API explorer is for the platform administrator',
  },
};

/** Who may open the explorer; on Vite's dev server every signed-in developer may. */
export const EXPLORER_ROLES = ['PLATFORM_ADMIN'];

/** 平台管理: the platform administrator's tools. */
export const adminJourney: Journey = {
  name: 'admin',
  navigation: [{ path: '/admin/explorer', label: 'admin.nav.explorer', roles: EXPLORER_ROLES }],
  routes: [{ path: 'admin/explorer', lazy: pageOf(() => import('./pages'), 'ExplorerPage') }],
  texts: { 'zh-CN': { admin: zh }, en: { admin: en } } satisfies JourneyTexts,
};
