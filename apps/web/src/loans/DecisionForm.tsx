import { Alert, Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecideLoanApplicationInput } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { ApiError, apiErrors, showOnFields } from '../shared/errors';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { formatRate } from '../shared/format';
import { decisionFieldOf, decisionInput, DecisionSubject, DecisionValues, initialDecision } from './decision-values';
import { REPAYMENT_METHODS } from './loan-values';

export interface DecisionFormProps {
  application: DecisionSubject;
  /** The product's rate range, shown beside the rate and used as its first value. */
  rateRange?: { minBp: number; maxBp: number };
  /** The guarantee companies and insurers a condition may name. */
  guarantors?: { value: string; label: string }[];
  insurers?: { value: string; label: string }[];
  submit: (input: DecideLoanApplicationInput) => Promise<unknown>;
  /** Reads the application again after someone else decided first. */
  reload?: () => void;
}

/**
 * 审批: the bank approves (amount, rate, term, repayment method, conditions), counter-offers
 * other terms or declines with a reason, on the version it read. The API checks the terms
 * against the product and the pledge ceiling; its errors land on the fields they name, and a
 * decision someone else made first says so instead of overwriting it.
 */
export function DecisionForm({ application, rateRange, guarantors = [], insurers = [], submit, reload }: DecisionFormProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch('decision', form) ?? 'APPROVE';
  const guarantee = Form.useWatch('guaranteeRequired', form) ?? application.guaranteeRequired;
  const insurance = Form.useWatch('insuranceRequired', form) ?? application.insuranceRequired;
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<ApiError[]>([]);
  const [stale, setStale] = useState(false);
  const required = (field: string) => [{ required: true, message: t('loans.decision.required', { field: t(`loans.decision.${field}`) }) }];

  const onFinish = async (values: DecisionValues) => {
    setSaving(true);
    setProblems([]);
    setStale(false);
    try {
      await submit(decisionInput(values, application));
    } catch (e) {
      const conflict = apiErrors(e).some((x) => x.code === 'CONFLICT');
      if (conflict) setStale(true);
      const rest = showOnFields(form, e, decisionFieldOf);
      setProblems(conflict ? rest.filter((x) => x.code !== 'CONFLICT') : rest);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<DecisionValues>
      form={form}
      layout="vertical"
      initialValues={initialDecision(application, rateRange?.minBp)}
      onFinish={(v) => void onFinish(v)}
      data-testid="decision-form"
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={t('loans.decision.stale')}
          action={
            reload && (
              <Button onClick={reload} data-testid="decision-reload">
                {t('loans.decision.reload')}
              </Button>
            )
          }
          style={{ marginBottom: 12 }}
          data-testid="decision-stale"
        />
      )}
      {problems.map((p, i) => (
        <Alert key={i} type="error" showIcon title={p.message} style={{ marginBottom: 12 }} data-testid="decision-problem" />
      ))}
      <Form.Item name="decision" label={t('loans.decision.decision')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={(['APPROVE', 'COUNTER_OFFER', 'DECLINE'] as const).map((v) => ({ value: v, label: label('LoanDecisionKind', v) }))}
        />
      </Form.Item>
      {decision === 'DECLINE' ? (
        <Form.Item name="declineReason" label={t('loans.decision.declineReason')} rules={required('declineReason')}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="decision-decline-reason" />
        </Form.Item>
      ) : (
        <>
          <Space wrap align="start">
            <Form.Item name="amount" label={t('loans.decision.amount')} rules={[...required('amount'), moneyRule(t)]}>
              <MoneyInput data-testid="decision-amount" />
            </Form.Item>
            <Form.Item
              name="annualRate"
              label={t('loans.decision.annualRate')}
              rules={required('annualRate')}
              extra={rateRange && t('loans.decision.rateRange', { min: formatRate(rateRange.minBp), max: formatRate(rateRange.maxBp) })}
            >
              <InputNumber min={0} max={36} step={0.05} precision={2} suffix="%" style={{ width: 140 }} data-testid="decision-rate" />
            </Form.Item>
            <Form.Item name="termMonths" label={t('loans.decision.termMonths')} rules={required('termMonths')}>
              <InputNumber min={1} max={360} precision={0} style={{ width: 120 }} data-testid="decision-term" />
            </Form.Item>
            <Form.Item name="repaymentMethod" label={t('loans.decision.repaymentMethod')} rules={required('repaymentMethod')}>
              <Select style={{ width: 200 }} options={REPAYMENT_METHODS.map((m) => ({ value: m, label: label('RepaymentMethod', m) }))} data-testid="decision-method" />
            </Form.Item>
          </Space>
          <Space wrap align="start">
            <Form.Item name="guaranteeRequired" valuePropName="checked">
              <Checkbox data-testid="decision-guarantee">{t('loans.decision.guaranteeRequired')}</Checkbox>
            </Form.Item>
            {guarantee && (
              <Form.Item name="guarantorOrganizationId" rules={required('guarantor')}>
                <Select
                  style={{ width: 260 }}
                  placeholder={t('loans.decision.guarantor')}
                  aria-label={t('loans.decision.guarantor')}
                  options={guarantors}
                  data-testid="decision-guarantor"
                />
              </Form.Item>
            )}
            <Form.Item name="insuranceRequired" valuePropName="checked">
              <Checkbox data-testid="decision-insurance">{t('loans.decision.insuranceRequired')}</Checkbox>
            </Form.Item>
            {insurance && (
              <Form.Item name="insurerOrganizationId" rules={required('insurer')}>
                <Select
                  style={{ width: 260 }}
                  placeholder={t('loans.decision.insurer')}
                  aria-label={t('loans.decision.insurer')}
                  options={insurers}
                  data-testid="decision-insurer"
                />
              </Form.Item>
            )}
          </Space>
        </>
      )}
      <Form.Item name="note" label={t('loans.decision.note')}>
        <Input.TextArea rows={2} maxLength={2000} placeholder={t('loans.decision.notePlaceholder')} data-testid="decision-note" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} danger={decision === 'DECLINE'} data-testid="decision-submit">
        {t(`loans.decision.submit${decision}`)}
      </Button>
    </Form>
  );
}
