import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Input, message, Popconfirm, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext, useParams } from 'react-router';
import type { Me } from '../app/queries';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { DecisionForm } from './DecisionForm';
import { DocumentsCard } from './DocumentsCard';
import { applicationColour, isBank, isFirm, OPEN_APPLICATION } from './loan-values';
import {
  ApplicationDetail,
  DECIDE_LOAN_APPLICATION,
  LOAN_APPLICATION_PAGE,
  LOAN_APPLICATIONS,
  PRODUCT_TERMS,
  RESPOND_TO_COUNTER_OFFER,
  RISK_PARTIES,
  WITHDRAW_LOAN_APPLICATION,
} from './queries';

/** 贷款申请: the request, the bank's decision (its form for the bank), the firm's answer, the documents and the history. */
export default function ApplicationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const me = useOutletContext<Me>();
  const { data, loading, error, refetch } = useQuery(LOAN_APPLICATION_PAGE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const app = data?.loanApplication;
  const product = useQuery(PRODUCT_TERMS, { variables: { id: app?.productId ?? '' }, skip: !app }).data?.loanProduct;
  const [decide] = useMutation(DECIDE_LOAN_APPLICATION, { refetchQueries: [LOAN_APPLICATIONS] });
  const parties = useQuery(RISK_PARTIES, { skip: !isBank(me.roles) }).data;
  const options = (orgs: { id: string; name: string }[] = []) => orgs.map((o) => ({ value: o.id, label: o.name }));

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Link to="/loans/applications">{t('common.back')}</Link>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      {loading && !app && <Skeleton active />}
      {app && (
        <>
          <Summary app={app} />
          {isBank(me.roles) && app.status === 'SUBMITTED' && (
            <Card title={t('loans.decision.title')} style={{ maxWidth: 1000 }}>
              <DecisionForm
                key={app.version}
                application={app}
                rateRange={product?.rateRange}
                guarantors={options(parties?.guarantors)}
                insurers={options(parties?.insurers)}
                reload={() => void refetch()}
                submit={async (input) => {
                  await decide({ variables: { input } });
                  void message.success(t('loans.decision.done'));
                }}
              />
            </Card>
          )}
          {isFirm(me.roles) && OPEN_APPLICATION.includes(app.status) && <FirmAnswer app={app} onDone={() => refetch()} />}
          <DocumentsCard app={app} canUpload={isFirm(me.roles) && OPEN_APPLICATION.includes(app.status)} onUploaded={() => refetch()} />
          <Card title={t('loans.application.history')}>
            <Timeline
              items={app.transitions.map((tr) => ({
                content: (
                  <span data-testid="application-transition">
                    {formatDateTime(tr.at, i18n.language)} · {label('LoanApplicationStatus', tr.toStatus)}
                    {tr.note && ` · ${tr.note}`}
                  </span>
                ),
              }))}
            />
          </Card>
        </>
      )}
    </Space>
  );
}

function Summary({ app }: { app: NonNullable<ApplicationDetail> }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const money = (fen: string) => formatMoney(fen, i18n.language);
  const offered = app.offeredAmount;
  return (
    <Card
      title={t('loans.application.title', { product: app.productName })}
      extra={
        <Tag color={applicationColour(app.status)} data-testid="application-status" data-status={app.status}>
          {label('LoanApplicationStatus', app.status)}
        </Tag>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('loans.applications.firm')}>{app.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('loans.applications.bank')}>{app.bankName}</Descriptions.Item>
        <Descriptions.Item label={t('loans.application.requested')}>
          {money(app.requestedAmount.amountFen)} · {t('loans.months', { count: app.requestedTermMonths })} · {label('RepaymentMethod', app.requestedRepaymentMethod)}
        </Descriptions.Item>
        <Descriptions.Item label={t('loans.application.pledge')}>{t('loans.application.assets', { count: app.ipAssetIds.length })}</Descriptions.Item>
        <Descriptions.Item label={t('loans.application.purpose')}>{app.purpose || t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('loans.application.createdAt')}>{formatDateTime(app.createdAt, i18n.language)}</Descriptions.Item>
        {offered && (
          <Descriptions.Item label={t(app.status === 'COUNTER_OFFERED' ? 'loans.application.counterOffer' : 'loans.application.approved')}>
            <span data-testid="application-offer">
              {money(offered.amountFen)} · {app.offeredAnnualRateBp !== null && app.offeredAnnualRateBp !== undefined && formatRate(app.offeredAnnualRateBp)} ·{' '}
              {t('loans.months', { count: app.offeredTermMonths ?? 0 })} · {app.offeredRepaymentMethod && label('RepaymentMethod', app.offeredRepaymentMethod)}
            </span>
          </Descriptions.Item>
        )}
        {(app.guaranteeRequired || app.insuranceRequired) && (
          <Descriptions.Item label={t('loans.application.conditions')}>
            {[app.guaranteeRequired && t('loans.decision.guaranteeRequired'), app.insuranceRequired && t('loans.decision.insuranceRequired')].filter(Boolean).join('、')}
          </Descriptions.Item>
        )}
        {app.decisionNote && <Descriptions.Item label={t('loans.decision.note')}>{app.decisionNote}</Descriptions.Item>}
        {app.declineReason && (
          <Descriptions.Item label={t('loans.decision.declineReason')}>
            <Typography.Text type="danger" data-testid="application-decline-reason">
              {app.declineReason}
            </Typography.Text>
          </Descriptions.Item>
        )}
        {app.loanId && (
          <Descriptions.Item label={t('loans.application.loan')}>
            <Link to={`/loans/${app.loanId}`} data-testid="application-loan-link">
              {t('loans.applications.toLoan')}
            </Link>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** The firm's answer: accept or turn down a counter-offer; withdraw an open application (asked first). */
function FirmAnswer({ app, onDone }: { app: NonNullable<ApplicationDetail>; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [respond] = useMutation(RESPOND_TO_COUNTER_OFFER, { refetchQueries: [LOAN_APPLICATIONS] });
  const [withdraw] = useMutation(WITHDRAW_LOAN_APPLICATION, { refetchQueries: [LOAN_APPLICATIONS] });
  const [problem, setProblem] = useState<string>();
  const [reason, setReason] = useState('');
  const run = async (action: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await action();
      void message.success(t('loans.application.answered'));
      await onDone();
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  return (
    <Card title={t('loans.application.answer')}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="application-problem" />}
      <Space wrap>
        {app.status === 'COUNTER_OFFERED' && (
          <>
            <Button
              type="primary"
              onClick={() => void run(() => respond({ variables: { input: { applicationId: app.id, expectedVersion: app.version, accept: true } } }))}
              data-testid="counter-accept"
            >
              {t('loans.application.accept')}
            </Button>
            <Popconfirm
              title={t('loans.application.rejectConfirm')}
              onConfirm={() => run(() => respond({ variables: { input: { applicationId: app.id, expectedVersion: app.version, accept: false } } }))}
              okButtonProps={{ 'data-testid': 'counter-reject-confirm' }}
            >
              <Button data-testid="counter-reject">{t('loans.application.reject')}</Button>
            </Popconfirm>
          </>
        )}
        <Input placeholder={t('loans.application.withdrawReason')} value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 260 }} maxLength={2000} />
        <Popconfirm
          title={t('loans.application.withdrawConfirm')}
          onConfirm={() => run(() => withdraw({ variables: { input: { applicationId: app.id, expectedVersion: app.version, reason: reason.trim() || undefined } } }))}
          okButtonProps={{ 'data-testid': 'application-withdraw-confirm' }}
        >
          <Button danger data-testid="application-withdraw">
            {t('loans.application.withdraw')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
