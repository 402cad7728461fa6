import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from './use-form-submit';

export const REASON_MAX = 500;

export interface EntryChangeValues {
  enterpriseId?: string;
  reason: string;
}

/**
 * A hand edit of a batch, or a nomination: always with a reason (1–500 characters, audited);
 * when adding, the firm is picked by name from `firmOptions` (searched through `onSearchFirm`).
 */
export function EntryChangeForm(props: {
  pickFirm?: boolean;
  firmOptions?: { value: string; label: string }[];
  onSearchFirm?: (name: string) => void;
  reasonLabel?: string;
  submitLabel: string;
  onSubmit: (values: { enterpriseId?: string; reason: string }) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, submit, alerts } = useFormSubmit<EntryChangeValues>((v) => props.onSubmit({ enterpriseId: v.enterpriseId, reason: v.reason.trim() }));

  return (
    <Form<EntryChangeValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ reason: '' }}>
      {alerts}
      {props.pickFirm && (
        <Form.Item name="enterpriseId" label={t('office.batch.firmToAdd')} rules={[{ required: true, message: t('office.batch.firmRequired') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: props.onSearchFirm }}
            placeholder={t('office.batch.firmSearch')}
            options={props.firmOptions ?? []}
            data-testid="entry-firm"
          />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={props.reasonLabel ?? t('office.batch.reason')}
        rules={[
          { required: true, whitespace: true, message: t('office.batch.reasonRequired') },
          { max: REASON_MAX, message: t('office.batch.reasonTooLong') },
        ]}
      >
        <Input.TextArea rows={3} showCount maxLength={REASON_MAX + 50} data-testid="entry-reason" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="entry-submit">
          {props.submitLabel}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  );
}
