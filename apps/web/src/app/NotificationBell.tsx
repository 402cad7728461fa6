import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { UNREAD_NOTIFICATIONS } from './queries';

/** How often the bell asks for the unread count: a reminder shows within half a minute. */
export const BELL_POLL_MS = 30_000;

/** The header's bell: unread notices, polled; opens the inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useQuery(UNREAD_NOTIFICATIONS, { pollInterval: BELL_POLL_MS, fetchPolicy: 'cache-and-network' });
  const count = data?.notifications.unreadCount ?? 0;
  return (
    <Badge count={count} size="small" overflowCount={99}>
      <Button
        size="small"
        type="text"
        icon={<BellOutlined style={{ color: '#fff', fontSize: 16 }} />}
        aria-label={t('inbox.nav.inbox') + (count ? ` (${count})` : '')}
        onClick={() => navigate('/inbox')}
        data-testid="notification-bell"
      />
    </Badge>
  );
}
