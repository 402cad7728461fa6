import { Alert, Button, Checkbox, Col, Divider, Form, Input, InputNumber, Row, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { ApiError, apiErrors, showOnFields } from '../shared/errors';
import { FEE_KINDS, fieldOfRulesPath, pctToBp, PolicyFormValues, RISK_ROLES } from './policy-form';

type Path = (string | number)[];
const testId = (path: Path) => `policy-field-${path.join('-')}`;

export interface PolicyVersionFormProps {
  initial: PolicyFormValues;
  /** The version the draft starts from, for the note on what carries over. */
  baseVersion: number;
  submit: (values: PolicyFormValues) => Promise<void>;
  onCancel: () => void;
}

/** The rules of a new draft version: every rule the offices change in practice; server errors land on their fields. */
export function PolicyVersionForm({ initial, baseVersion, submit, onCancel }: PolicyVersionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PolicyFormValues>();
  const [problems, setProblems] = useState<ApiError[]>([]);
  const [saving, setSaving] = useState(false);
  const interestOn = Form.useWatch(['interestSubsidy', 'enabled'], form) ?? initial.interestSubsidy.enabled;
  const premiumOn = Form.useWatch(['premium', 'enabled'], form) ?? initial.premium.enabled;
  const riskOn = Form.useWatch(['riskCompensation', 'enabled'], form) ?? initial.riskCompensation.enabled;
  const feesOn = Form.useWatch('fees', form) ?? initial.fees;

  const pctRule: Rule = { validator: async (_, v?: string) => void (v && pctToBp(v) === null && Promise.reject(new Error(t('policy.form.pct')))) };
  const dateRule: Rule = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('policy.form.date') };
  const required: Rule = { required: true, message: t('policy.form.required') };
  const pct = (path: Path, labelKey: string, disabled: boolean, labelArgs?: Record<string, string>) => (
    <Form.Item name={path} label={t(labelKey, labelArgs)} rules={disabled ? [] : [required, pctRule]}>
      <Input suffix="%" inputMode="decimal" disabled={disabled} data-testid={testId(path)} />
    </Form.Item>
  );
  // Caps stay editable while their rule is off: versionInput sends a rule's cap only with the rule.
  const money = (path: Path, labelKey: string) => (
    <Form.Item name={path} label={t(labelKey)} rules={[moneyRule(t)]}>
      <MoneyInput data-testid={testId(path)} />
    </Form.Item>
  );
  const whole = (path: Path, labelKey: string) => (
    <Form.Item name={path} label={t(labelKey)} rules={[required]}>
      <InputNumber precision={0} style={{ width: '100%' }} data-testid={testId(path)} />
    </Form.Item>
  );
  const flag = (path: Path, labelKey: string) => (
    <Form.Item name={path} valuePropName="checked">
      <Checkbox data-testid={testId(path)}>{t(labelKey)}</Checkbox>
    </Form.Item>
  );

  const onFinish = async (values: PolicyFormValues) => {
    setSaving(true);
    setProblems([]);
    try {
      await submit(values);
    } catch (e) {
      setProblems(showOnFields(form, e, fieldOfRulesPath));
      // The server counts ratios in basis points; the form shows % — say the limit in the form's unit.
      for (const x of apiErrors(e)) {
        const name = x.field && fieldOfRulesPath(x.field);
        const last = name?.[name.length - 1];
        if (name && (last === 'ratioPct' || (RISK_ROLES as readonly unknown[]).includes(last)))
          (form as FormInstance).setFields([{ name, errors: [t('policy.form.ratioRange', { message: x.message })] }]);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<PolicyFormValues> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void onFinish(v)} data-testid="policy-form">
      {problems.map((p, i) => (
        <Alert key={i} type="error" showIcon title={p.message} style={{ marginBottom: 12 }} data-testid="policy-form-problem" />
      ))}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="validFrom" label={t('policy.form.validFrom')} rules={[required, dateRule]}>
            <Input placeholder="YYYY-MM-DD" data-testid={testId(['validFrom'])} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="validTo" label={t('policy.form.validTo')} rules={[dateRule]}>
            <Input placeholder="YYYY-MM-DD" data-testid={testId(['validTo'])} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('policy.form.note')}>
        <Input.TextArea rows={2} maxLength={1000} data-testid={testId(['note'])} />
      </Form.Item>

      <Divider titlePlacement="start">{t('policy.rules.registration')}</Divider>
      <Row gutter={16}>
        <Col span={8}>{whole(['registration', 'onlineWorkingDays'], 'policy.form.onlineWorkingDays')}</Col>
        <Col span={8}>{whole(['registration', 'offlineWorkingDays'], 'policy.form.offlineWorkingDays')}</Col>
        <Col span={8}>{whole(['registration', 'warnBeforeHours'], 'policy.form.warnBeforeHours')}</Col>
      </Row>

      <Divider titlePlacement="start">{t('policy.rules.overdue')}</Divider>
      <Row gutter={16}>
        <Col span={8}>{whole(['overdue', 'graceDays'], 'policy.form.graceDays')}</Col>
        <Col span={8}>{whole(['overdue', 'defaultAfterDaysPastDue'], 'policy.form.defaultAfterDaysPastDue')}</Col>
        <Col span={8}>{flag(['overdue', 'workingDays'], 'policy.form.workingDays')}</Col>
      </Row>

      <Divider titlePlacement="start">{t('policy.rules.interestSubsidy')}</Divider>
      {flag(['interestSubsidy', 'enabled'], 'policy.form.enabled')}
      <Row gutter={16}>
        <Col span={6}>{pct(['interestSubsidy', 'ratioPct'], 'policy.form.ratioPct', !interestOn)}</Col>
        <Col span={6}>{money(['interestSubsidy', 'capPerLoan'], 'policy.form.capPerLoan')}</Col>
        <Col span={6}>{money(['interestSubsidy', 'capPerFirmYear'], 'policy.form.capPerFirmYear')}</Col>
        <Col span={6}>{flag(['interestSubsidy', 'allowIfEverOverdue'], 'policy.form.allowIfEverOverdue')}</Col>
      </Row>

      <Divider titlePlacement="start">{t('policy.rules.feeSubsidies')}</Divider>
      {FEE_KINDS.map((k) => (
        <Row gutter={16} key={k} align="bottom">
          <Col span={6}>{flag(['fees', k, 'enabled'], `policy.rules.fee.${k}`)}</Col>
          <Col span={6}>{pct(['fees', k, 'ratioPct'], 'policy.form.ratioPct', !feesOn[k]?.enabled)}</Col>
          <Col span={6}>{money(['fees', k, 'cap'], 'policy.form.cap')}</Col>
        </Row>
      ))}

      <Divider titlePlacement="start">{t('policy.rules.insurancePremiumSubsidy')}</Divider>
      <Row gutter={16} align="bottom">
        <Col span={6}>{flag(['premium', 'enabled'], 'policy.form.enabled')}</Col>
        <Col span={6}>{pct(['premium', 'ratioPct'], 'policy.form.ratioPct', !premiumOn)}</Col>
        <Col span={6}>{money(['premium', 'cap'], 'policy.form.cap')}</Col>
      </Row>

      <Divider titlePlacement="start">{t('policy.rules.riskCompensation')}</Divider>
      {flag(['riskCompensation', 'enabled'], 'policy.form.enabled')}
      <Row gutter={16}>
        {RISK_ROLES.map((r) => (
          <Col span={4} key={r}>
            <Form.Item name={['riskCompensation', r]} label={t('policy.form.roleRatio', { role: t(`policy.rules.role.${r}`) })} rules={[pctRule]}>
              <Input suffix="%" inputMode="decimal" disabled={!riskOn} data-testid={testId(['riskCompensation', r])} />
            </Form.Item>
          </Col>
        ))}
        <Col span={4}>{money(['riskCompensation', 'cap'], 'policy.form.capPerLoan')}</Col>
      </Row>
      <Space>
        {flag(['riskCompensation', 'requireFailedRecovery'], 'policy.form.requireFailedRecovery')}
        {flag(['riskCompensation', 'excludeBatchPackage'], 'policy.form.excludeBatchPackage')}
      </Space>

      <Divider titlePlacement="start">{t('policy.rules.annualBudgetFen')}</Divider>
      <Row gutter={16}>
        <Col span={8}>{money(['annualBudget'], 'policy.form.annualBudget')}</Col>
      </Row>
      <Alert type="info" showIcon title={t('policy.form.carried', { version: baseVersion })} style={{ marginBottom: 16 }} />
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="policy-save">
          {t('policy.form.save')}
        </Button>
        <Button onClick={onCancel}>{t('policy.form.cancel')}</Button>
      </Space>
    </Form>
  );
}
