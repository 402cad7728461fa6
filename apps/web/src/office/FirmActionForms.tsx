import { Button, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateFinancingNeedInput, FactVerdict } from '../gql/graphql';
import { yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { percentToBp } from './screening-rules';
import { REASON_MAX } from './EntryChangeForm';
import { useFormSubmit } from './use-form-submit';

interface ReviewValues {
  verdict: FactVerdict;
  note?: string;
}

/** 核实: a declared fact is confirmed, or rejected with a reason. */
export function ReviewDeclarationForm({ onSubmit }: { onSubmit: (v: { verdict: FactVerdict; note: string | null }) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { form, saving, submit, alerts } = useFormSubmit<ReviewValues>((v) => onSubmit({ verdict: v.verdict, note: v.note?.trim() || null }));
  const verdict = Form.useWatch('verdict', form);
  return (
    <Form<ReviewValues> form={form} layout="vertical" initialValues={{ verdict: 'VERIFY' }} onFinish={(v) => void submit(v)}>
      {alerts}
      <Form.Item name="verdict" label={t('office.review.verdict')}>
        <Radio.Group
          options={[
            { value: 'VERIFY', label: t('office.review.verify') },
            { value: 'REJECT', label: t('office.review.reject') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('office.review.note')}
        dependencies={['verdict']}
        rules={[
          { required: verdict === 'REJECT', whitespace: true, message: t('office.review.noteRequired') },
          { max: REASON_MAX, message: t('office.review.noteTooLong') },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="review-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}

interface NeedValues {
  amount: string;
  termMonths: number;
  maxRate: string;
  purpose: string;
}

const RATE_PATTERN = /^\d{1,2}(\.\d{1,2})?$/;

/** 代录融资需求: a window or office enters a need for a firm of its region (the firm alone publishes it). */
export function NeedForFirmForm({ enterpriseId, onSubmit }: { enterpriseId: string; onSubmit: (input: CreateFinancingNeedInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { form, saving, submit, alerts } = useFormSubmit<NeedValues>((v) =>
    onSubmit({ enterpriseId, amount: { amountFen: yuanToFen(v.amount)! }, termMonths: v.termMonths, maxRateBp: Number(percentToBp(v.maxRate)), purpose: v.purpose.trim() }),
  );
  const rate = async (_: unknown, v?: string) => {
    const bp = v && RATE_PATTERN.test(v.trim()) ? Number(percentToBp(v)) : NaN;
    if (!(bp >= 1 && bp <= 3600)) throw new Error(t('office.need.rateRequired'));
  };
  return (
    <Form<NeedValues> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      {alerts}
      <Form.Item name="amount" label={t('office.need.amount')} rules={[{ required: true, message: t('office.need.amountRequired') }, moneyRule(t)]}>
        <MoneyInput />
      </Form.Item>
      <Form.Item name="termMonths" label={t('office.need.termMonths')} rules={[{ required: true, type: 'integer', min: 1, max: 120, message: t('office.need.termRequired') }]}>
        <InputNumber min={1} max={120} precision={0} />
      </Form.Item>
      <Form.Item name="maxRate" label={t('office.need.maxRate')} rules={[{ validator: rate }]}>
        <Input inputMode="decimal" suffix="%" />
      </Form.Item>
      <Form.Item name="purpose" label={t('office.need.purpose')} rules={[{ required: true, whitespace: true, max: REASON_MAX, message: t('office.need.purposeRequired') }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
