import { Alert, Button, Checkbox, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhitelistResponseInput, WhitelistResponseStatus } from '../gql/graphql';
import { ANSWERS } from './enum-values';
import { useEnumLabel } from '../shared/enums';
import { yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { showOnFields } from '../shared/errors';

interface AnswerValues {
  status: WhitelistResponseStatus;
  creditLine?: string;
  reason?: string;
  shareReasonWithFirm?: boolean;
}

const FIELDS = new Set(['status', 'creditLine', 'reason', 'shareReasonWithFirm']);

/**
 * 反馈企业: interested, credit line offered (entered in yuan, sent in fen), declined with a
 * reason the firm may be shown, or contacted. Declining asks for confirmation first.
 */
export function AnswerForm({ enterpriseId, submit }: { enterpriseId: string; submit: (input: WhitelistResponseInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<AnswerValues>();
  const [modal, modalHolder] = Modal.useModal();
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const status = Form.useWatch('status', form);

  const send = async (v: AnswerValues) => {
    setSaving(true);
    setProblems([]);
    try {
      await submit({
        enterpriseId,
        status: v.status,
        creditLine: v.status === 'CREDIT_LINE_OFFERED' && v.creditLine ? { amountFen: yuanToFen(v.creditLine)! } : undefined,
        reason: v.reason?.trim() || undefined,
        shareReasonWithFirm: v.status === 'DECLINED' ? Boolean(v.shareReasonWithFirm) : undefined,
      });
      form.resetFields();
    } catch (error) {
      setProblems(showOnFields(form, error, (p) => (FIELDS.has(String(p[0])) ? [p[0]] : undefined)).map((p) => p.message));
    } finally {
      setSaving(false);
    }
  };

  const onFinish = (v: AnswerValues) => {
    if (v.status !== 'DECLINED') return send(v);
    modal.confirm({ title: t('bank.answer.confirmDecline'), okText: t('common.confirm'), cancelText: t('common.cancel'), okButtonProps: { danger: true, 'data-testid': 'answer-confirm-decline' }, onOk: () => send(v) });
  };

  return (
    <Form<AnswerValues> form={form} layout="vertical" onFinish={onFinish} data-testid="answer-form" initialValues={{ status: 'INTERESTED', shareReasonWithFirm: false }}>
      {modalHolder}
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 16 }} />}
      <Form.Item name="status" label={t('bank.answer.status')} rules={[{ required: true }]}>
        <Radio.Group
          data-testid="answer-status"
          options={ANSWERS.map((s) => ({
            value: s,
            label: label('WhitelistResponseStatus', s),
          }))}
        />
      </Form.Item>
      {status === 'CREDIT_LINE_OFFERED' && (
        <Form.Item
          name="creditLine"
          label={t('bank.answer.creditLine')}
          rules={[
            { required: true, message: t('bank.answer.creditLineRequired') },
            moneyRule(t),
            { validator: async (_, v?: string) => { if (v && yuanToFen(v) === '0') throw new Error(t('bank.answer.creditLinePositive')); } },
          ]}
        >
          <MoneyInput data-testid="answer-credit-line" />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('bank.answer.reason')}
        rules={[
          { required: status === 'DECLINED', whitespace: true, message: t('bank.answer.reasonRequired') },
          { max: 1000, message: t('bank.answer.reasonTooLong') },
        ]}
      >
        <Input.TextArea rows={3} data-testid="answer-reason" />
      </Form.Item>
      {status === 'DECLINED' && (
        <Form.Item name="shareReasonWithFirm" valuePropName="checked">
          <Checkbox data-testid="answer-share">{t('bank.answer.share')}</Checkbox>
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={saving} data-testid="answer-submit">
        {t('bank.answer.submit')}
      </Button>
    </Form>
  );
}
