import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../office/use-form-submit';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 驳回: a reason the applicant will read. `prefix` keeps the test ids of subsidies and claims apart. */
export function RejectForm({ onSubmit, prefix }: { onSubmit: (reason: string) => Promise<unknown>; prefix: string }) {
  const { t } = useTranslation();
  const { form, saving, submit, alerts } = useFormSubmit<{ reason: string }>((v) => onSubmit(v.reason.trim()));
  return (
    <Form form={form} layout="inline" onFinish={(v) => void submit(v)}>
      {alerts}
      <Form.Item name="reason" rules={[{ required: true, whitespace: true, min: 2, message: t('subsidies.grants.reasonRequired') }]}>
        <Input placeholder={t('subsidies.grants.reason')} aria-label={t('subsidies.grants.reason')} data-testid={`${prefix}-reject-reason`} maxLength={1000} />
      </Form.Item>
      <Button danger htmlType="submit" loading={saving} data-testid={`${prefix}-reject-confirm`}>
        {t('subsidies.grants.confirmReject')}
      </Button>
    </Form>
  );
}

/** 拨付: the payment date and the treasury's reference. */
export function PaymentForm({ onSubmit, prefix, today }: { onSubmit: (v: { paidOn: string; reference: string }) => Promise<unknown>; prefix: string; today: string }) {
  const { t } = useTranslation();
  const { form, saving, submit, alerts } = useFormSubmit<{ paidOn: string; reference: string }>((v) => onSubmit({ paidOn: v.paidOn.trim(), reference: v.reference.trim() }));
  return (
    <Form form={form} layout="inline" initialValues={{ paidOn: today }} onFinish={(v) => void submit(v)}>
      {alerts}
      <Space wrap>
        <Form.Item name="paidOn" rules={[{ required: true, pattern: DATE, message: t('subsidies.grants.paidOnRequired') }]}>
          <Input placeholder="YYYY-MM-DD" aria-label={t('subsidies.grants.paidOn')} data-testid={`${prefix}-pay-date`} />
        </Form.Item>
        <Form.Item name="reference" rules={[{ required: true, whitespace: true, message: t('subsidies.grants.referenceRequired') }]}>
          <Input placeholder={t('subsidies.grants.reference')} aria-label={t('subsidies.grants.reference')} data-testid={`${prefix}-pay-reference`} maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid={`${prefix}-pay-confirm`}>
          {t('subsidies.grants.confirmPay')}
        </Button>
      </Space>
    </Form>
  );
}
