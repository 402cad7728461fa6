import { Journey, JourneyTexts, pageOf } from '../app/journey';

const zh = {
  nav: { explorer: '接口调试台', mail: '邮件截获' },
  explorer: {
    title: '接口调试台（GraphiQL）',
    hint: '以当前登录身份调用 GraphQL 接口：您能看到和操作的，与在页面中一致。',
    forbidden: '接口调试台仅供平台管理员使用',
  },
  mail: {
    title: '邮件截获（开发环境）',
    intro: 'npm start 在本机运行一个 SMTP 截获服务：平台发出的通知邮件都停在这里，不会发到真实邮箱。点选一封查看正文与附件（日历文件 .ics）。',
    empty: '还没有截获邮件',
    date: '时间',
    from: '发件人',
    to: '收件人',
    subject: '主题',
    attachments: '附件',
  },
};

const en: typeof zh = {
  nav: { explorer: 'API explorer', mail: 'Caught mail' },
  explorer: {
    title: 'API explorer (GraphiQL)',
    hint: 'Calls the GraphQL API as the signed-in user: you see and change exactly what your pages let you.',
    forbidden: 'The API explorer is for the platform administrator',
  },
  mail: {
    title: 'Caught mail (development)',
    intro: 'npm start runs a local SMTP catcher: every notice the platform mails stops here instead of reaching a real mailbox. Pick one to read its text and attachments (.ics calendar files).',
    empty: 'No mail caught yet',
    date: 'Date',
    from: 'From',
    to: 'To',
    subject: 'Subject',
    attachments: 'Attachments',
  },
};

/** Who may open the explorer; on Vite's dev server every signed-in developer may. */
export const EXPLORER_ROLES = ['PLATFORM_ADMIN'];

/** 平台管理: the platform administrator's tools. */
export const adminJourney: Journey = {
  name: 'admin',
  navigation: [
    { path: '/admin/explorer', label: 'admin.nav.explorer', roles: EXPLORER_ROLES },
    { path: '/admin/mail', label: 'admin.nav.mail', roles: ['PLATFORM_ADMIN'] },
  ],
  routes: [
    { path: 'admin/explorer', lazy: pageOf(() => import('./pages'), 'ExplorerPage') },
    { path: 'admin/mail', lazy: pageOf(() => import('./pages'), 'CaughtMailPage') },
  ],
  texts: { 'zh-CN': { admin: zh }, en: { admin: en } } satisfies JourneyTexts,
};
