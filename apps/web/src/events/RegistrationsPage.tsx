import { useQuery } from '@apollo/client/react';
import { Alert, Card, Space, Table, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ParticipantRole } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { EVENT_REGISTRATIONS } from './queries';

/** 报名名单: an event's firms and banks (tab in the URL), with status and waitlist order. */
export default function RegistrationsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const role: ParticipantRole = list.get('role') === 'BANK' ? 'BANK' : 'FIRM';
  const { data, loading, error } = useQuery(EVENT_REGISTRATIONS, { variables: { id, role, after: list.after }, fetchPolicy: 'cache-and-network' });
  const event = data?.matchmakingEvent;
  const connection = event?.registrations;
  type Row = NonNullable<typeof connection>['edges'][number]['node'];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to={`/events/${id}`}>{t('common.back')}</Link>
      <Card title={t('events.registrations.title', { title: event?.title ?? '' })}>
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        <Tabs
          activeKey={role}
          onChange={(k) => list.set({ role: k === 'BANK' ? 'BANK' : undefined })}
          items={[
            { key: 'FIRM', label: t('events.registrations.firms') },
            { key: 'BANK', label: t('events.registrations.banks') },
          ]}
        />
        <Table<Row>
          rowKey="id"
          loading={loading && !data}
          pagination={false}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          onRow={(r) => ({ 'data-testid': 'registration-row', 'data-name': r.displayName, 'data-status': r.status }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('events.registrations.name'), dataIndex: 'displayName' },
            {
              title: t('events.registrations.status'),
              key: 'status',
              render: (_, r) => <Tag color={r.status === 'REGISTERED' ? 'green' : r.status === 'WAITLISTED' ? 'orange' : undefined}>{label('RegistrationStatus', r.status)}</Tag>,
            },
            { title: t('events.registrations.waitlist'), key: 'waitlist', render: (_, r) => r.waitlistPosition ?? '—' },
            ...(role === 'BANK' ? [{ title: t('events.registrations.representatives'), dataIndex: 'representatives' }] : []),
            { title: t('events.registrations.createdAt'), key: 'createdAt', render: (_, r) => formatDateTime(r.createdAt, i18n.language) },
          ]}
        />
        {connection && (
          <CursorPager total={connection.totalCount} endCursor={connection.pageInfo.endCursor ?? null} hasNextPage={connection.pageInfo.hasNextPage} onPage={list.setAfter} />
        )}
      </Card>
    </Space>
  );
}
