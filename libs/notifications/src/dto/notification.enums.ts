import { registerEnumType } from '@nestjs/graphql';
import { DeliveryChannel, DeliveryStatus } from '../entities/notification.entity';
import { NotificationKind } from '../notification.types';

// A Record, so a new kind does not compile without its label (the schema lint wants one per value).
const KIND_LABELS: Record<NotificationKind, string> = {
  [NotificationKind.EVENT_INVITATION]: 'Event invitation (活动邀请)',
  [NotificationKind.EVENT_REGISTRATION_CONFIRMED]: 'Registration confirmed (报名成功)',
  [NotificationKind.EVENT_WAITLISTED]: 'On the waiting list (候补排队)',
  [NotificationKind.EVENT_WAITLIST_PROMOTED]: 'Moved up from the waiting list (候补转正)',
  [NotificationKind.EVENT_REGISTRATION_CANCELLED]: 'Registration cancelled (报名已取消)',
  [NotificationKind.EVENT_SCHEDULE]: 'Meeting schedule (洽谈日程)',
  [NotificationKind.MEETING_CHANGED]: 'Meeting changed (洽谈变更)',
  [NotificationKind.MEETING_CANCELLED]: 'Meeting cancelled (洽谈取消)',
  [NotificationKind.MEETING_REMINDER]: 'Meeting reminder (洽谈提醒)',
  [NotificationKind.EVENT_CHANGED]: 'Event changed (活动变更)',
  [NotificationKind.EVENT_CANCELLED]: 'Event cancelled (活动取消)',
  [NotificationKind.EVENT_SURVEY]: 'Satisfaction survey (满意度调查)',
  [NotificationKind.PLEDGE_REGISTRATION_DUE_SOON]: 'Pledge registration due soon (质押登记即将到期)',
  [NotificationKind.PLEDGE_REGISTRATION_BREACHED]: 'Pledge registration overdue (质押登记超时)',
  [NotificationKind.PLEDGE_REGISTRATION_RETURNED]: 'Pledge registration returned (质押登记退回)',
  [NotificationKind.PLEDGE_REGISTERED]: 'Pledge registered (质押登记完成)',
  [NotificationKind.PLEDGED_ASSET_STATUS_CHANGED]: 'Pledged asset’s legal status changed (质物法律状态变更)',
};

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: '消息类型 — what a notice is about',
  valuesMap: Object.fromEntries(Object.entries(KIND_LABELS).map(([kind, description]) => [kind, { description }])),
});

registerEnumType(DeliveryChannel, {
  name: 'NotificationChannel',
  description: '发送渠道 — how a notice travels besides the in-app inbox',
  valuesMap: { EMAIL: { description: 'E-mail (电子邮件)' } },
});

registerEnumType(DeliveryStatus, {
  name: 'NotificationDeliveryStatus',
  description: '发送状态 — how sending a notice on a channel went',
  valuesMap: {
    PENDING: { description: 'Pending (待发送). Waits for its job, or for a retry after an error' },
    SENT: { description: 'Sent (已发送). The mail server accepted it' },
    FAILED: { description: 'Failed (发送失败). Every attempt failed; lastError says why' },
    SKIPPED: { description: 'Skipped (未发送). No mail server is configured (SMTP_URL)' },
  },
});
