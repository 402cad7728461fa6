import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Skeleton, Space, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EventForm, type AreaOption } from './EventForm';
import { eventInput, eventValues, NEW_EVENT } from './event-form-values';
import { CREATE_EVENT, EVENT_PAGE, INVITATION_OPTIONS, MATCHMAKING_EVENTS, REGIONS_UNDER, UPDATE_EVENT } from './queries';

/** Create an event (/events/new) or edit one (/events/:id/edit, with the version read). */
export default function EventEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const event = useQuery(EVENT_PAGE, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const options = useQuery(INVITATION_OPTIONS);
  const [create] = useMutation(CREATE_EVENT, { refetchQueries: [MATCHMAKING_EVENTS] });
  const [update] = useMutation(UPDATE_EVENT);
  const detail = event.data?.matchmakingEvent;
  const error = event.error ?? options.error;
  const ready = options.data && (!id || detail);
  const loadChildren = async (parentId: string): Promise<AreaOption[]> => (await client.query({ query: REGIONS_UNDER, variables: { parentId } })).data?.regions ?? [];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to={id ? `/events/${id}` : '/events'}>{t('common.back')}</Link>
      <Card title={id ? t('events.form.editTitle') : t('events.form.createTitle')} style={{ maxWidth: 1100 }}>
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        {!ready ? (
          !error && <Skeleton active />
        ) : (
          <EventForm
            initial={detail ? eventValues(detail) : NEW_EVENT}
            areas={options.data!.regions}
            loadChildren={loadChildren}
            batches={options
              .data!.whitelistBatches.edges.filter((e) => e.node.status !== 'DRAFT')
              .map((e) => ({ value: e.node.id, label: t('events.form.batchOption', { region: e.node.regionName, version: e.node.version }) }))}
            submit={async (values) => {
              const input = eventInput(values);
              let target = id;
              if (id && detail) await update({ variables: { input: { ...input, eventId: id, version: detail.version } } });
              else target = (await create({ variables: { input } })).data!.createMatchmakingEvent.id;
              void message.success(t('events.form.saved'));
              void navigate(`/events/${target}`);
            }}
          />
        )}
      </Card>
    </Space>
  );
}
