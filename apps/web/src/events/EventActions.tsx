import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Popconfirm, Space, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../shared/errors';
import { CANCEL_EVENT, CLOSE_REGISTRATION, EventDetail, FINALIZE_REPORT, MARK_HELD, PUBLISH_EVENT } from './queries';

const OPEN = ['DRAFT', 'PUBLISHED', 'REGISTRATION_CLOSED', 'SCHEDULED'];

/** The organiser's buttons of an event, each confirmed; which ones show follows the event's status. */
export function OrganiserActions({ event, onDone }: { event: EventDetail; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const [cancelling, setCancelling] = useState(false);
  const [publish] = useMutation(PUBLISH_EVENT);
  const [close] = useMutation(CLOSE_REGISTRATION);
  const [cancel] = useMutation(CANCEL_EVENT);
  const [markHeld] = useMutation(MARK_HELD);
  const [finalize] = useMutation(FINALIZE_REPORT);
  const eventId = event.id;
  const run = async (action: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await action();
      void message.success(t('events.event.done'));
      await onDone();
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const confirmed = (key: string, testId: string, action: () => Promise<unknown>, primary = false) => (
    <Popconfirm
      title={t(`events.event.${key}Confirm`)}
      onConfirm={() => void run(action)}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': `${testId}-confirm` } as React.ComponentProps<typeof Button>}
    >
      <Button type={primary ? 'primary' : 'default'} data-testid={testId}>
        {t(`events.event.${key}`)}
      </Button>
    </Popconfirm>
  );
  const s = event.status;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {problem && <Alert type="error" showIcon title={problem} data-testid="event-problem" />}
      <Space wrap>
        {OPEN.includes(s) && <Link to={`/events/${eventId}/edit`}>{t('events.event.edit')}</Link>}
        {s !== 'DRAFT' && <Link to={`/events/${eventId}/registrations`}>{t('events.event.registrations')}</Link>}
        {['REGISTRATION_CLOSED', 'SCHEDULED'].includes(s) && (
          <Link to={`/events/${eventId}/schedule`} data-testid="event-schedule-link">
            {t('events.event.schedule')}
          </Link>
        )}
        {['SCHEDULED', 'HELD', 'REPORTED'].includes(s) && <Link to={`/events/${eventId}/meetings`}>{t('events.event.meetings')}</Link>}
        {['HELD', 'REPORTED'].includes(s) && (
          <Link to={`/events/${eventId}/report`} data-testid="event-report-link">
            {t('events.event.report')}
          </Link>
        )}
      </Space>
      <Space wrap>
        {s === 'DRAFT' && confirmed('publish', 'event-publish', () => publish({ variables: { eventId } }), true)}
        {s === 'PUBLISHED' && confirmed('close', 'event-close', () => close({ variables: { eventId } }))}
        {['REGISTRATION_CLOSED', 'SCHEDULED'].includes(s) && confirmed('markHeld', 'event-mark-held', () => markHeld({ variables: { eventId } }))}
        {s === 'HELD' && confirmed('finalize', 'event-finalize', () => finalize({ variables: { eventId } }))}
        {OPEN.includes(s) && (
          <Button danger onClick={() => setCancelling(true)} data-testid="event-cancel">
            {t('events.event.cancel')}
          </Button>
        )}
      </Space>
      <Modal open={cancelling} title={t('events.event.cancelTitle')} footer={null} onCancel={() => setCancelling(false)} destroyOnHidden>
        <Form
          layout="vertical"
          onFinish={({ reason }: { reason: string }) =>
            void run(async () => {
              await cancel({ variables: { eventId, reason: reason.trim() } });
              setCancelling(false);
            })
          }
        >
          <Form.Item name="reason" label={t('events.event.cancelReasonLabel')} rules={[{ required: true, whitespace: true, max: 500 }]}>
            <Input.TextArea rows={3} data-testid="event-cancel-reason" />
          </Form.Item>
          <Button danger htmlType="submit" data-testid="event-cancel-submit">
            {t('events.event.cancel')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
