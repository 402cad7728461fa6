import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Segmented, Space, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { UNREAD_NOTIFICATIONS } from '../app/queries';
import { CursorPager } from '../shared/CursorPager';
import { useListParams } from '../shared/list-params';
import { NoticeList } from './NoticeList';
import { INBOX, MARK_READ, Notice } from './queries';

/** 消息: the signed-in user's notices, newest first; the unread filter and the page live in the URL. */
export default function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useListParams();
  const unreadOnly = list.get('show') === 'unread';
  const { data, previousData, loading, error, refetch } = useQuery(INBOX, { variables: { after: list.after, unreadOnly }, fetchPolicy: 'cache-and-network' });
  // The bell in the header counts too: it is asked again with the list.
  const [markRead, marking] = useMutation(MARK_READ, { refetchQueries: [UNREAD_NOTIFICATIONS] });
  // The previous page stays on screen while the next one (or the other filter) loads.
  const page = (data ?? previousData)?.notifications;

  async function mark(input: { ids?: string[]; all?: boolean }): Promise<number> {
    const res = await markRead({ variables: { input } });
    await refetch();
    return res.data?.markNotificationsRead ?? 0;
  }
  async function open(n: Notice) {
    if (!n.readAt) await mark({ ids: [n.id] }).catch(() => undefined);
    if (n.link) navigate(n.link);
  }

  return (
    <Card
      title={t('inbox.page.title')}
      extra={
        <Space>
          {page && <Typography.Text type="secondary">{t('inbox.page.unreadCount', { count: page.unreadCount })}</Typography.Text>}
          <Button
            disabled={!page?.unreadCount}
            loading={marking.loading}
            onClick={() => void mark({ all: true }).then((count) => message.success(t('inbox.page.markedAll', { count })))}
            data-testid="mark-all-read"
          >
            {t('inbox.page.markAllRead')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('inbox.page.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 16 }}>
        <span>{t('inbox.page.show')}</span>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => list.set({ show: v === 'unread' ? 'unread' : undefined })}
          options={[
            { value: 'all', label: t('inbox.page.all') },
            { value: 'unread', label: t('inbox.page.unread') },
          ]}
          data-testid="unread-filter"
        />
      </Space>
      <NoticeList
        notices={page?.edges.map((e) => e.node) ?? []}
        loading={loading && !page}
        emptyText={unreadOnly ? t('inbox.page.emptyUnread') : t('inbox.page.empty')}
        onMarkRead={(n) => void mark({ ids: [n.id] })}
        onOpen={(n) => void open(n)}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
    </Card>
  );
}
