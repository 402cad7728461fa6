import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router';
import type { Me } from '../app/queries';
import type { LoanApplicationStatus } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { StatusFilter } from '../shared/StatusFilter';
import { formatDateTime, formatMoney } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { APPLICATION_STATUSES, applicationColour, isBank, isFirm } from './loan-values';
import { ApplicationRow, LOAN_APPLICATIONS } from './queries';

/** 我的贷款申请 (a firm) / 贷款申请 (a bank's queue): newest first, the status filter and page in the URL. */
export default function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const me = useOutletContext<Me>();
  const bank = isBank(me.roles);
  const statuses = list.getAll('status') as LoanApplicationStatus[];
  const { data, loading, error } = useQuery(LOAN_APPLICATIONS, {
    variables: { after: list.after, filter: { statuses: statuses.length ? statuses : undefined } },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.loanApplications;
  const money = (fen: string) => formatMoney(fen, i18n.language);

  return (
    <Card
      title={t(bank ? 'loans.applications.bankTitle' : 'loans.applications.firmTitle')}
      extra={
        isFirm(me.roles) && (
          <Link to="/loans/apply">
            <Button type="primary" data-testid="loan-apply-new">
              {t('loans.applications.apply')}
            </Button>
          </Link>
        )
      }
    >
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <StatusFilter
          enumName="LoanApplicationStatus"
          values={APPLICATION_STATUSES}
          value={statuses}
          onChange={(v) => list.set({ status: v })}
          label={t('loans.applications.status')}
          testId="applications-filter-status"
        />
      </Space>
      <Table<ApplicationRow>
        rowKey="id"
        loading={loading && !data}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('loans.applications.empty') }}
        onRow={(a) => ({ 'data-testid': 'application-row', 'data-id': a.id, 'data-status': a.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          bank
            ? { title: t('loans.applications.firm'), key: 'firm', render: (_, a) => a.enterpriseName }
            : { title: t('loans.applications.bank'), key: 'bank', render: (_, a) => a.bankName },
          { title: t('loans.applications.product'), key: 'product', render: (_, a) => a.productName },
          {
            title: t('loans.applications.requested'),
            key: 'requested',
            render: (_, a) => `${money(a.requestedAmount.amountFen)} · ${t('loans.months', { count: a.requestedTermMonths })}`,
          },
          { title: t('loans.applications.offered'), key: 'offered', render: (_, a) => (a.offeredAmount ? money(a.offeredAmount.amountFen) : t('common.none')) },
          { title: t('loans.applications.status'), key: 'status', render: (_, a) => <Tag color={applicationColour(a.status)}>{label('LoanApplicationStatus', a.status)}</Tag> },
          { title: t('loans.applications.createdAt'), key: 'createdAt', render: (_, a) => formatDateTime(a.createdAt, i18n.language) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, a) => (
              <Space>
                <Link to={`/loans/applications/${a.id}`} data-testid="application-open">
                  {t(bank && a.status === 'SUBMITTED' ? 'loans.applications.decide' : 'loans.applications.open')}
                </Link>
                {a.loanId && <Link to={`/loans/${a.loanId}`}>{t('loans.applications.toLoan')}</Link>}
              </Space>
            ),
          },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor ?? null} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
    </Card>
  );
}
