import { Journey, JourneyTexts, pageOf } from '../app/journey';

const pages = () => import('./pages');

const zh = { nav: { apply: '补贴申请', approvals: '补贴审批', compensation: '风险补偿', rewards: '奖励申请' } };
const en: typeof zh = { nav: { apply: 'Subsidies', approvals: 'Subsidy approvals', compensation: 'Risk compensation', rewards: 'Rewards' } };

/** 补贴、奖励与风险补偿: firms apply for subsidies, banks and valuers for rewards, risk-sharing parties claim compensation, offices decide and pay. */
export const subsidiesJourney: Journey = {
  name: 'subsidies',
  navigation: [
    { path: '/subsidies/apply', label: 'subsidies.nav.apply', roles: ['ENTERPRISE_USER'] },
    { path: '/subsidies/approvals', label: 'subsidies.nav.approvals', roles: ['GOV_OFFICER'] },
    { path: '/subsidies/rewards', label: 'subsidies.nav.rewards', roles: ['BANK_OFFICER', 'VALUER'] },
    { path: '/subsidies/compensation', label: 'subsidies.nav.compensation', roles: ['GOV_OFFICER', 'BANK_OFFICER', 'GUARANTOR_OFFICER', 'INSURER_OFFICER'] },
  ],
  routes: [
    { path: 'subsidies/apply', lazy: pageOf(pages, 'FirmSubsidiesPage') },
    { path: 'subsidies/approvals', lazy: pageOf(pages, 'SubsidyApprovalsPage') },
    { path: 'subsidies/rewards', lazy: pageOf(pages, 'RewardsPage') },
    { path: 'subsidies/compensation', lazy: pageOf(pages, 'CompensationPage') },
  ],
  texts: { 'zh-CN': { subsidies: zh }, en: { subsidies: en } } satisfies JourneyTexts,
};
