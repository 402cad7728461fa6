import { Alert, Button, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabels } from '../gql/enum-labels';
import type { CreateLoanProductInput, CreditRating, EnterpriseTag } from '../gql/graphql';
import { IP_TYPES, PRODUCT_STATUSES } from './enum-values';
import { useEnumLabel } from '../shared/enums';
import { yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { showOnFields } from '../shared/errors';
import { percentToBp, productFieldOf, productInput, ProductValues } from './product-values';

const DEFAULTS: Partial<ProductValues> = {
  acceptedIpTypes: [],
  pledgeRates: {},
  guaranteeRequired: false,
  insuranceRequired: false,
  whitelistOnly: false,
  bundleAllowed: true,
  requiredTags: [],
  minCreditRating: null,
  minFirmAgeYears: 0,
  requiresNoDishonesty: true,
  status: 'ACTIVE',
};
// Best grade first, as a credit officer reads the scale.
const CREDIT_RATINGS: CreditRating[] = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];
const TAGS = Object.keys(enumLabels.EnterpriseTag) as EnterpriseTag[];

/**
 * 金融产品 form: amounts in yuan, rates and pledge rates in percent (one pledge rate per
 * accepted IP type); the API gets fen and basis points. Client rules catch what they can,
 * the server's errors land on the field they name.
 */
export function ProductForm({ initial, withStatus, submit }: { initial?: ProductValues; withStatus: boolean; submit: (input: CreateLoanProductInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<ProductValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const ipTypes = Form.useWatch('acceptedIpTypes', form) ?? initial?.acceptedIpTypes ?? [];
  const f = (key: string) => t(`bank.productForm.${key}`);

  const onFinish = async (values: ProductValues) => {
    const input = productInput(values);
    setSaving(true);
    setProblems([]);
    try {
      await submit(input);
    } catch (error) {
      setProblems(showOnFields(form, error, productFieldOf(input)).map((p) => p.message));
    } finally {
      setSaving(false);
    }
  };

  const required: Rule = { required: true, message: f('required') };
  const positiveMoney: Rule = { validator: async (_, v?: string) => { if (v && yuanToFen(v) === '0') throw new Error(f('amountPositive')); } };
  const notBelow = (other: keyof ProductValues, compare: (max: string | number, min: string | number) => boolean): Rule => ({ getFieldValue }) => ({
    validator: async (_, v?: string | number) => {
      const min = getFieldValue(other) as string | number | undefined;
      if (v !== undefined && v !== '' && min !== undefined && min !== '' && !compare(v, min)) throw new Error(f('maxBelowMin'));
    },
  });
  const fenOf = (v: string | number) => BigInt(yuanToFen(String(v)) ?? '0');
  const bpOf = (v: string | number) => percentToBp(String(v)) ?? 0;
  const termRule: Rule = { type: 'integer', min: 1, max: 120, message: f('termRange') };
  const percentRule = (min: number, max: number, message: string): Rule => ({
    validator: async (_, v?: string) => {
      if (v === undefined || v === '') return;
      const bp = percentToBp(v);
      if (bp === null || bp < min || bp > max) throw new Error(message);
    },
  });

  return (
    <Form<ProductValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ ...DEFAULTS, ...initial }} data-testid="product-form" scrollToFirstError>
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 16 }} />}
      <Form.Item name="name" label={f('name')} rules={[required, { max: 200, whitespace: true }]}>
        <Input data-testid="product-name" />
      </Form.Item>
      <Form.Item name="description" label={f('description')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="minAmount" label={f('minAmount')} rules={[required, moneyRule(t), positiveMoney]}>
            <MoneyInput data-testid="product-min-amount" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="maxAmount" label={f('maxAmount')} dependencies={['minAmount']} rules={[required, moneyRule(t), notBelow('minAmount', (a, b) => fenOf(a) >= fenOf(b))]}>
            <MoneyInput data-testid="product-max-amount" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="minTermMonths" label={f('minTermMonths')} rules={[required, termRule]}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="maxTermMonths" label={f('maxTermMonths')} dependencies={['minTermMonths']} rules={[required, termRule, notBelow('minTermMonths', (a, b) => Number(a) >= Number(b))]}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="minRate" label={f('minRatePercent')} rules={[required, percentRule(1, 3600, f('rateRangeRule'))]}>
            <Input suffix="%" inputMode="decimal" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="maxRate" label={f('maxRatePercent')} dependencies={['minRate']} rules={[required, percentRule(1, 3600, f('rateRangeRule')), notBelow('minRate', (a, b) => bpOf(a) >= bpOf(b))]}>
            <Input suffix="%" inputMode="decimal" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="acceptedIpTypes" label={f('acceptedIpTypes')} rules={[{ required: true, type: 'array', min: 1, message: f('ipTypesRequired') }]}>
        <Select mode="multiple" data-testid="product-ip-types" options={IP_TYPES.map((v) => ({ value: v, label: label('IpType', v) }))} />
      </Form.Item>
      {ipTypes.length > 0 && (
        <Row gutter={16} data-testid="product-pledge-rates">
          {ipTypes.map((ipType) => (
            <Col span={8} key={ipType}>
              <Form.Item name={['pledgeRates', ipType]} label={t('bank.productForm.pledgeRateOf', { type: label('IpType', ipType) })} rules={[required, percentRule(100, 9000, f('pledgeRateRule'))]}>
                <Input suffix="%" inputMode="decimal" data-testid={`product-pledge-rate-${ipType}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="requiredTags" label={f('requiredTags')}>
            <Select mode="multiple" allowClear data-testid="product-required-tags" options={TAGS.map((v) => ({ value: v, label: label('EnterpriseTag', v) }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="minCreditRating" label={f('minCreditRating')}>
            <Select allowClear placeholder={f('anyRating')} options={CREDIT_RATINGS.map((v) => ({ value: v, label: label('CreditRating', v) }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="minFirmAgeYears" label={f('minFirmAgeYears')} rules={[required, { type: 'integer', min: 0, max: 100, message: f('firmAgeRule') }]}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Space size="large" wrap>
        {(['guaranteeRequired', 'insuranceRequired', 'whitelistOnly', 'bundleAllowed', 'requiresNoDishonesty'] as const).map((name) => (
          <Form.Item key={name} name={name} label={f(name)} valuePropName="checked">
            <Switch />
          </Form.Item>
        ))}
      </Space>
      {withStatus && (
        <Form.Item name="status" label={f('status')}>
          <Radio.Group options={PRODUCT_STATUSES.filter((s) => s !== 'ARCHIVED').map((s) => ({ value: s, label: label('LoanProductStatus', s) }))} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={saving} data-testid="product-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}
