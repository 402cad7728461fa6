import { checkIpNumber, IP_NUMBER_FORMATS, patentCheckChar } from '@zhirong/ip-assets/numbers';
import { Button, Form, Input, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { ApiError, showOnFields } from '../shared/errors';
import type { IpType, RegisterIpAssetInput } from '../gql/graphql';
import { FormErrors } from './ListParts';

export interface RegisterAssetValues {
  type: IpType;
  number: string;
  title: string;
  filedOn?: string;
  expiresOn?: string;
  abstract?: string;
}

type IpNumberType = keyof typeof IP_NUMBER_FORMATS;
const IP_TYPES = Object.keys(IP_NUMBER_FORMATS) as IpType[];

/** The year a number may carry at most, as the API bounds it (Asia/Shanghai). */
function currentYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

/** The example number of a type's format (the API's words: "…, e.g. CN202310123456.6"). */
function exampleOf(type: IpType): string {
  return /e\.g\. (.+)$/.exec(IP_NUMBER_FORMATS[type as IpNumberType])?.[1] ?? '';
}

/** The API's own number check (libs/ip-assets), in the reader's words, on every keystroke. */
export function ipNumberRule(t: TFunction): Rule {
  return ({ getFieldValue }) => ({
    validator: async (_, value?: string) => {
      const type = getFieldValue('type') as IpType | undefined;
      if (!type || !value) return;
      const check = checkIpNumber(type as IpNumberType, value, currentYear());
      if (check.valid) return;
      const digits = /^(?:CN)?(\d{12})\./.exec(value.trim().toUpperCase())?.[1];
      throw new Error(t(`firm.register.problem.${check.problem}`, { example: exampleOf(type), expected: digits ? patentCheckChar(digits) : '', year: currentYear() }));
    },
  });
}

/** 登记知识产权: the number is checked as typed with the API's rules; the API's errors land on their fields. */
export function RegisterAssetForm({ enterpriseId, register, onDone }: { enterpriseId: string; register: (input: RegisterIpAssetInput) => Promise<unknown>; onDone?: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<RegisterAssetValues>();
  const type = Form.useWatch('type', form);
  const [others, setOthers] = useState<ApiError[]>([]);
  const [saving, setSaving] = useState(false);

  async function submit(v: RegisterAssetValues) {
    setSaving(true);
    setOthers([]);
    try {
      await register({
        enterpriseId,
        type: v.type,
        number: v.number.trim(),
        title: v.title.trim(),
        filedOn: v.filedOn || undefined,
        expiresOn: v.expiresOn || undefined,
        abstract: v.abstract || undefined,
      });
      form.resetFields();
      onDone?.();
    } catch (e) {
      setOthers(showOnFields(form, e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="register-asset-form">
      <FormErrors errors={others} />
      <Form.Item name="type" label={t('firm.register.type')} rules={[{ required: true, message: t('firm.required') }]}>
        <Select options={IP_TYPES.map((v) => ({ value: v, label: label('IpType', v) }))} data-testid="register-type" />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('firm.register.number')}
        dependencies={['type']}
        extra={type ? t('firm.register.numberHint', { example: exampleOf(type) }) : undefined}
        rules={[{ required: true, whitespace: true, message: t('firm.required') }, ipNumberRule(t)]}
      >
        <Input autoComplete="off" data-testid="register-number" />
      </Form.Item>
      <Form.Item name="title" label={t('firm.register.title')} rules={[{ required: true, whitespace: true, message: t('firm.required') }]}>
        <Input data-testid="register-title" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="filedOn" label={t('firm.register.filedOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('firm.register.expiresOn')}>
          <Input type="date" />
        </Form.Item>
      </Space>
      <Form.Item name="abstract" label={t('firm.register.abstract')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="register-submit">
        {t('firm.register.submit')}
      </Button>
    </Form>
  );
}
