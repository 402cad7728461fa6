import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubsidyKind } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { formatMoney } from '../shared/format';
import { ComputationPanel } from './ComputationPanel';
import { GrantTable } from './GrantTable';
import { APPLY_FOR_SUBSIDY, Computation, PREVIEW_SUBSIDY, SUBSIDY_APPLICATIONS, SUBSIDY_LOANS } from './queries';

const KINDS: SubsidyKind[] = ['INTEREST', 'FEE_REGISTRATION', 'FEE_GUARANTEE', 'FEE_INSURANCE', 'FEE_VALUATION', 'PREMIUM'];

/**
 * 补贴申请: the firm picks one of its disbursed loans and a kind, sees what the platform would
 * grant with the formula step by step, submits, and follows its applications. Test ids:
 * `subsidy-loan-${loanId}`, `subsidy-kind-${KIND}`, `subsidy-preview`, `subsidy-amount`,
 * `subsidy-steps`, `subsidy-ineligible`, `subsidy-submit`, `subsidy-submitted`, rows `subsidy-row-${id}`.
 */
export default function FirmSubsidiesPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  const loans = useQuery(SUBSIDY_LOANS, { variables: { filter: { statuses: ['ACTIVE', 'OVERDUE', 'REPAID', 'DEFAULTED'] } }, fetchPolicy: 'cache-and-network' });
  const mine = useQuery(SUBSIDY_APPLICATIONS, { variables: {}, fetchPolicy: 'cache-and-network' });
  const [applyForSubsidy, applying] = useMutation(APPLY_FOR_SUBSIDY);
  const [loanId, setLoanId] = useState<string | null>(null);
  const [kind, setKind] = useState<SubsidyKind>('INTEREST');
  const [computation, setComputation] = useState<Computation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);

  const choose = (id: string | null, k: SubsidyKind) => {
    setLoanId(id);
    setKind(k);
    setComputation(null);
    setProblem(null);
    setSubmitted(null);
  };
  const preview = async () => {
    if (!loanId) return;
    setProblem(null);
    try {
      const res = await client.query({ query: PREVIEW_SUBSIDY, variables: { loanId, kind }, fetchPolicy: 'network-only' });
      setComputation(res.data?.previewSubsidy ?? null);
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const submit = async () => {
    if (!loanId) return;
    setProblem(null);
    try {
      const res = await applyForSubsidy({ variables: { input: { loanId, kind } } });
      setSubmitted(res.data?.applyForSubsidy.id ?? null);
      setComputation(null);
      await mine.refetch();
    } catch (e) {
      setProblem(errorText(e));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('subsidies.apply.title')}>
        {loans.error && <Alert type="error" showIcon title={loans.error.message} />}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          loading={loans.loading && !loans.data}
          locale={{ emptyText: t('subsidies.apply.noLoans') }}
          dataSource={loans.data?.loans.edges.map((e) => e.node) ?? []}
          columns={[
            { title: t('subsidies.apply.loan'), render: (_, l) => l.id.slice(0, 8) },
            { title: t('subsidies.apply.principal'), render: (_, l) => formatMoney(l.principal.amountFen, i18n.language) },
            { title: t('subsidies.apply.status'), render: (_, l) => <Tag>{label('LoanStatus', l.status)}</Tag> },
            { title: t('subsidies.apply.disbursedOn'), dataIndex: 'disbursedOn' },
            {
              title: '',
              render: (_, l) =>
                l.id === loanId ? (
                  <Tag color="blue">{t('subsidies.apply.chosen')}</Tag>
                ) : (
                  <Button size="small" data-testid={`subsidy-loan-${l.id}`} onClick={() => choose(l.id, kind)}>
                    {t('subsidies.apply.choose')}
                  </Button>
                ),
            },
          ]}
        />
        {loanId && (
          <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Radio.Group value={kind} onChange={(e) => choose(loanId, e.target.value as SubsidyKind)} aria-label={t('subsidies.apply.kind')}>
              {KINDS.map((k) => (
                <Radio key={k} value={k} data-testid={`subsidy-kind-${k}`}>
                  {label('SubsidyKind', k)}
                </Radio>
              ))}
            </Radio.Group>
            <Button onClick={() => void preview()} data-testid="subsidy-preview">
              {t('subsidies.apply.preview')}
            </Button>
          </Space>
        )}
        {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} data-testid="subsidy-problem" />}
        {submitted && <Alert type="success" showIcon title={t('subsidies.apply.submitted')} style={{ marginTop: 16 }} data-testid="subsidy-submitted" />}
        {computation && (
          <div style={{ marginTop: 16 }}>
            <ComputationPanel prefix="subsidy" computation={computation} submitting={applying.loading} submitLabel={t('subsidies.apply.submit')} onSubmit={() => void submit()} />
          </div>
        )}
      </Card>
      <Card title={t('subsidies.apply.mine')}>
        {mine.error && <Alert type="error" showIcon title={mine.error.message} />}
        <GrantTable prefix="subsidy" rows={mine.data?.subsidyApplications.edges.map((e) => e.node) ?? []} loading={mine.loading && !mine.data} />
      </Card>
    </Space>
  );
}
