import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, DatePicker, Form, Space, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanRegistration } from '../pledges/queries';
import { ApiError, showOnFields } from '../shared/errors';
import { fenToYuan, yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { formatDateTime } from '../shared/format';
import { shanghaiToday } from './loan-values';
import { DISBURSE_LOAN, LoanDetail, LOANS, RECORD_REPAYMENT } from './queries';
import { nextDue } from './ScheduleTable';

const DAY = 'YYYY-MM-DD';

/**
 * 放款: the disbursement date (today by default, never before the contract or in the future —
 * the API checks). Disabled with the reason until the pledge is registered: the API refuses
 * it anyway (pledges' disbursement guard), the page says why before the click.
 */
export function DisburseForm({ loan, registration, onDone }: { loan: NonNullable<LoanDetail>; registration: LoanRegistration | null; onDone: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ disbursedOn: Dayjs }>();
  const [disburse] = useMutation(DISBURSE_LOAN, { refetchQueries: [LOANS] });
  const [problems, setProblems] = useState<ApiError[]>([]);
  const [saving, setSaving] = useState(false);
  const registered = registration?.status === 'REGISTERED';
  const blocked = !registration
    ? t('loans.disburse.noRegistration')
    : registered
      ? undefined
      : t('loans.disburse.waiting', { due: formatDateTime(registration.dueAt, i18n.language) });

  const onFinish = async ({ disbursedOn }: { disbursedOn: Dayjs }) => {
    setSaving(true);
    setProblems([]);
    try {
      await disburse({ variables: { input: { loanId: loan.id, expectedVersion: loan.version, disbursedOn: disbursedOn.format(DAY) } } });
      void message.success(t('loans.disburse.done'));
      await onDone();
    } catch (e) {
      setProblems(showOnFields(form, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('loans.disburse.title')}>
      {problems.map((p, i) => (
        <Alert key={i} type="error" showIcon title={p.message} style={{ marginBottom: 12 }} data-testid="disburse-problem" />
      ))}
      {blocked && <Alert type="info" showIcon title={blocked} style={{ marginBottom: 12 }} data-testid="disburse-blocked" />}
      <Form form={form} layout="inline" initialValues={{ disbursedOn: dayjs(shanghaiToday()) }} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="disbursedOn" label={t('loans.disburse.date')} rules={[{ required: true, message: t('loans.disburse.date') }]}>
          <DatePicker format={DAY} allowClear={false} data-testid="disburse-date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!!blocked} loading={saving} data-testid="disburse-submit">
          {t('loans.disburse.submit')}
        </Button>
      </Form>
    </Card>
  );
}

interface RepaymentValues {
  paidOn: Dayjs;
  principal: string;
  interest: string;
  penalty?: string;
}

/**
 * 记录还款: starts from the next instalment's remaining principal and interest on its due
 * date (the on-time repayment); more principal than is due is early repayment, which
 * re-amortises the later instalments (the API allocates; the page only says so).
 */
export function RepaymentForm({ loan, onDone }: { loan: NonNullable<LoanDetail>; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RepaymentValues>();
  const [record] = useMutation(RECORD_REPAYMENT, { refetchQueries: [LOANS] });
  const [problems, setProblems] = useState<ApiError[]>([]);
  const [saving, setSaving] = useState(false);
  const next = nextDue(loan.schedule);
  const initial = next
    ? { paidOn: dayjs(next.dueDate), principal: fenToYuan(next.principalFen), interest: fenToYuan(next.interestFen), penalty: '' }
    : { paidOn: dayjs(shanghaiToday()), principal: '', interest: '0', penalty: '' };

  const onFinish = async (v: RepaymentValues) => {
    setSaving(true);
    setProblems([]);
    try {
      const result = await record({
        variables: {
          input: {
            loanId: loan.id,
            paidOn: v.paidOn.format(DAY),
            principal: { amountFen: yuanToFen(v.principal || '0') ?? '' },
            interest: { amountFen: yuanToFen(v.interest || '0') ?? '' },
            penalty: v.penalty ? { amountFen: yuanToFen(v.penalty) ?? '' } : undefined,
          },
        },
      });
      void message.success(t(result.data?.recordRepayment.early ? 'loans.repay.doneEarly' : 'loans.repay.done'));
      await onDone();
      form.resetFields();
    } catch (e) {
      setProblems(showOnFields(form, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('loans.repay.title')}>
      {problems.map((p, i) => (
        <Alert key={i} type="error" showIcon title={p.message} style={{ marginBottom: 12 }} data-testid="repay-problem" />
      ))}
      {next && (
        <Typography.Paragraph type="secondary" data-testid="repay-next">
          {t('loans.repay.next', { date: next.dueDate })}
        </Typography.Paragraph>
      )}
      {/* Keyed by the next instalment so the form starts over from it after each repayment. */}
      <Form<RepaymentValues> key={next?.dueDate ?? 'none'} form={form} layout="vertical" initialValues={initial} onFinish={(v) => void onFinish(v)} data-testid="repay-form">
        <Space wrap align="start">
          <Form.Item name="paidOn" label={t('loans.repay.paidOn')} rules={[{ required: true, message: t('loans.repay.paidOn') }]}>
            <DatePicker format={DAY} allowClear={false} data-testid="repay-date" />
          </Form.Item>
          <Form.Item name="principal" label={t('loans.repay.principal')} rules={[moneyRule(t)]}>
            <MoneyInput data-testid="repay-principal" />
          </Form.Item>
          <Form.Item name="interest" label={t('loans.repay.interest')} rules={[moneyRule(t)]}>
            <MoneyInput data-testid="repay-interest" />
          </Form.Item>
          <Form.Item name="penalty" label={t('loans.repay.penalty')} rules={[moneyRule(t)]}>
            <MoneyInput data-testid="repay-penalty" />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary">{t('loans.repay.earlyHint')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="repay-submit">
          {t('loans.repay.submit')}
        </Button>
      </Form>
    </Card>
  );
}
