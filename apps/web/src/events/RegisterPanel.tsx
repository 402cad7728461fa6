import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, InputNumber, Popconfirm, Select, Space, Tag, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../shared/enums';
import { errorText, showOnFields } from '../shared/errors';
import { formatMoney } from '../shared/format';
import { CANCEL_REGISTRATION, EventDetail, MY_ACTIVE_PRODUCTS, MY_OPEN_NEEDS, REGISTER } from './queries';

interface RegisterValues {
  needId?: string;
  productIds?: string[];
  representatives?: number;
}

/**
 * A firm's or bank's part of an event: its registration (with its waitlist place) and cancelling
 * it, or registering — a firm with one of its open needs, a bank with its active products and
 * how many representatives come.
 */
export function RegisterPanel({ event, side, bankId, onDone }: { event: EventDetail; side: 'FIRM' | 'BANK'; bankId?: string; onDone: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<RegisterValues>();
  const [problem, setProblem] = useState<string>();
  const needs = useQuery(MY_OPEN_NEEDS, { skip: side !== 'FIRM' });
  const products = useQuery(MY_ACTIVE_PRODUCTS, { variables: { bankId }, skip: side !== 'BANK' || !bankId });
  const [register, registering] = useMutation(REGISTER);
  const [cancel] = useMutation(CANCEL_REGISTRATION);
  const mine = event.myRegistration;
  const active = mine && mine.status !== 'CANCELLED';
  const open = event.status === 'PUBLISHED';

  const submit = async (values: RegisterValues) => {
    setProblem(undefined);
    try {
      const input = side === 'FIRM' ? { eventId: event.id, needId: values.needId } : { eventId: event.id, productIds: values.productIds, representatives: values.representatives };
      const { data } = await register({ variables: { input } });
      const r = data!.registerForEvent;
      void message.success(r.status === 'WAITLISTED' ? t('events.event.waitlisted', { position: r.waitlistPosition }) : t('events.event.registered'));
      await onDone();
    } catch (e) {
      setProblem(
        showOnFields(form, e)
          .map((x) => x.message)
          .join('; ') || undefined,
      );
    }
  };

  return (
    <Card size="small" title={active ? t('events.event.myRegistration') : t('events.event.registerTitle')} data-testid="register-panel">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      {active ? (
        <Space wrap>
          <Tag color={mine.status === 'REGISTERED' ? 'green' : 'orange'} data-testid="my-registration-status" data-status={mine.status}>
            {label('RegistrationStatus', mine.status)}
          </Tag>
          {mine.waitlistPosition != null && <span data-testid="my-waitlist-position">{t('events.event.waitlistPosition', { position: mine.waitlistPosition })}</span>}
          {['SCHEDULED', 'HELD', 'REPORTED'].includes(event.status) && <Link to="/meetings">{t('events.event.meetings')}</Link>}
          {event.status === 'HELD' && <Link to={`/events/${event.id}/survey`}>{t('events.event.survey')}</Link>}
          {!['HELD', 'REPORTED', 'CANCELLED'].includes(event.status) && (
            <Popconfirm
              title={t('events.event.cancelRegistrationConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={async () => {
                try {
                  await cancel({ variables: { registrationId: mine.id } });
                  await onDone();
                } catch (e) {
                  setProblem(errorText(e));
                }
              }}
            >
              <Button danger data-testid="cancel-registration">
                {t('events.event.cancelRegistration')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ) : open ? (
        <Form<RegisterValues> form={form} layout="inline" onFinish={(v) => void submit(v)} initialValues={{ representatives: 1 }}>
          {side === 'FIRM' ? (
            <Form.Item name="needId" label={t('events.event.need')} rules={[{ required: true, message: t('events.event.noNeeds') }]}>
              <Select
                style={{ minWidth: 320 }}
                data-testid="register-need"
                notFoundContent={t('events.event.noNeeds')}
                options={needs.data?.financingNeeds.edges.map(({ node: n }) => ({
                  value: n.id,
                  label: t('events.event.needOption', { purpose: n.purpose, amount: formatMoney(n.amount.amountFen, i18n.language), term: n.termMonths }),
                }))}
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="productIds" label={t('events.event.products')} rules={[{ required: true, message: t('events.event.noProducts') }]}>
                <Select
                  mode="multiple"
                  style={{ minWidth: 320 }}
                  data-testid="register-products"
                  notFoundContent={t('events.event.noProducts')}
                  options={products.data?.loanProducts.edges.map(({ node: p }) => ({ value: p.id, label: p.name }))}
                />
              </Form.Item>
              <Form.Item name="representatives" label={t('events.event.representatives')}>
                <InputNumber min={1} max={event.maxRepresentatives} precision={0} data-testid="register-representatives" />
              </Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" loading={registering.loading} data-testid="register-submit">
            {t('events.event.register')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
