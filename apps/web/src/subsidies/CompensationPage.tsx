import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { formatMoney } from '../shared/format';
import { BudgetCard } from './BudgetCard';
import { ComputationPanel } from './ComputationPanel';
import { GrantTable } from './GrantTable';
import {
  APPROVE_COMPENSATION,
  CLAIM_COMPENSATION,
  COMPENSATION_CLAIMS,
  Computation,
  PAY_COMPENSATION,
  PREVIEW_COMPENSATION,
  REJECT_COMPENSATION,
  SUBSIDY_LOANS,
  SUBSIDY_ME,
} from './queries';

/**
 * 风险补偿: a bank, guarantor or insurer claims on a defaulted loan it shares the risk of (test ids
 * `compensation-loan-${loanId}`, `compensation-preview`, `compensation-amount`, `compensation-submit`);
 * the office approves, rejects and pays claims (`compensation-approve-${id}` …).
 */
export default function CompensationPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  const me = useQuery(SUBSIDY_ME);
  const office = me.data?.me.roles.includes('GOV_OFFICER') ?? false;
  const claimant = !office && Boolean(me.data);
  const loans = useQuery(SUBSIDY_LOANS, { variables: { filter: { statuses: ['DEFAULTED'] } }, skip: !claimant, fetchPolicy: 'cache-and-network' });
  const claims = useQuery(COMPENSATION_CLAIMS, { variables: {}, fetchPolicy: 'cache-and-network' });
  const [claim, claiming] = useMutation(CLAIM_COMPENSATION);
  const [approve] = useMutation(APPROVE_COMPENSATION);
  const [reject] = useMutation(REJECT_COMPENSATION);
  const [pay] = useMutation(PAY_COMPENSATION);
  const [loanId, setLoanId] = useState<string | null>(null);
  const [computation, setComputation] = useState<Computation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const region = me.data?.me.organization.region;
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

  const attempt = async (p: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await p();
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const preview = (id: string) =>
    attempt(async () => {
      setLoanId(id);
      setComputation(null);
      const res = await client.query({ query: PREVIEW_COMPENSATION, variables: { input: { loanId: id } }, fetchPolicy: 'network-only' });
      setComputation(res.data?.previewRiskCompensation ?? null);
    });
  const submit = () =>
    attempt(async () => {
      if (!loanId) return;
      await claim({ variables: { input: { loanId } } });
      setComputation(null);
      setLoanId(null);
      await claims.refetch();
    });
  const refresh = async () => {
    await claims.refetch();
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {claimant && (
        <Card title={t('subsidies.compensation.loans')}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            locale={{ emptyText: t('subsidies.compensation.noLoans') }}
            dataSource={loans.data?.loans.edges.map((e) => e.node) ?? []}
            columns={[
              { title: t('subsidies.apply.loan'), render: (_, l) => l.id.slice(0, 8) },
              { title: t('subsidies.apply.principal'), render: (_, l) => formatMoney(l.principal.amountFen, i18n.language) },
              { title: t('subsidies.apply.status'), render: (_, l) => <Tag>{label('LoanStatus', l.status)}</Tag> },
              { title: t('subsidies.compensation.defaultedOn'), dataIndex: 'defaultedOn' },
              {
                title: '',
                render: (_, l) => (
                  <Button size="small" data-testid={`compensation-loan-${l.id}`} onClick={() => void preview(l.id)}>
                    {t('subsidies.compensation.choose')}
                  </Button>
                ),
              },
            ]}
          />
          {computation && (
            <div style={{ marginTop: 16 }}>
              <ComputationPanel
                prefix="compensation"
                computation={computation}
                submitting={claiming.loading}
                submitLabel={t('subsidies.compensation.submit')}
                onSubmit={() => void submit()}
              />
            </div>
          )}
        </Card>
      )}
      {problem && <Alert type="error" showIcon title={problem} data-testid="compensation-problem" />}
      <Card title={office ? t('subsidies.approvals.compensation') : t('subsidies.compensation.mine')}>
        {office && region && (
          <BudgetCard key={`${region.id}-${claims.data?.compensationClaims.edges.map((e) => e.node.status).join()}`} regionId={region.id} regionName={region.name} year={year} />
        )}
        {claims.error && <Alert type="error" showIcon title={claims.error.message} />}
        <GrantTable
          prefix="compensation"
          rows={claims.data?.compensationClaims.edges.map((e) => e.node) ?? []}
          loading={claims.loading && !claims.data}
          decisions={
            office
              ? {
                  approve: (r) => approve({ variables: { input: { id: r.id, expectedVersion: r.version } } }).then(refresh),
                  reject: (r, reason) => reject({ variables: { input: { id: r.id, expectedVersion: r.version, reason } } }).then(refresh),
                  pay: (r, v) => pay({ variables: { input: { id: r.id, expectedVersion: r.version, ...v } } }).then(refresh),
                }
              : undefined
          }
        />
      </Card>
    </Space>
  );
}
