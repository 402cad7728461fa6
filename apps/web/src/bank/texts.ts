import { addTexts } from '../i18n';

const zh = {
  library: {
    title: '融资项目需求库',
    intro: '企业发布、与本行在售产品匹配的融资需求（已匿名）。企业同意后，方可查看企业信息。',
    amount: '融资金额',
    term: '期限',
    termMonths: '{{count}} 个月',
    maxRate: '可接受最高年利率',
    ipTypes: '质押物类型',
    industry: '行业门类',
    city: '城市',
    product: '最佳匹配产品',
    score: '匹配得分',
    publishedAt: '发布时间',
    interest: '本行意向',
    empty: '暂无与本行产品匹配的已发布需求',
  },
};

const en: typeof zh = {
  library: {
    title: 'Need library',
    intro: 'Needs firms published that match your active products, anonymised. You see the firm once it accepts your interest.',
    amount: 'Amount',
    term: 'Term',
    termMonths: '{{count}} months',
    maxRate: 'Highest rate accepted',
    ipTypes: 'Collateral',
    industry: 'Industry section',
    city: 'City',
    product: 'Best matching product',
    score: 'Score',
    publishedAt: 'Published',
    interest: 'Your interest',
    empty: 'No published need matches your products yet',
  },
};

addTexts({ 'zh-CN': { bank: zh }, en: { bank: en } });
