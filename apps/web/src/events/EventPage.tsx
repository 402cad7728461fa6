import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ME } from '../app/queries';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime } from '../shared/format';
import { OrganiserActions } from './EventActions';
import { RegisterPanel } from './RegisterPanel';
import { formatTime, statusColour } from './event-values';
import { EVENT_PAGE } from './queries';

/** 活动详情: the plan, places and status; the organiser's actions or the participant's registration. */
export default function EventPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const me = useQuery(ME);
  const { data, loading, error, refetch } = useQuery(EVENT_PAGE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.matchmakingEvent;
  const roles = me.data?.me.roles ?? [];
  const side = roles.includes('ENTERPRISE_USER') ? 'FIRM' : roles.includes('BANK_OFFICER') ? 'BANK' : undefined;
  const time = (iso: string) => formatDateTime(iso, i18n.language);

  if (error) return <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/events">{t('events.event.back')}</Link>
      <Card title={event?.title ?? t('common.loading')} loading={loading && !event}>
        {event && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('events.event.status')}>
                <Tag color={statusColour(event.status)} data-testid="event-status" data-status={event.status}>
                  {label('EventStatus', event.status)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('events.event.type')}>{label('EventType', event.type)}</Descriptions.Item>
              <Descriptions.Item label={t('events.event.visibility')}>{label('EventVisibility', event.visibility)}</Descriptions.Item>
              <Descriptions.Item label={t('events.event.time')}>
                {time(event.startsAt)} – {time(event.endsAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('events.event.place')}>
                {event.venue}
                {event.onlineUrl && (
                  <Typography.Link href={event.onlineUrl} target="_blank" rel="noreferrer" style={{ marginLeft: 8 }}>
                    {event.onlineUrl}
                  </Typography.Link>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('events.event.deadline')}>{time(event.registrationDeadline)}</Descriptions.Item>
              <Descriptions.Item label={t('events.event.organizer')}>{event.organizerName}</Descriptions.Item>
              <Descriptions.Item label={t('events.event.region')}>{event.regionName}</Descriptions.Item>
              <Descriptions.Item label={t('events.event.tables')}>{event.tableCount}</Descriptions.Item>
              <Descriptions.Item label={t('events.event.firms')}>
                <span data-testid="event-firm-places">{t('events.list.taken', { taken: event.places.firmsRegistered, capacity: event.firmCapacity })}</span>
                {event.places.firmsWaitlisted > 0 && <Tag style={{ marginLeft: 8 }}>{t('events.list.waitlisted', { count: event.places.firmsWaitlisted })}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('events.event.banks')}>
                <span data-testid="event-bank-places">{t('events.list.taken', { taken: event.places.banksRegistered, capacity: event.bankCapacity })}</span>
                {event.places.banksWaitlisted > 0 && <Tag style={{ marginLeft: 8 }}>{t('events.list.waitlisted', { count: event.places.banksWaitlisted })}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('events.event.maxRepresentatives')}>{event.maxRepresentatives}</Descriptions.Item>
              {event.cancelReason && <Descriptions.Item label={t('events.event.cancelReason')}>{event.cancelReason}</Descriptions.Item>}
            </Descriptions>
            {event.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{event.description}</Typography.Paragraph>}
            {event.canManage && <OrganiserActions event={event} onDone={refetch} />}
            {side && !event.canManage && <RegisterPanel event={event} side={side} bankId={me.data?.me.organization.id} onDone={refetch} />}
          </Space>
        )}
      </Card>
      {event && event.slots.length > 0 && (
        <Card size="small" title={t('events.event.slots')}>
          <List
            size="small"
            dataSource={event.slots}
            renderItem={(s) => (
              <List.Item>
                {t('events.form.slot', { n: s.index + 1 })}：{time(s.startsAt)} – {formatTime(s.endsAt, i18n.language)}
              </List.Item>
            )}
          />
        </Card>
      )}
    </Space>
  );
}
