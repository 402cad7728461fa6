const zh = {
  signInLink: '无需登录，浏览质物处置交易市场',
  market: {
    title: '质物处置交易市场',
    intro: '已发布的知识产权质物处置项目：拍卖、转让、许可与质权转股权。任何人均可浏览，无需登录。',
    search: '搜索处置项目',
    searchPlaceholder: '输入名称、说明或知识产权名称',
    mode: '处置方式',
    assetType: '资产类型',
    sort: '排序',
    any: '不限',
    listing: '项目',
    assets: '知识产权',
    price: '价格',
    endsAt: '截止时间',
    status: '状态',
    empty: '暂无已发布的处置项目',
    emptyHint: '质物处置挂牌发布后将显示在这里。',
    noMatch: '没有符合条件的处置项目',
    signIn: '登录',
  },
};

const en: typeof zh = {
  signInLink: 'Browse the pledged-IP disposal marketplace without signing in',
  market: {
    title: 'Disposal marketplace',
    intro: 'Published disposals of pledged IP: auctions, transfers, licences and debt-to-equity conversions. Anyone may browse; no sign-in needed.',
    search: 'Search disposals',
    searchPlaceholder: 'Title, description or IP asset name',
    mode: 'Mode',
    assetType: 'IP type',
    sort: 'Sort by',
    any: 'Any',
    listing: 'Listing',
    assets: 'IP assets',
    price: 'Price',
    endsAt: 'Ends at',
    status: 'Status',
    empty: 'No disposals published yet',
    emptyHint: 'Disposal listings will appear here once they are published.',
    noMatch: 'No disposals match these conditions',
    signIn: 'Sign in',
  },
};

export const publicTexts = { 'zh-CN': { public: zh }, en: { public: en } };
