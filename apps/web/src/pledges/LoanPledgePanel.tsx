import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, List, Radio, Space, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanPledgePanelQuery, LoanStatus, PledgeChannel } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { formatDateTime } from '../shared/format';
import { DueTime } from './DueTime';
import { PLEDGE_REGISTRATIONS, SUBMIT_PLEDGE_REGISTRATION } from './queries';
import { registrationColour } from './registration-values';

/**
 * 质押登记 and 贷中监测 on a loan page: the current registration with its due time on the
 * working-day calendar; the bank files one for a CONTRACTED loan (again after a return) and
 * sees the due time the platform computed; the alerts raised on the loan's pledged assets.
 */
export function LoanPledgePanel({
  loan,
  canFile,
  data,
  onChange,
}: {
  loan: { id: string; status: LoanStatus };
  canFile: boolean;
  data: LoanPledgePanelQuery | undefined;
  onChange: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [submit] = useMutation(SUBMIT_PLEDGE_REGISTRATION, { refetchQueries: [PLEDGE_REGISTRATIONS] });
  const [channel, setChannel] = useState<PledgeChannel>('ONLINE');
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const r = data?.loanPledgeRegistration ?? null;
  const alerts = data?.loanAlerts ?? [];
  const mayFile = canFile && loan.status === 'CONTRACTED' && (!r || r.status === 'RETURNED');

  const file = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      const filed = (await submit({ variables: { input: { loanId: loan.id, channel } } })).data!.submitPledgeRegistration;
      void message.success(t('pledges.submit.done', { due: formatDateTime(filed.dueAt, i18n.language) }));
      await onChange();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('pledges.panel.title')} data-testid="pledge-panel">
      {r ? (
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('pledges.list.status')}>
            <Tag color={registrationColour(r.status)} data-testid="registration-status" data-status={r.status}>
              {label('PledgeRegistrationStatus', r.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('pledges.list.channel')}>{label('PledgeChannel', r.channel)}</Descriptions.Item>
          <Descriptions.Item label={t('pledges.list.submittedAt')}>{formatDateTime(r.submittedAt, i18n.language)}</Descriptions.Item>
          <Descriptions.Item label={t('pledges.list.dueAt')} span={2}>
            <DueTime r={r} />
          </Descriptions.Item>
          {r.certificateNumber && <Descriptions.Item label={t('pledges.list.certificate')}>{r.certificateNumber}</Descriptions.Item>}
          {r.returnedReason && (
            <Descriptions.Item label={t('pledges.list.returnedReason')}>
              <Typography.Text type="warning">{r.returnedReason}</Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
      ) : (
        <Typography.Paragraph type="secondary" data-testid="registration-none">
          {t('pledges.panel.none')}
        </Typography.Paragraph>
      )}
      {mayFile && (
        <Space wrap style={{ marginTop: 12 }}>
          {problem && <Alert type="error" showIcon title={problem} data-testid="registration-problem" />}
          <Radio.Group
            optionType="button"
            value={channel}
            onChange={(e) => setChannel(e.target.value as PledgeChannel)}
            options={(['ONLINE', 'OFFLINE'] as const).map((c) => ({ value: c, label: label('PledgeChannel', c) }))}
          />
          <Button type="primary" loading={saving} onClick={() => void file()} data-testid="registration-submit">
            {t(r ? 'pledges.submit.again' : 'pledges.submit.submit')}
          </Button>
          <Typography.Text type="secondary">{t('pledges.submit.hint')}</Typography.Text>
        </Space>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('pledges.alerts.onLoan')}
      </Typography.Title>
      <List
        size="small"
        dataSource={alerts}
        locale={{ emptyText: t('pledges.alerts.empty') }}
        renderItem={(a) => (
          <List.Item data-testid="loan-alert">
            <Space>
              <Tag color="red">{t('pledges.alerts.tag')}</Tag>
              <span>{a.message}</span>
              <Typography.Text type="secondary">{formatDateTime(a.createdAt, i18n.language)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
