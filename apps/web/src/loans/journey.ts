import { Journey, JourneyTexts, pageOf } from '../app/journey';

const FIRM = ['ENTERPRISE_USER'];
const BANK = ['BANK_OFFICER'];

const pages = () => import('./pages');

// The navigation's labels; the pages' texts load with them (texts.ts).
const zh = { nav: { myApplications: '我的贷款申请', myLoans: '我的贷款', applications: '贷款申请', loans: '贷款' } };
const en: typeof zh = { nav: { myApplications: 'My loan applications', myLoans: 'My loans', applications: 'Loan applications', loans: 'Loans' } };

/** 贷款: the firm applies and follows its loans; the bank decides, disburses and records repayments. */
export const loansJourney: Journey = {
  name: 'loans',
  navigation: [
    { path: '/loans/applications', label: 'loans.nav.myApplications', roles: FIRM },
    { path: '/loans', label: 'loans.nav.myLoans', roles: FIRM },
    { path: '/loans/applications', label: 'loans.nav.applications', roles: BANK },
    { path: '/loans', label: 'loans.nav.loans', roles: BANK },
  ],
  routes: [
    { path: 'loans', lazy: pageOf(pages, 'LoansPage') },
    { path: 'loans/apply', lazy: pageOf(pages, 'ApplyPage') },
    { path: 'loans/applications', lazy: pageOf(pages, 'ApplicationsPage') },
    { path: 'loans/applications/:id', lazy: pageOf(pages, 'ApplicationPage') },
    { path: 'loans/:id', lazy: pageOf(pages, 'LoanPage') },
  ],
  texts: { 'zh-CN': { loans: zh }, en: { loans: en } } satisfies JourneyTexts,
};
