import { Journey, JourneyTexts, pageOf } from '../app/journey';

const ROLES = ['BANK_OFFICER'];
const pages = () => import('./pages');

// The navigation's labels; the pages' texts load with them (texts.ts).
const zh = {
  nav: {
    inbox: '白名单企业',
    needLibrary: '融资项目需求库',
    products: '金融产品',
    webhook: 'Webhook 设置',
  },
};
const en: typeof zh = {
  nav: { inbox: 'Whitelisted firms', needLibrary: 'Need library', products: 'Loan products', webhook: 'Webhook' },
};

/** 银行: the bank officer's workspace. */
export const bankJourney: Journey = {
  name: 'bank',
  navigation: [
    { path: '/bank/firms', label: 'bank.nav.inbox', roles: ROLES },
    { path: '/bank/need-library', label: 'bank.nav.needLibrary', roles: ROLES },
    { path: '/bank/products', label: 'bank.nav.products', roles: ROLES },
    { path: '/bank/webhook', label: 'bank.nav.webhook', roles: ROLES },
  ],
  routes: [
    { path: 'bank/firms', lazy: pageOf(pages, 'InboxPage') },
    { path: 'bank/firms/:id', lazy: pageOf(pages, 'FirmPage') },
    { path: 'bank/need-library', lazy: pageOf(pages, 'NeedLibraryPage') },
    { path: 'bank/products', lazy: pageOf(pages, 'ProductsPage') },
    { path: 'bank/products/new', lazy: pageOf(pages, 'ProductEditPage') },
    { path: 'bank/products/:id', lazy: pageOf(pages, 'ProductEditPage') },
    { path: 'bank/webhook', lazy: pageOf(pages, 'WebhookPage') },
  ],
  texts: { 'zh-CN': { bank: zh }, en: { bank: en } } satisfies JourneyTexts,
};
