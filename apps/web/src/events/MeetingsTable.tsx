import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Radio, Select, Space, Table, Tag, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFieldsFragment, MeetingIntent } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { errorText, showOnFields } from '../shared/errors';
import { formatDateTime, formatMoney } from '../shared/format';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { yuanToFen } from '../shared/money';
import { formatTime, MEETING_INTENTS } from './event-values';
import { RECORD_OUTCOME, RESPOND_TO_MEETING } from './queries';

/** Whose meetings a table shows: a firm's, a bank's, or all of an event's (its organiser). */
export type MeetingViewer = 'FIRM' | 'BANK' | 'ORGANISER';

interface OutcomeValues {
  held: boolean;
  intent?: MeetingIntent;
  offeredAmount?: string;
  note?: string;
}

const ANSWERABLE = ['PROPOSED', 'ACCEPTED'];

/**
 * Meetings with time, table, counterpart, product and status; the firm and the bank each
 * accept or decline their side, and the bank or the organiser records the outcome once the
 * meeting has started (the API decides when that is, on the platform's clock).
 */
export function MeetingsTable({
  meetings,
  viewer,
  loading,
  showEvent,
  onChange,
}: {
  meetings: MeetingFieldsFragment[];
  viewer: MeetingViewer;
  loading?: boolean;
  showEvent?: boolean;
  onChange: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [respond] = useMutation(RESPOND_TO_MEETING);
  const [record] = useMutation(RECORD_OUTCOME);
  const [declining, setDeclining] = useState<MeetingFieldsFragment>();
  const [recording, setRecording] = useState<MeetingFieldsFragment>();
  const [problem, setProblem] = useState<string>();
  const [outcomeForm] = Form.useForm<OutcomeValues>();
  const held = Form.useWatch('held', outcomeForm);
  const intent = Form.useWatch('intent', outcomeForm);

  const fail = (e: unknown) => setProblem(errorText(e));
  const answer = async (meeting: MeetingFieldsFragment, accept: boolean, reason?: string) => {
    setProblem(undefined);
    try {
      await respond({ variables: { meetingId: meeting.id, accept, reason } });
      void message.success(t(accept ? 'events.meetings.accepted' : 'events.meetings.declined'));
      setDeclining(undefined);
      await onChange();
    } catch (e) {
      fail(e);
    }
  };
  const saveOutcome = async (v: OutcomeValues) => {
    try {
      const amount = v.held && v.intent === 'CREDIT_LINE_OFFERED' && v.offeredAmount ? yuanToFen(v.offeredAmount) : null;
      await record({
        variables: {
          input: {
            meetingId: recording!.id,
            held: v.held,
            intent: v.held ? v.intent : undefined,
            offeredAmount: amount ? { amountFen: amount } : undefined,
            note: v.note?.trim() || undefined,
          },
        },
      });
      void message.success(t('events.meetings.recorded'));
      setRecording(undefined);
      await onChange();
    } catch (e) {
      const rest = showOnFields(outcomeForm, e);
      if (rest.length) setProblem(rest.map((x) => x.message).join('; '));
    }
  };
  const mySide = (m: MeetingFieldsFragment) => (viewer === 'FIRM' ? m.firmResponse : viewer === 'BANK' ? m.bankResponse : undefined);

  return (
    <>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} closable onClose={() => setProblem(undefined)} data-testid="meetings-problem" />}
      <Table<MeetingFieldsFragment>
        rowKey="id"
        loading={loading}
        dataSource={meetings}
        pagination={false}
        locale={{ emptyText: t('events.meetings.empty') }}
        onRow={(m) =>
          ({
            'data-testid': 'meeting-row',
            'data-event': m.eventId,
            'data-firm': m.firmName,
            'data-bank': m.bankName,
            'data-status': m.status,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          ...(showEvent ? [{ title: t('events.meetings.event'), key: 'event', render: (_: unknown, m: MeetingFieldsFragment) => m.eventTitle }] : []),
          { title: t('events.meetings.time'), key: 'time', render: (_, m) => `${formatDateTime(m.startsAt, i18n.language)}–${formatTime(m.endsAt, i18n.language)}` },
          { title: t('events.meetings.table'), key: 'table', render: (_, m) => t('events.meetings.tableN', { n: m.tableIndex + 1 }) },
          viewer === 'ORGANISER'
            ? { title: t('events.meetings.counterpart'), key: 'who', render: (_, m) => `${m.firmName} × ${m.bankName}` }
            : { title: t('events.meetings.counterpart'), key: 'who', render: (_, m) => (viewer === 'FIRM' ? m.bankName : m.firmName) },
          { title: t('events.meetings.product'), key: 'product', render: (_, m) => m.productName ?? '—' },
          {
            title: t('events.meetings.status'),
            key: 'status',
            render: (_, m) => (
              <Space orientation="vertical" size={2}>
                <Tag data-testid="meeting-status">{label('MeetingStatus', m.status)}</Tag>
                <small>
                  {t('events.meetings.firm')}：{label('MeetingResponse', m.firmResponse)} · {t('events.meetings.bank')}：{label('MeetingResponse', m.bankResponse)}
                </small>
                {m.declineReason && <small>{m.declineReason}</small>}
                {m.intent && <small>{label('MeetingIntent', m.intent)}</small>}
                {m.offeredAmount && <small data-testid="meeting-offered">{t('events.meetings.offered', { amount: formatMoney(m.offeredAmount.amountFen, i18n.language) })}</small>}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, m) => (
              <Space wrap>
                {ANSWERABLE.includes(m.status) && mySide(m) === 'PENDING' && (
                  <>
                    <Button size="small" type="primary" onClick={() => void answer(m, true)} data-testid="meeting-accept">
                      {t('events.meetings.accept')}
                    </Button>
                    <Button size="small" onClick={() => setDeclining(m)} data-testid="meeting-decline">
                      {t('events.meetings.decline')}
                    </Button>
                  </>
                )}
                {viewer !== 'FIRM' && ['PROPOSED', 'ACCEPTED', 'HELD', 'NO_SHOW'].includes(m.status) && (
                  <Button
                    size="small"
                    onClick={() => {
                      setProblem(undefined);
                      outcomeForm.setFieldsValue({ held: m.status !== 'NO_SHOW', intent: m.intent ?? undefined, offeredAmount: undefined, note: m.outcomeNote ?? undefined });
                      setRecording(m);
                    }}
                    data-testid="meeting-outcome"
                  >
                    {t('events.meetings.outcome')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={!!declining} title={t('events.meetings.declineTitle')} footer={null} onCancel={() => setDeclining(undefined)} destroyOnHidden>
        <Form layout="vertical" onFinish={({ reason }: { reason?: string }) => void answer(declining!, false, reason?.trim() || undefined)}>
          <Form.Item name="reason" label={t('events.meetings.declineReason')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={3} data-testid="meeting-decline-reason" />
          </Form.Item>
          <Button htmlType="submit" danger data-testid="meeting-decline-submit">
            {t('events.meetings.decline')}
          </Button>
        </Form>
      </Modal>
      <Modal open={!!recording} title={t('events.meetings.outcomeTitle')} footer={null} onCancel={() => setRecording(undefined)} forceRender>
        <Form<OutcomeValues> form={outcomeForm} layout="vertical" onFinish={(v) => void saveOutcome(v)} initialValues={{ held: true }}>
          <Form.Item name="held" label={t('events.meetings.held')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: true, label: t('events.meetings.heldYes') },
                { value: false, label: t('events.meetings.heldNo') },
              ]}
              data-testid="outcome-held"
            />
          </Form.Item>
          {held !== false && (
            <Form.Item name="intent" label={t('events.meetings.intent')}>
              <Select allowClear options={MEETING_INTENTS.map((v) => ({ value: v, label: label('MeetingIntent', v) }))} data-testid="outcome-intent" />
            </Form.Item>
          )}
          {held !== false && intent === 'CREDIT_LINE_OFFERED' && (
            <Form.Item name="offeredAmount" label={t('events.meetings.offeredAmount')} rules={[{ required: true, message: t('money.invalid') }, moneyRule(t)]}>
              <MoneyInput data-testid="outcome-amount" />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('events.meetings.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="outcome-submit">
            {t('common.save')}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
