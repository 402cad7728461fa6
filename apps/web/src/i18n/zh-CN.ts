/** 简体中文: the default language. Every string a page shows comes from here or en.ts. */
export const zhCN = {
  app: {
    name: '知融',
    tagline: '知识产权质押融资服务平台',
    signOut: '退出登录',
    language: 'English',
  },
  signIn: {
    title: '登录',
    email: '电子邮箱',
    password: '密码',
    submit: '登录',
    emailRequired: '请输入电子邮箱',
    passwordRequired: '请输入密码',
    failed: '登录失败：{{message}}',
    expired: '登录已过期，请重新登录',
    demo: '演示账号：firm@zhirong.test、bank@zhirong.test、office@zhirong.test 等，密码见 README',
  },
  nav: { home: '工作台' },
  home: {
    welcome: '您好，{{name}}',
    organization: '所属机构：{{name}}',
    roles: '角色：{{roles}}',
  },
  common: {
    actions: '操作',
    save: '保存',
    cancel: '取消',
    confirm: '确定',
    create: '新建',
    edit: '编辑',
    delete: '删除',
    search: '搜索',
    reset: '重置',
    back: '返回',
    saved: '已保存',
    loading: '加载中…',
    empty: '暂无数据',
    none: '暂无',
    yes: '是',
    no: '否',
    reason: '原因',
  },
  money: {
    invalid: '请输入以元为单位、最多两位小数的金额',
    negative: '金额不能为负',
    yuan: '元',
  },
  pager: { total: '共 {{count}} 条', first: '首页', next: '下一页' },
  errors: { load: '加载失败：{{message}}', retry: '重试' },
};

export type Messages = typeof zhCN;
