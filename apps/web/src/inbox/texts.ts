// The inbox's page texts; pages.ts adds them when the journey's chunk loads.
const zh = {
  page: {
    title: '消息',
    intro: '平台发给您的通知：活动邀请、报名结果、洽谈日程与提醒等。带日程的通知同时以邮件发送，附日历文件。',
    show: '显示',
    all: '全部',
    unread: '未读',
    unreadCount: '{{count}} 条未读',
    markAllRead: '全部标为已读',
    markedAll: '已将 {{count}} 条标为已读',
    empty: '暂无消息',
    emptyUnread: '没有未读消息',
  },
  notice: {
    unread: '未读',
    markRead: '标为已读',
    open: '查看',
    mailStatus: {
      PENDING: '邮件待发送',
      SENT: '邮件已发送',
      FAILED: '邮件发送失败',
      SKIPPED: '未发送邮件',
    },
  },
};

const en: typeof zh = {
  page: {
    title: 'Messages',
    intro: 'Notices the platform sends you: event invitations, registration results, meeting schedules and reminders. Notices with a schedule also go out by e-mail, with calendar files.',
    show: 'Show',
    all: 'All',
    unread: 'Unread',
    unreadCount: '{{count}} unread',
    markAllRead: 'Mark all read',
    markedAll: 'Marked {{count}} read',
    empty: 'No messages yet',
    emptyUnread: 'No unread messages',
  },
  notice: {
    unread: 'Unread',
    markRead: 'Mark read',
    open: 'Open',
    mailStatus: {
      PENDING: 'E-mail pending',
      SENT: 'E-mail sent',
      FAILED: 'E-mail failed',
      SKIPPED: 'No e-mail sent',
    },
  },
};

export const inboxTexts = { 'zh-CN': { inbox: zh }, en: { inbox: en } };
