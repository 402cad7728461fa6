import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Table, Tag, message as antdMessage } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Chart } from '../shared/Chart';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { AnswerForm } from './AnswerForm';
import { FirmAssets } from './FirmAssets';
import { FirmMatches } from './FirmMatches';
import { BANK_FIRM, BankFirm, FirmNeed, RESPOND } from './queries';

/** A whitelisted firm as its bank sees it: profile, IP with valuations, needs, revenue, matches, and the bank's answer. */
export default function FirmPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [message, messageHolder] = antdMessage.useMessage();
  const { data, loading, error } = useQuery(BANK_FIRM, { variables: { id } });
  const [respond] = useMutation(RESPOND, { refetchQueries: [BANK_FIRM] });
  const firm = data?.enterprise;
  const pushed = data?.whitelistedFirms.edges[0]?.node;
  const needs = data?.financingNeeds.edges.map((e) => e.node) ?? [];

  if (error) return <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />;
  if (loading || !firm) return <Skeleton active />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {messageHolder}
      <Link to="/bank/firms">{t('bank.firm.back')}</Link>
      <Card title={<span data-testid="firm-name">{firm.name}</span>}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('bank.firm.creditCode')}>{firm.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t('bank.firm.industry')}>{firm.industryName ?? firm.industryCode}</Descriptions.Item>
          <Descriptions.Item label={t('bank.firm.region')}>{firm.region.name}</Descriptions.Item>
          <Descriptions.Item label={t('bank.firm.founded')}>{firm.foundedOn}</Descriptions.Item>
          <Descriptions.Item label={t('bank.firm.employees')}>{firm.employees ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('bank.firm.creditRating')}>{firm.creditRating ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('bank.firm.tags')}>{firm.tags.map((x) => <Tag key={x}>{label('EnterpriseTag', x)}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label={t('bank.firm.myResponse')}>
            <span data-testid="firm-my-response">{pushed?.myResponse ? label('WhitelistResponseStatus', pushed.myResponse) : t('bank.firm.noResponse')}</span>
          </Descriptions.Item>
          {pushed?.pushedAt && <Descriptions.Item label={t('bank.firm.pushedAt')}>{formatDateTime(pushed.pushedAt, i18n.language)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <FirmNeeds needs={needs} />
            <RevenueChart firm={firm} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          {pushed && (
            <Card title={t('bank.answer.title')}>
              <AnswerForm
                enterpriseId={firm.id}
                submit={async (input) => {
                  await respond({ variables: { input } });
                  void message.success(t('bank.answer.saved'));
                }}
              />
            </Card>
          )}
        </Col>
      </Row>
      <FirmAssets assets={firm.ipAssets.edges.map((e) => e.node)} />
      <FirmMatches needs={needs} />
    </Space>
  );
}

function FirmNeeds({ needs }: { needs: FirmNeed[] }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  return (
    <Card title={t('bank.firm.needs')}>
      <Table<FirmNeed>
        rowKey="id"
        size="small"
        dataSource={needs}
        pagination={false}
        locale={{ emptyText: t('bank.firm.noNeeds') }}
        columns={[
          { title: t('bank.firm.needAmount'), key: 'amount', render: (_: unknown, n: FirmNeed) => formatMoney(n.amount.amountFen, i18n.language) },
          { title: t('bank.firm.needTerm'), dataIndex: 'termMonths', render: (v: number) => t('bank.library.termMonths', { count: v }) },
          { title: t('bank.firm.needRate'), dataIndex: 'maxRateBp', render: (v: number) => formatRate(v) },
          { title: t('bank.firm.needPurpose'), dataIndex: 'purpose' },
          { title: t('bank.firm.needStatus'), dataIndex: 'status', render: (v: string) => label('FinancingNeedStatus', v) },
        ]}
      />
    </Card>
  );
}

function RevenueChart({ firm }: { firm: BankFirm }) {
  const { t } = useTranslation();
  const years = [...firm.annualRevenues].sort((a, b) => a.year - b.year);
  return (
    <Card title={t('bank.firm.revenue')}>
      {years.length === 0 ? (
        <Empty description={t('bank.firm.noRevenue')} />
      ) : (
        <Chart
          testId="firm-revenue-chart"
          height={260}
          option={{
            // Drawn at once: a bar growing from zero reads as no revenue in a screenshot or a print.
            animation: false,
            tooltip: { trigger: 'axis' },
            grid: { left: 60, right: 16, top: 24, bottom: 32 },
            xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
            yAxis: { type: 'value', name: t('bank.firm.revenueSeries') },
            // 万元 with two decimals; fen strings may exceed a double's exact range only far beyond any firm's revenue.
            series: [{ type: 'bar', name: t('bank.firm.revenueSeries'), data: years.map((y) => Number(BigInt(y.revenue.amountFen) / 10_000n) / 100) }],
          }}
        />
      )}
    </Card>
  );
}
