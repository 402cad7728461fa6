import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateFinancingNeedInput } from '../gql/graphql';
import { ApiError, showOnFields } from '../shared/errors';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { yuanToFen } from '../shared/money';
import { FormErrors } from './ListParts';

interface NeedValues {
  purpose: string;
  /** Yuan, as typed. */
  amount: string;
  termMonths: number;
  /** Percent, e.g. 4.5. */
  maxRate: number;
  bundleId?: string;
  guaranteeAcceptable?: boolean;
  insuranceAcceptable?: boolean;
}

/** 新建融资需求: amount typed in yuan and sent in fen, the rate in percent and sent in basis points. */
export function NeedForm({
  bundles,
  create,
  onDone,
}: {
  bundles: { id: string; name: string }[];
  create: (input: CreateFinancingNeedInput) => Promise<string | undefined>;
  onDone?: (needId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NeedValues>();
  const [others, setOthers] = useState<ApiError[]>([]);
  const [saving, setSaving] = useState(false);
  const required = { required: true, message: t('firm.required') };

  async function submit(v: NeedValues) {
    setSaving(true);
    setOthers([]);
    try {
      const id = await create({
        purpose: v.purpose.trim(),
        amount: { amountFen: yuanToFen(v.amount)! },
        termMonths: v.termMonths,
        maxRateBp: Math.round(v.maxRate * 100),
        bundleId: v.bundleId || undefined,
        guaranteeAcceptable: v.guaranteeAcceptable ?? false,
        insuranceAcceptable: v.insuranceAcceptable ?? false,
      });
      form.resetFields();
      onDone?.(id);
    } catch (e) {
      // The form holds the amount in yuan and the rate in percent under other names.
      setOthers(showOnFields(form, e, { 'amount.amountFen': ['amount'], amount: ['amount'], maxRateBp: ['maxRate'] }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="need-form">
      <FormErrors errors={others} />
      <Form.Item name="purpose" label={t('firm.needForm.purpose')} rules={[{ ...required, whitespace: true }]}>
        <Input data-testid="need-purpose" />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('firm.needForm.amount')}
        rules={[
          required,
          moneyRule(t),
          {
            validator: async (_, v?: string) => {
              if (v && yuanToFen(v) === '0') throw new Error(t('firm.needForm.positive'));
            },
          },
        ]}
      >
        <MoneyInput data-testid="need-amount" />
      </Form.Item>
      <Space wrap size="large">
        <Form.Item name="termMonths" label={t('firm.needForm.termMonths')} rules={[required]}>
          <InputNumber min={1} max={360} precision={0} style={{ width: 160 }} data-testid="need-term" />
        </Form.Item>
        <Form.Item name="maxRate" label={t('firm.needForm.maxRate')} rules={[required]}>
          <InputNumber min={0.01} max={36} step={0.05} precision={2} suffix="%" style={{ width: 160 }} data-testid="need-rate" />
        </Form.Item>
      </Space>
      <Form.Item name="bundleId" label={t('firm.needForm.bundle')} extra={t('firm.needForm.bundleHint')}>
        <Select allowClear options={bundles.map((b) => ({ value: b.id, label: b.name }))} data-testid="need-bundle" />
      </Form.Item>
      <Space size="large">
        <Form.Item name="guaranteeAcceptable" valuePropName="checked">
          <Checkbox>{t('firm.needForm.guaranteeAcceptable')}</Checkbox>
        </Form.Item>
        <Form.Item name="insuranceAcceptable" valuePropName="checked">
          <Checkbox>{t('firm.needForm.insuranceAcceptable')}</Checkbox>
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="need-submit">
        {t('firm.needForm.submit')}
      </Button>
    </Form>
  );
}
