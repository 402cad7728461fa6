import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { AlertRow, MONITORING_ALERTS } from './queries';

/** 贷中监测: the alerts on the bank's loans (a pledged asset's legal status changed), newest first. */
export default function AlertsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const { data, loading, error } = useQuery(MONITORING_ALERTS, { variables: { after: list.after }, fetchPolicy: 'cache-and-network' });
  const page = data?.monitoringAlerts;
  return (
    <Card title={t('pledges.alerts.title')}>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<AlertRow>
        rowKey="id"
        loading={loading && !data}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('pledges.alerts.empty') }}
        onRow={() => ({ 'data-testid': 'alert-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('pledges.alerts.at'), key: 'at', render: (_, a) => formatDateTime(a.createdAt, i18n.language) },
          {
            title: t('pledges.list.loan'),
            key: 'loan',
            render: (_, a) => (
              <span>
                <Link to={`/loans/${a.loanId}`}>{a.loan?.application?.enterpriseName ?? a.loanId.slice(0, 8)}</Link>
                {a.loan && <Tag style={{ marginLeft: 8 }}>{label('LoanStatus', a.loan.status)}</Tag>}
              </span>
            ),
          },
          { title: t('pledges.alerts.message'), dataIndex: 'message' },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor ?? null} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
    </Card>
  );
}
