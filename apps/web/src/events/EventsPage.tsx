import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ME } from '../app/queries';
import type { EventStatus, EventType } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { StatusFilter } from '../shared/StatusFilter';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { EVENT_STATUSES, EVENT_TYPES, isOrganiser, statusColour } from './event-values';
import { EventRow, MATCHMAKING_EVENTS } from './queries';

/** 对接活动: the events a user may see; filters (status, type, upcoming, mine) and page in the URL. */
export default function EventsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const me = useQuery(ME);
  const organiser = isOrganiser(me.data?.me.roles ?? []);
  const statuses = list.getAll('status') as EventStatus[];
  const { data, loading, error } = useQuery(MATCHMAKING_EVENTS, {
    variables: {
      after: list.after,
      filter: {
        statuses: statuses.length ? statuses : undefined,
        type: list.get('type') as EventType | undefined,
        upcoming: list.get('upcoming') === 'true' || undefined,
        mine: list.get('mine') === 'true' || undefined,
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.matchmakingEvents;
  const places = (taken: number, capacity: number, waitlisted: number) => (
    <span>
      {t('events.list.taken', { taken, capacity })}
      {waitlisted > 0 && <Tag style={{ marginLeft: 8 }}>{t('events.list.waitlisted', { count: waitlisted })}</Tag>}
    </span>
  );

  return (
    <Card
      title={t('events.list.title')}
      extra={
        organiser && (
          <Link to="/events/new">
            <Button type="primary" data-testid="event-create">
              {t('events.list.create')}
            </Button>
          </Link>
        )
      }
    >
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <StatusFilter
          enumName="EventStatus"
          values={EVENT_STATUSES}
          value={statuses}
          onChange={(v) => list.set({ status: v })}
          label={t('events.list.status')}
          testId="events-filter-status"
          minWidth={220}
        />
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('events.list.type')}
          aria-label={t('events.list.type')}
          value={list.get('type')}
          onChange={(v?: string) => list.set({ type: v })}
          options={EVENT_TYPES.map((s) => ({ value: s, label: label('EventType', s) }))}
        />
        <Checkbox checked={list.get('upcoming') === 'true'} onChange={(e) => list.set({ upcoming: e.target.checked ? 'true' : undefined })}>
          {t('events.list.upcoming')}
        </Checkbox>
        <Checkbox checked={list.get('mine') === 'true'} onChange={(e) => list.set({ mine: e.target.checked ? 'true' : undefined })} data-testid="events-filter-mine">
          {t('events.list.mine')}
        </Checkbox>
      </Space>
      <Table<EventRow>
        rowKey="id"
        loading={loading && !data}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('events.list.empty') }}
        onRow={(e) => ({ 'data-testid': 'event-row', 'data-title': e.title }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('events.list.event'), key: 'title', render: (_, e) => <Link to={`/events/${e.id}`}>{e.title}</Link> },
          { title: t('events.list.type'), key: 'type', render: (_, e) => label('EventType', e.type) },
          { title: t('events.list.status'), key: 'status', render: (_, e) => <Tag color={statusColour(e.status)}>{label('EventStatus', e.status)}</Tag> },
          { title: t('events.list.time'), key: 'time', render: (_, e) => formatDateTime(e.startsAt, i18n.language) },
          { title: t('events.list.place'), key: 'place', render: (_, e) => e.venue ?? t('events.list.online') },
          { title: t('events.list.organizer'), dataIndex: 'organizerName' },
          { title: t('events.list.firms'), key: 'firms', render: (_, e) => places(e.places.firmsRegistered, e.firmCapacity, e.places.firmsWaitlisted) },
          { title: t('events.list.banks'), key: 'banks', render: (_, e) => places(e.places.banksRegistered, e.bankCapacity, e.places.banksWaitlisted) },
        ]}
      />
      {connection && (
        <CursorPager total={connection.totalCount} endCursor={connection.pageInfo.endCursor ?? null} hasNextPage={connection.pageInfo.hasNextPage} onPage={list.setAfter} />
      )}
    </Card>
  );
}
