import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext, useParams } from 'react-router';
import type { Me } from '../app/queries';
import { LoanPledgePanel } from '../pledges/LoanPledgePanel';
import { LOAN_PLEDGE_PANEL } from '../pledges/queries';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { DisburseForm, RepaymentForm } from './LoanActions';
import { isBank, loanColour } from './loan-values';
import { LOAN_PAGE, LoanDetail } from './queries';
import { ScheduleTable } from './ScheduleTable';

/**
 * 贷款: the terms, the pledge registration and monitoring alerts, the schedule, repayments and
 * risk shares; the bank disburses (once the pledge is registered) and records repayments here.
 */
export default function LoanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const bank = isBank(me.roles);
  const { data, loading, error, refetch } = useQuery(LOAN_PAGE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const pledge = useQuery(LOAN_PLEDGE_PANEL, { variables: { loanId: id }, fetchPolicy: 'cache-and-network' });
  const loan = data?.loan;
  const registration = pledge.data?.loanPledgeRegistration ?? null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Link to="/loans">{t('common.back')}</Link>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      {loading && !loan && <Skeleton active />}
      {loan && (
        <>
          <Terms loan={loan} />
          <LoanPledgePanel loan={loan} canFile={bank} onChange={() => Promise.all([pledge.refetch(), refetch()])} data={pledge.data} />
          {bank && loan.status === 'CONTRACTED' && <DisburseForm loan={loan} registration={registration} onDone={() => refetch()} />}
          <Card title={t('loans.schedule.title')}>
            <ScheduleTable instalments={loan.schedule} />
          </Card>
          {bank && (loan.status === 'ACTIVE' || loan.status === 'OVERDUE') && <RepaymentForm loan={loan} onDone={() => refetch()} />}
          <Repayments loan={loan} />
          <RiskShares loan={loan} />
        </>
      )}
    </Space>
  );
}

function Terms({ loan }: { loan: NonNullable<LoanDetail> }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const money = (fen: string) => formatMoney(fen, i18n.language);
  const app = loan.application;
  return (
    <Card
      title={t('loans.loan.title', { firm: app?.enterpriseName ?? '', product: app?.productName ?? '' })}
      extra={
        <Tag color={loanColour(loan.status)} data-testid="loan-status" data-status={loan.status}>
          {label('LoanStatus', loan.status)}
        </Tag>
      }
    >
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        {app && <Descriptions.Item label={t('loans.applications.bank')}>{app.bankName}</Descriptions.Item>}
        <Descriptions.Item label={t('loans.loan.principal')}>
          <span data-testid="loan-principal">{money(loan.principal.amountFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.loan.outstanding')}>
          <span data-testid="loan-outstanding">{money(loan.outstandingPrincipal.amountFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.loan.rate')}>{formatRate(loan.annualRateBp)}</Descriptions.Item>
        <Descriptions.Item label={t('loans.loan.term')}>
          {t('loans.months', { count: loan.termMonths })} · {label('RepaymentMethod', loan.repaymentMethod)}
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.loan.dayCount')}>{label('DayCount', loan.dayCount)}</Descriptions.Item>
        <Descriptions.Item label={t('loans.loan.pledge')}>
          {money(loan.appraisedValue.amountFen)} · {t('loans.loan.pledgeRate', { rate: formatRate(loan.pledgeRateBp) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.loan.contractedAt')}>{formatDateTime(loan.contractedAt, i18n.language)}</Descriptions.Item>
        <Descriptions.Item label={t('loans.loan.disbursedOn')}>{loan.disbursedOn ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('loans.loan.maturityDate')}>{loan.maturityDate ?? t('common.none')}</Descriptions.Item>
        {loan.daysPastDue > 0 && (
          <Descriptions.Item label={t('loans.loan.overdue')}>
            <Typography.Text type="danger">{t('loans.schedule.daysPastDue', { count: loan.daysPastDue })}</Typography.Text>
          </Descriptions.Item>
        )}
        {loan.defaultedOn && <Descriptions.Item label={t('loans.loan.defaultedOn')}>{loan.defaultedOn}</Descriptions.Item>}
        {loan.repaidOn && <Descriptions.Item label={t('loans.loan.repaidOn')}>{loan.repaidOn}</Descriptions.Item>}
        {app && (app.guaranteeRequired || app.insuranceRequired || app.decisionNote) && (
          <Descriptions.Item label={t('loans.application.conditions')}>
            {[app.guaranteeRequired && t('loans.decision.guaranteeRequired'), app.insuranceRequired && t('loans.decision.insuranceRequired'), app.decisionNote]
              .filter(Boolean)
              .join('；')}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function Repayments({ loan }: { loan: NonNullable<LoanDetail> }) {
  const { t } = useTranslation();
  // Repayments are read to the fen, like the schedule they settle.
  const money = (fen: string) => formatMoney(fen, 'en');
  return (
    <Card title={t('loans.repayments.title')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={loan.repayments}
        locale={{ emptyText: t('loans.repayments.empty') }}
        onRow={() => ({ 'data-testid': 'repayment-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('loans.repayments.paidOn'), dataIndex: 'paidOn' },
          { title: t('loans.repayments.principal'), key: 'p', align: 'right', render: (_, r) => money(r.principal.amountFen) },
          { title: t('loans.repayments.interest'), key: 'i', align: 'right', render: (_, r) => money(r.interest.amountFen) },
          { title: t('loans.repayments.penalty'), key: 'x', align: 'right', render: (_, r) => money(r.penalty.amountFen) },
          {
            title: t('loans.repayments.kind'),
            key: 'early',
            render: (_, r) => (r.early ? <Tag color="purple">{t('loans.repayments.early')}</Tag> : t('loans.repayments.onSchedule')),
          },
        ]}
      />
    </Card>
  );
}

function RiskShares({ loan }: { loan: NonNullable<LoanDetail> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Card title={t('loans.risk.title')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={loan.riskShares}
        onRow={() => ({ 'data-testid': 'risk-share-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('loans.risk.role'), key: 'role', render: (_, s) => label('RiskShareRole', s.role) },
          { title: t('loans.risk.share'), key: 'share', render: (_, s) => formatRate(s.shareBp) },
          {
            title: t('loans.risk.passedOn'),
            key: 'passed',
            render: (_, s) => (s.passedOnBp ? `${formatRate(s.passedOnBp)}${s.passedOnTo ? ` → ${s.passedOnTo}` : ''}` : t('common.none')),
          },
          { title: t('loans.risk.net'), key: 'net', render: (_, s) => formatRate(s.shareBp - s.passedOnBp) },
        ]}
      />
    </Card>
  );
}
