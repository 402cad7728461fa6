import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager, useAfterCursor } from '../shared/CursorPager';
import { BudgetCard } from './BudgetCard';
import { GrantTable } from './GrantTable';
import { APPROVE_SUBSIDY, PAY_SUBSIDY, REJECT_SUBSIDY, SUBSIDY_APPLICATIONS, SUBSIDY_ME } from './queries';

/** 补贴审批: the office's queue with the formula of each application; approve within the budget, reject with a reason, record the payment. */
export default function SubsidyApprovalsPage() {
  const { t } = useTranslation();
  const [after, setAfter] = useAfterCursor();
  const me = useQuery(SUBSIDY_ME);
  const list = useQuery(SUBSIDY_APPLICATIONS, { variables: { after }, fetchPolicy: 'cache-and-network' });
  const [approve] = useMutation(APPROVE_SUBSIDY);
  const [reject] = useMutation(REJECT_SUBSIDY);
  const [pay] = useMutation(PAY_SUBSIDY);
  const region = me.data?.me.organization.region;
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  const refresh = async () => {
    await list.refetch();
  };
  const connection = list.data?.subsidyApplications;
  return (
    <Card title={t('subsidies.approvals.title')}>
      {/* Keyed on the statuses so the budget reloads after each decision. */}
      {region && <BudgetCard key={`${region.id}-${connection?.edges.map((e) => e.node.status).join()}`} regionId={region.id} regionName={region.name} year={year} />}
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <GrantTable
        prefix="subsidy"
        loading={list.loading && !list.data}
        rows={connection?.edges.map((e) => e.node) ?? []}
        decisions={{
          approve: (r) => approve({ variables: { input: { id: r.id, expectedVersion: r.version } } }).then(refresh),
          reject: (r, reason) => reject({ variables: { input: { id: r.id, expectedVersion: r.version, reason } } }).then(refresh),
          pay: (r, v) => pay({ variables: { input: { id: r.id, expectedVersion: r.version, ...v } } }).then(refresh),
        }}
      />
      {connection && (
        <CursorPager total={connection.totalCount} endCursor={connection.pageInfo.endCursor ?? null} hasNextPage={connection.pageInfo.hasNextPage} onPage={setAfter} />
      )}
    </Card>
  );
}
