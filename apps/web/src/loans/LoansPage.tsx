import { useQuery } from '@apollo/client/react';
import { Alert, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router';
import type { Me } from '../app/queries';
import type { LoanStatus } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { StatusFilter } from '../shared/StatusFilter';
import { formatMoney, formatRate } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { isBank, LOAN_STATUSES, loanColour } from './loan-values';
import { LOANS, LoanRow } from './queries';

/** 我的贷款 (a firm) / 贷款 (a bank): newest first, the status filter and page in the URL. */
export default function LoansPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const me = useOutletContext<Me>();
  const bank = isBank(me.roles);
  const statuses = list.getAll('status') as LoanStatus[];
  const { data, loading, error } = useQuery(LOANS, {
    variables: { after: list.after, filter: { statuses: statuses.length ? statuses : undefined } },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.loans;
  const money = (fen: string) => formatMoney(fen, i18n.language);

  return (
    <Card title={t(bank ? 'loans.list.bankTitle' : 'loans.list.firmTitle')}>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <StatusFilter
          enumName="LoanStatus"
          values={LOAN_STATUSES}
          value={statuses}
          onChange={(v) => list.set({ status: v })}
          label={t('loans.list.status')}
          testId="loans-filter-status"
        />
      </Space>
      <Table<LoanRow>
        rowKey="id"
        loading={loading && !data}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('loans.list.empty') }}
        onRow={(l) => ({ 'data-testid': 'loan-row', 'data-id': l.id, 'data-status': l.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          bank
            ? { title: t('loans.applications.firm'), key: 'firm', render: (_, l) => l.application?.enterpriseName ?? t('common.none') }
            : { title: t('loans.applications.bank'), key: 'bank', render: (_, l) => l.application?.bankName ?? t('common.none') },
          { title: t('loans.applications.product'), key: 'product', render: (_, l) => l.application?.productName ?? t('common.none') },
          { title: t('loans.loan.principal'), key: 'principal', render: (_, l) => money(l.principal.amountFen) },
          { title: t('loans.loan.outstanding'), key: 'outstanding', render: (_, l) => money(l.outstandingPrincipal.amountFen) },
          { title: t('loans.loan.rate'), key: 'rate', render: (_, l) => formatRate(l.annualRateBp) },
          { title: t('loans.loan.term'), key: 'term', render: (_, l) => `${t('loans.months', { count: l.termMonths })} · ${label('RepaymentMethod', l.repaymentMethod)}` },
          { title: t('loans.loan.disbursedOn'), key: 'disbursedOn', render: (_, l) => l.disbursedOn ?? t('common.none') },
          {
            title: t('loans.list.status'),
            key: 'status',
            render: (_, l) => (
              <span>
                <Tag color={loanColour(l.status)}>{label('LoanStatus', l.status)}</Tag>
                {l.daysPastDue > 0 && <Tag color="red">{t('loans.schedule.daysPastDue', { count: l.daysPastDue })}</Tag>}
              </span>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, l) => (
              <Link to={`/loans/${l.id}`} data-testid="loan-open">
                {t('loans.list.open')}
              </Link>
            ),
          },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor ?? null} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
    </Card>
  );
}
