import { Alert, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../shared/errors';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney } from '../shared/format';
import { PaymentForm, RejectForm } from './DecisionForms';
import { FormulaSteps } from './FormulaSteps';
import type { RewardRow } from './reward-queries';
import type { ClaimRow, SubsidyRow } from './queries';

type Row = SubsidyRow | ClaimRow | RewardRow;

export interface Decisions {
  approve: (row: Row) => Promise<unknown>;
  reject: (row: Row, reason: string) => Promise<unknown>;
  pay: (row: Row, v: { paidOn: string; reference: string }) => Promise<unknown>;
}

const COLOURS: Record<string, string> = { PENDING: 'processing', APPROVED: 'blue', PAID: 'success', REJECTED: 'default', CLAWED_BACK: 'error' };

export const todayInShanghai = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * Applications or claims with their formula steps (expanded), and for an office the decisions:
 * approve, reject with a reason, record the payment. Test ids: `${prefix}-row-${id}`,
 * `${prefix}-status-${id}`, `${prefix}-approve-${id}`, `${prefix}-reject-${id}`, `${prefix}-pay-${id}`.
 */
export function GrantTable({ rows, prefix, decisions, loading }: { rows: Row[]; prefix: string; decisions?: Decisions; loading?: boolean }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [open, setOpen] = useState<{ id: string; action: 'reject' | 'pay' } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Steps are shown unless folded: rows arrive after the first render, so antd's defaultExpandAllRows would miss them.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const run = async (p: Promise<unknown>) => {
    setProblem(null);
    try {
      await p;
      setOpen(null);
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  return (
    <>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid={`${prefix}-problem`} />}
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('subsidies.grants.empty') }}
        onRow={(r) => ({ 'data-testid': `${prefix}-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowRender: (r) => <FormulaSteps steps={r.steps} testId={`${prefix}-steps-${r.id}`} />,
          expandedRowKeys: rows.filter((r) => !folded.has(r.id)).map((r) => r.id),
          onExpand: (expanded, r) =>
            setFolded((f) => {
              const next = new Set(f);
              if (expanded) next.delete(r.id);
              else next.add(r.id);
              return next;
            }),
        }}
        columns={[
          {
            title: prefix === 'reward' ? t('subsidies.grants.applicant') : t('subsidies.grants.firm'),
            render: (_, r) => ('applicantName' in r ? r.applicantName : r.enterpriseName),
          },
          {
            title: 'kind' in (rows[0] ?? {}) || prefix !== 'compensation' ? t('subsidies.grants.kind') : t('subsidies.grants.role'),
            render: (_, r) => ('applicantName' in r ? label('RewardKind', r.kind) : 'kind' in r ? label('SubsidyKind', r.kind) : label('RiskShareRole', r.role)),
          },
          { title: t('subsidies.grants.amount'), render: (_, r) => <span data-testid={`${prefix}-amount-${r.id}`}>{formatMoney(r.amount.amountFen, i18n.language)}</span> },
          {
            title: t('subsidies.grants.status'),
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Tag color={COLOURS[r.status]} data-testid={`${prefix}-status-${r.id}`}>
                  {label('SubsidyStatus', r.status)}
                </Tag>
                {r.rejectReason && <span>{r.rejectReason}</span>}
                {r.paidOn && <span>{t('subsidies.grants.paidWith', { date: r.paidOn, reference: r.paymentReference })}</span>}
              </Space>
            ),
          },
          { title: t('subsidies.grants.year'), dataIndex: 'budgetYear' },
          { title: t('subsidies.grants.appliedAt'), render: (_, r) => formatDateTime(r.createdAt, i18n.language) },
          ...(decisions
            ? [
                {
                  title: t('subsidies.grants.actions'),
                  render: (_: unknown, r: Row) => (
                    <Space direction="vertical">
                      <Space>
                        {r.status === 'PENDING' && (
                          <Button type="primary" size="small" data-testid={`${prefix}-approve-${r.id}`} onClick={() => void run(decisions.approve(r))}>
                            {t('subsidies.grants.approve')}
                          </Button>
                        )}
                        {(r.status === 'PENDING' || r.status === 'APPROVED') && (
                          <Button size="small" danger data-testid={`${prefix}-reject-${r.id}`} onClick={() => setOpen({ id: r.id, action: 'reject' })}>
                            {t('subsidies.grants.reject')}
                          </Button>
                        )}
                        {r.status === 'APPROVED' && (
                          <Button size="small" data-testid={`${prefix}-pay-${r.id}`} onClick={() => setOpen({ id: r.id, action: 'pay' })}>
                            {t('subsidies.grants.pay')}
                          </Button>
                        )}
                      </Space>
                      {open?.id === r.id && open.action === 'reject' && <RejectForm prefix={prefix} onSubmit={(reason) => decisions.reject(r, reason).then(() => setOpen(null))} />}
                      {open?.id === r.id && open.action === 'pay' && (
                        <PaymentForm prefix={prefix} today={todayInShanghai()} onSubmit={(v) => decisions.pay(r, v).then(() => setOpen(null))} />
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
