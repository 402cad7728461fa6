import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { formatMoney } from '../shared/format';
import { ComputationPanel } from './ComputationPanel';
import { GrantTable } from './GrantTable';
import { Computation, SUBSIDY_ME } from './queries';
import {
  APPLY_FOR_BANK_REWARD,
  APPLY_FOR_VALUER_REWARD,
  PREVIEW_BANK_REWARD,
  PREVIEW_VALUER_REWARD,
  REWARD_APPLICATIONS,
  REWARD_REGIONS,
  VALUER_REWARD_LOANS,
} from './reward-queries';

const lastYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) - 1;

/** What the applicant chose: a bank a region and year, a valuer one of its loans. */
type Choice = { kind: 'BANK'; regionId: string; year: number } | { kind: 'VALUER'; loanId: string };

/**
 * 奖励申请: a bank picks a region and a lending year, a valuer one of the loans its valuation
 * counted for; both see the computed reward with the formula before applying, and follow their
 * applications. Test ids: `reward-region`, `reward-year`, `reward-loan-${loanId}`, `reward-preview`,
 * `reward-amount`, `reward-steps`, `reward-ineligible`, `reward-submit`, `reward-submitted`, rows `reward-row-${id}`.
 */
export default function RewardsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  const me = useQuery(SUBSIDY_ME);
  const isBank = me.data?.me.roles.includes('BANK_OFFICER') ?? false;
  const isValuer = me.data?.me.roles.includes('VALUER') ?? false;
  const regions = useQuery(REWARD_REGIONS, { skip: !isBank });
  const loans = useQuery(VALUER_REWARD_LOANS, { skip: !isValuer, fetchPolicy: 'cache-and-network' });
  const mine = useQuery(REWARD_APPLICATIONS, { variables: {}, fetchPolicy: 'cache-and-network' });
  const [applyBank, applyingBank] = useMutation(APPLY_FOR_BANK_REWARD);
  const [applyValuer, applyingValuer] = useMutation(APPLY_FOR_VALUER_REWARD);
  const [regionId, setRegionId] = useState<string | null>(null);
  const [year, setYear] = useState<number>(lastYear());
  const [loanId, setLoanId] = useState<string | null>(null);
  const [computation, setComputation] = useState<Computation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);

  const choice: Choice | null = isBank ? (regionId ? { kind: 'BANK', regionId, year } : null) : loanId ? { kind: 'VALUER', loanId } : null;
  const reset = () => {
    setComputation(null);
    setProblem(null);
    setSubmitted(false);
  };
  const run = async (p: () => Promise<void>) => {
    setProblem(null);
    try {
      await p();
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const preview = (c: Choice) =>
    run(async () => {
      if (c.kind === 'BANK') {
        const res = await client.query({ query: PREVIEW_BANK_REWARD, variables: { regionId: c.regionId, year: c.year }, fetchPolicy: 'network-only' });
        setComputation(res.data?.previewBankReward ?? null);
      } else {
        const res = await client.query({ query: PREVIEW_VALUER_REWARD, variables: { loanId: c.loanId }, fetchPolicy: 'network-only' });
        setComputation(res.data?.previewValuerReward ?? null);
      }
    });
  const submit = (c: Choice) =>
    run(async () => {
      if (c.kind === 'BANK') await applyBank({ variables: { input: { regionId: c.regionId, year: c.year } } });
      else await applyValuer({ variables: { input: { loanId: c.loanId } } });
      setSubmitted(true);
      setComputation(null);
      await mine.refetch();
    });

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={isValuer ? t('subsidies.rewards.valuerTitle') : t('subsidies.rewards.bankTitle')}>
        {isBank && (
          <Space wrap>
            <Select
              style={{ minWidth: 220 }}
              placeholder={t('subsidies.rewards.region')}
              aria-label={t('subsidies.rewards.region')}
              data-testid="reward-region"
              value={regionId ?? undefined}
              options={(regions.data?.policyRegions ?? []).map((r) => ({ value: r.id, label: r.name }))}
              onChange={(v: string) => {
                setRegionId(v);
                reset();
              }}
            />
            <InputNumber
              aria-label={t('subsidies.rewards.year')}
              data-testid="reward-year"
              min={2000}
              max={lastYear() + 1}
              value={year}
              onChange={(v) => {
                if (typeof v === 'number') setYear(v);
                reset();
              }}
            />
          </Space>
        )}
        {isValuer && (
          <Table
            rowKey="loanId"
            size="small"
            pagination={false}
            loading={loans.loading && !loans.data}
            locale={{ emptyText: t('subsidies.rewards.noLoans') }}
            dataSource={loans.data?.valuerRewardLoans ?? []}
            columns={[
              { title: t('subsidies.apply.loan'), render: (_, l) => l.loanId.slice(0, 8) },
              { title: t('subsidies.apply.principal'), render: (_, l) => formatMoney(l.principal.amountFen, i18n.language) },
              { title: t('subsidies.apply.status'), render: (_, l) => <Tag>{label('LoanStatus', l.status)}</Tag> },
              { title: t('subsidies.rewards.repaidOn'), dataIndex: 'repaidOn' },
              { title: t('subsidies.rewards.everOverdue'), render: (_, l) => (l.everOverdue ? t('subsidies.rewards.yes') : t('subsidies.rewards.no')) },
              {
                title: '',
                render: (_, l) =>
                  l.loanId === loanId ? (
                    <Tag color="blue">{t('subsidies.apply.chosen')}</Tag>
                  ) : (
                    <Button
                      size="small"
                      data-testid={`reward-loan-${l.loanId}`}
                      onClick={() => {
                        setLoanId(l.loanId);
                        reset();
                      }}
                    >
                      {t('subsidies.apply.choose')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
        {choice && (
          <div style={{ marginTop: 16 }}>
            <Button onClick={() => void preview(choice)} data-testid="reward-preview">
              {t('subsidies.apply.preview')}
            </Button>
          </div>
        )}
        {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} data-testid="reward-problem" />}
        {submitted && <Alert type="success" showIcon title={t('subsidies.apply.submitted')} style={{ marginTop: 16 }} data-testid="reward-submitted" />}
        {computation && choice && (
          <div style={{ marginTop: 16 }}>
            <ComputationPanel
              prefix="reward"
              computation={computation}
              submitting={applyingBank.loading || applyingValuer.loading}
              submitLabel={t('subsidies.apply.submit')}
              onSubmit={() => void submit(choice)}
            />
          </div>
        )}
      </Card>
      <Card title={t('subsidies.rewards.mine')}>
        {mine.error && <Alert type="error" showIcon title={mine.error.message} />}
        <GrantTable prefix="reward" rows={mine.data?.rewardApplications.edges.map((e) => e.node) ?? []} loading={mine.loading && !mine.data} />
      </Card>
    </Space>
  );
}
