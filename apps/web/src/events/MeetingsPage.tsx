import { useQuery } from '@apollo/client/react';
import { Alert, Card, Checkbox, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ME } from '../app/queries';
import { CursorPager } from '../shared/CursorPager';
import { useListParams } from '../shared/list-params';
import { MeetingsTable, type MeetingViewer } from './MeetingsTable';
import { EVENT_MEETINGS, MY_MEETINGS } from './queries';

function useViewer(): MeetingViewer {
  const me = useQuery(ME);
  const roles = me.data?.me.roles ?? [];
  return roles.includes('ENTERPRISE_USER') ? 'FIRM' : roles.includes('BANK_OFFICER') ? 'BANK' : 'ORGANISER';
}

/** 我的洽谈: a firm's or bank's meetings at every event (only upcoming ones when asked, in the URL). */
export function MyMeetingsPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const viewer = useViewer();
  const upcoming = list.get('upcoming') === 'true';
  const { data, loading, error, refetch } = useQuery(MY_MEETINGS, { variables: { after: list.after, upcoming: upcoming || undefined }, fetchPolicy: 'cache-and-network' });
  const connection = data?.myMeetings;
  return (
    <Card title={t('events.meetings.title')}>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Space style={{ marginBottom: 16 }}>
        <Checkbox checked={upcoming} onChange={(e) => list.set({ upcoming: e.target.checked ? 'true' : undefined })}>
          {t('events.meetings.upcoming')}
        </Checkbox>
      </Space>
      <MeetingsTable meetings={connection?.edges.map((e) => e.node) ?? []} viewer={viewer} loading={loading && !data} showEvent onChange={refetch} />
      {connection && (
        <CursorPager total={connection.totalCount} endCursor={connection.pageInfo.endCursor ?? null} hasNextPage={connection.pageInfo.hasNextPage} onPage={list.setAfter} />
      )}
    </Card>
  );
}

/** 洽谈安排: one event's meetings — all of them for its organiser, one's own for a participant. */
export function EventMeetingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(EVENT_MEETINGS, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.matchmakingEvent;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to={`/events/${id}`}>{t('common.back')}</Link>
      <Card title={t('events.meetings.eventTitle', { title: event?.title ?? '' })}>
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        <MeetingsTable meetings={event?.meetings ?? []} viewer={event?.canManage ? 'ORGANISER' : viewer} loading={loading && !data} onChange={refetch} />
      </Card>
    </Space>
  );
}
