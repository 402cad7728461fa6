import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager, useAfterCursor } from '../shared/CursorPager';
import { BudgetCard } from './BudgetCard';
import { FirmCreditPanel } from './FraudPanel';
import { GrantTable } from './GrantTable';
import { APPROVE_SUBSIDY, PAY_SUBSIDY, REJECT_SUBSIDY, SUBSIDY_APPLICATIONS, SUBSIDY_ME } from './queries';
import { APPROVE_REWARD, PAY_REWARD, REJECT_REWARD, REWARD_APPLICATIONS } from './reward-queries';

/**
 * 补贴审批: the office's queue of subsidies and of bank and valuer rewards, with the formula of
 * each; approve within the budget, reject with a reason, record the payment. Below, each firm of
 * the subsidy queue with its credit records and the fraud action.
 */
export default function SubsidyApprovalsPage() {
  const { t } = useTranslation();
  const [after, setAfter] = useAfterCursor();
  const me = useQuery(SUBSIDY_ME);
  const list = useQuery(SUBSIDY_APPLICATIONS, { variables: { after }, fetchPolicy: 'cache-and-network' });
  const [approve] = useMutation(APPROVE_SUBSIDY);
  const [reject] = useMutation(REJECT_SUBSIDY);
  const [pay] = useMutation(PAY_SUBSIDY);
  const rewards = useQuery(REWARD_APPLICATIONS, { variables: {}, fetchPolicy: 'cache-and-network' });
  const [approveReward] = useMutation(APPROVE_REWARD);
  const [rejectReward] = useMutation(REJECT_REWARD);
  const [payReward] = useMutation(PAY_REWARD);
  const region = me.data?.me.organization.region;
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  const refresh = async () => {
    await list.refetch();
  };
  const refreshRewards = async () => {
    await rewards.refetch();
  };
  const connection = list.data?.subsidyApplications;
  const firms = [...new Set(connection?.edges.map((e) => e.node.enterpriseId) ?? [])];
  const statuses = [...(connection?.edges ?? []), ...(rewards.data?.rewardApplications.edges ?? [])].map((e) => e.node.status).join();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('subsidies.approvals.title')}>
        {/* Keyed on the statuses so the budget reloads after each decision. */}
        {region && <BudgetCard key={`${region.id}-${statuses}`} regionId={region.id} regionName={region.name} year={year} />}
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
      <Card title={t('subsidies.approvals.rewards')}>
        {rewards.error && <Alert type="error" showIcon title={rewards.error.message} />}
        <GrantTable
          prefix="reward"
          loading={rewards.loading && !rewards.data}
          rows={rewards.data?.rewardApplications.edges.map((e) => e.node) ?? []}
          decisions={{
            approve: (r) => approveReward({ variables: { input: { id: r.id, expectedVersion: r.version } } }).then(refreshRewards),
            reject: (r, reason) => rejectReward({ variables: { input: { id: r.id, expectedVersion: r.version, reason } } }).then(refreshRewards),
            pay: (r, v) => payReward({ variables: { input: { id: r.id, expectedVersion: r.version, ...v } } }).then(refreshRewards),
          }}
        />
      </Card>
      <Card title={t('subsidies.fraud.title')}>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          {firms.map((id) => (
            <FirmCreditPanel key={id} enterpriseId={id} onMarked={refresh} />
          ))}
        </Space>
      </Card>
    </Space>
  );
}
