import { Badge, Button, Empty, Flex, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime } from '../shared/format';
import type { Notice } from './queries';

const MAIL_COLOR: Record<string, string> = { PENDING: 'processing', SENT: 'success', FAILED: 'error', SKIPPED: 'default' };

/**
 * The notices of one inbox page, in the reader's language (Chinese unless English is chosen):
 * an unread one is marked and can be marked read; one with a link opens its page (which also
 * marks it read).
 */
export function NoticeList({ notices, loading, emptyText, onMarkRead, onOpen }: { notices: readonly Notice[]; loading?: boolean; emptyText: string; onMarkRead: (n: Notice) => void; onOpen: (n: Notice) => void }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const english = i18n.language === 'en';
  if (loading) return <Spin />;
  if (!notices.length) return <Empty description={emptyText} />;
  return (
    <Flex vertical role="list">
      {notices.map((n) => {
        const unread = !n.readAt;
        const mail = n.deliveries.find((d) => d.channel === 'EMAIL');
        return (
          <Flex key={n.id} role="listitem" gap={12} align="start" justify="space-between" style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }} data-testid={`notice-${n.id}`}>
            <Flex gap={12} align="start" style={{ minWidth: 0 }}>
              <Badge dot={unread} style={{ marginTop: 8 }} />
              <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
                <Space wrap>
                  <Typography.Text strong={unread}>{english ? n.title.en : n.title.zh}</Typography.Text>
                  <Tag>{label('NotificationKind', n.kind)}</Tag>
                  {unread && <Tag color="red">{t('inbox.notice.unread')}</Tag>}
                </Space>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{english ? n.body.en : n.body.zh}</Typography.Text>
                <Space size="small" wrap>
                  <Typography.Text type="secondary">{formatDateTime(n.createdAt, i18n.language)}</Typography.Text>
                  {mail && <Tag color={MAIL_COLOR[mail.status]}>{t(`inbox.notice.mailStatus.${mail.status}`)}</Tag>}
                </Space>
              </Space>
            </Flex>
            <Space>
              {unread && (
                <Button size="small" onClick={() => onMarkRead(n)} data-testid={`mark-read-${n.id}`}>
                  {t('inbox.notice.markRead')}
                </Button>
              )}
              {n.link && (
                <Button size="small" type="link" onClick={() => onOpen(n)} data-testid={`open-${n.id}`}>
                  {t('inbox.notice.open')}
                </Button>
              )}
            </Space>
          </Flex>
        );
      })}
    </Flex>
  );
}
