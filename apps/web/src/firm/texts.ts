import { addTexts } from '../i18n';

const zh = {
  assets: {
    title: '我的知识产权',
    number: '编号',
    name: '名称',
    type: '类型',
    legalStatus: '法律状态',
    pledgeStatus: '质押状态',
    valuation: '最新有效评估值',
    expiresOn: '到期日',
    none: '暂无',
    empty: '尚未登记知识产权',
  },
};

const en: typeof zh = {
  assets: {
    title: 'My IP assets',
    number: 'Number',
    name: 'Title',
    type: 'Type',
    legalStatus: 'Legal status',
    pledgeStatus: 'Pledge status',
    valuation: 'Latest valid valuation',
    expiresOn: 'Expires on',
    none: 'None',
    empty: 'No IP assets registered yet',
  },
};

addTexts({ 'zh-CN': { firm: zh }, en: { firm: en } });
