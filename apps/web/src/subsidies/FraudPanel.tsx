import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, List, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { formatDateTime, formatMoney } from '../shared/format';
import { FIRM_CREDIT_RECORDS, MARK_SUBSIDY_FRAUD } from './reward-queries';

/**
 * One firm of the office's queue: its credit records (信用记录) and the fraud action (标记骗补),
 * a reason then a confirmation, since it refuses the firm's open applications and claws back
 * the paid ones. Test ids: `fraud-mark-${firmId}`, `fraud-reason-${firmId}`, `fraud-confirm-${firmId}`,
 * `credit-records-${firmId}`, `credit-record-${recordId}`.
 */
export function FirmCreditPanel({ enterpriseId, onMarked }: { enterpriseId: string; onMarked: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const records = useQuery(FIRM_CREDIT_RECORDS, { variables: { id: enterpriseId }, fetchPolicy: 'cache-and-network' });
  const [mark, marking] = useMutation(MARK_SUBSIDY_FRAUD);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const firm = records.data?.enterprise;
  const confirm = async () => {
    setProblem(null);
    try {
      await mark({ variables: { input: { enterpriseId, reason: reason.trim() } } });
      setOpen(false);
      setReason('');
      await Promise.all([records.refetch(), onMarked()]);
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <strong>{firm?.name}</strong>
        {!open && (
          <Button size="small" danger data-testid={`fraud-mark-${enterpriseId}`} onClick={() => setOpen(true)}>
            {t('subsidies.fraud.mark')}
          </Button>
        )}
      </Space>
      {open && (
        <Form layout="inline">
          <Form.Item label={t('subsidies.fraud.reason')}>
            <Input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={1000}
              aria-label={t('subsidies.fraud.reason')}
              data-testid={`fraud-reason-${enterpriseId}`}
            />
          </Form.Item>
          <Popconfirm title={t('subsidies.fraud.confirmTitle')} description={t('subsidies.fraud.confirmText')} okText={t('subsidies.fraud.confirm')} onConfirm={() => confirm()}>
            <Button danger type="primary" disabled={reason.trim().length < 2} loading={marking.loading} data-testid={`fraud-confirm-${enterpriseId}`}>
              {t('subsidies.fraud.mark')}
            </Button>
          </Popconfirm>
          <Button onClick={() => setOpen(false)}>{t('subsidies.fraud.cancel')}</Button>
        </Form>
      )}
      {problem && <Alert type="error" showIcon title={problem} />}
      <List
        size="small"
        header={t('subsidies.fraud.records')}
        data-testid={`credit-records-${enterpriseId}`}
        locale={{ emptyText: t('subsidies.fraud.noRecords') }}
        dataSource={firm?.creditRecords ?? []}
        renderItem={(r) => (
          <List.Item data-testid={`credit-record-${r.id}`}>
            <Space wrap>
              <Tag color="error">{label('CreditRecordKind', r.kind)}</Tag>
              <span>{r.reason}</span>
              <span>{t('subsidies.fraud.clawback', { amount: formatMoney(r.clawback.amountFen, i18n.language) })}</span>
              <span>{formatDateTime(r.createdAt, i18n.language)}</span>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
