import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Modal, Table, Tag, message as antdMessage } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { formatMoney } from '../shared/format';
import { yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { showOnFields } from '../shared/errors';
import { BANK_FIRM, FirmAsset, FirmValuation, REVIEW_VALUATION } from './queries';

/** The firm's IP with every valuation; the bank reviews a valuation (评估复核) with its own figure. */
export function FirmAssets({ assets }: { assets: FirmAsset[] }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [reviewing, setReviewing] = useState<FirmValuation | null>(null);
  const [message, messageHolder] = antdMessage.useMessage();
  const money = (fen: string) => formatMoney(fen, i18n.language);
  return (
    <Card title={t('bank.firm.assets')}>
      <Table<FirmAsset>
        rowKey="id"
        size="small"
        data-testid="firm-assets"
        dataSource={assets}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        expandable={{
          rowExpandable: (a) => a.valuations.length > 0,
          expandedRowRender: (a) => (
            <Table<FirmValuation>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={a.valuations}
              columns={[
                { title: t('bank.firm.valuer'), key: 'valuer', render: (_: unknown, v: FirmValuation) => v.valuer.name },
                { title: t('bank.firm.valuedOn'), dataIndex: 'valuedOn' },
                { title: t('bank.firm.validUntil'), key: 'valid', render: (_: unknown, v: FirmValuation) => (v.valid ? v.validUntil : <Tag>{t('bank.firm.expired')}</Tag>) },
                { title: t('bank.firm.value'), key: 'value', render: (_: unknown, v: FirmValuation) => money(v.value.amountFen) },
                { title: t('bank.firm.myReview'), key: 'review', render: (_: unknown, v: FirmValuation) => (v.reviews[0] ? money(v.reviews[0].reviewedValue.amountFen) : '—') },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, v: FirmValuation) => (
                    <Button size="small" onClick={() => setReviewing(v)} data-testid={`review-valuation-${v.id}`}>
                      {t('bank.firm.review')}
                    </Button>
                  ),
                },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('bank.firm.assetTitle'), dataIndex: 'title' },
          { title: t('bank.firm.assetType'), dataIndex: 'type', render: (v: string) => label('IpType', v) },
          { title: t('bank.firm.assetNumber'), dataIndex: 'number' },
          { title: t('bank.firm.legalStatus'), dataIndex: 'legalStatus', render: (v: string) => label('LegalStatus', v) },
          { title: t('bank.firm.pledgeStatus'), dataIndex: 'pledgeStatus', render: (v: string) => label('PledgeStatus', v) },
          { title: t('bank.firm.latestValuation'), key: 'latest', render: (_: unknown, a: FirmAsset) => (a.latestValuation ? money(a.latestValuation.value.amountFen) : '—') },
        ]}
      />
      {messageHolder}
      {reviewing && (
        <ReviewModal
          valuation={reviewing}
          onClose={() => setReviewing(null)}
          onSaved={() => {
            setReviewing(null);
            void message.success(t('bank.review.saved'));
          }}
        />
      )}
    </Card>
  );
}

function ReviewModal({ valuation, onClose, onSaved }: { valuation: FirmValuation; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ reviewedValue: string; note?: string }>();
  const [problems, setProblems] = useState<string[]>([]);
  const [review, { loading }] = useMutation(REVIEW_VALUATION, { refetchQueries: [BANK_FIRM] });
  const save = async (v: { reviewedValue: string; note?: string }) => {
    try {
      await review({ variables: { input: { valuationId: valuation.id, reviewedValue: { amountFen: yuanToFen(v.reviewedValue)! }, note: v.note?.trim() || undefined } } });
      onSaved();
    } catch (error) {
      setProblems(showOnFields(form, error, (p) => (p[0] === 'reviewedValue' || p[0] === 'note' ? [p[0]] : undefined)).map((p) => p.message));
    }
  };
  return (
    <Modal open title={t('bank.review.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={loading} okText={t('common.save')} cancelText={t('common.cancel')}>
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 16 }} />}
      <p>
        {t('bank.review.valuation')}: {formatMoney(valuation.value.amountFen, i18n.language)}
      </p>
      <Form form={form} layout="vertical" onFinish={save} data-testid="review-form">
        <Form.Item
          name="reviewedValue"
          label={t('bank.review.reviewedValue')}
          rules={[
            { required: true, message: t('bank.review.valueRequired') },
            moneyRule(t),
            { validator: async (_, v?: string) => { if (v && yuanToFen(v) === '0') throw new Error(t('bank.review.valuePositive')); } },
          ]}
        >
          <MoneyInput />
        </Form.Item>
        <Form.Item name="note" label={t('bank.review.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
