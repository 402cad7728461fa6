import { useQuery } from '@apollo/client/react';
import { Alert, Card, Select, Space, Table } from 'antd';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { WhitelistAnswersQuery, WhitelistResponseStatus } from '../gql/graphql';
import { Chart } from '../shared/Chart';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { Answer, WHITELIST_ANSWERS } from './queries';

const STATUSES: WhitelistResponseStatus[] = ['INTERESTED', 'CONTACTED', 'CREDIT_LINE_OFFERED', 'DECLINED'];

/** Each bank's newest answers counted by status, one stacked bar per bank. */
function answersChart(rows: WhitelistAnswersQuery['chart']['edges'], label: (s: WhitelistResponseStatus) => string): EChartsOption {
  const banks = [...new Map(rows.map((r) => [r.node.bank.id, r.node.bank.name])).entries()];
  return {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 40, right: 20, bottom: 60, containLabel: true },
    xAxis: { type: 'category', data: banks.map(([, name]) => name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: STATUSES.map((s) => ({
      type: 'bar',
      stack: 'answers',
      name: label(s),
      data: banks.map(([id]) => rows.filter((r) => r.node.bank.id === id && r.node.status === s).length),
    })),
  };
}

/** 银行反馈: the banks' newest answers on the batch's firms, per bank and per firm, with a chart. */
export default function AnswersPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const bankId = list.get('bank');
  const status = list.get('status') as WhitelistResponseStatus | undefined;
  const { data, loading, error } = useQuery(WHITELIST_ANSWERS, { variables: { batchId: id, after: list.after, filter: { bankId, status } } });
  const page = data?.whitelistResponses;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={data?.whitelistBatch ? t('office.answers.title', { version: data.whitelistBatch.version }) : t('common.loading')}
        extra={<Link to={`/office/batches/${id}`}>{t('office.answers.back')}</Link>}
      >
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        <Card type="inner" title={t('office.answers.chart')} style={{ marginBottom: 16 }}>
          <Chart testId="answers-chart" option={answersChart(data?.chart.edges ?? [], (s) => label('WhitelistResponseStatus', s))} />
        </Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ minWidth: 240 }}
            placeholder={t('office.answers.allBanks')}
            aria-label={t('office.answers.bank')}
            value={bankId}
            onChange={(v?: string) => list.set({ bank: v })}
            options={(data?.whitelistBatch?.pushableBanks ?? []).map((b) => ({ value: b.id, label: b.name }))}
            data-testid="answers-bank-filter"
          />
          <Select
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t('office.answers.allStatuses')}
            aria-label={t('office.answers.status')}
            value={status}
            onChange={(v?: string) => list.set({ status: v })}
            options={STATUSES.map((s) => ({ value: s, label: label('WhitelistResponseStatus', s) }))}
            data-testid="answers-status-filter"
          />
        </Space>
        <Table<Answer>
          rowKey="id"
          loading={loading}
          dataSource={page?.edges.map((e) => e.node) ?? []}
          pagination={false}
          locale={{ emptyText: t('office.answers.empty') }}
          onRow={() => ({ 'data-testid': 'answer-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('office.answers.bank'), key: 'bank', render: (_: unknown, a: Answer) => a.bank.name },
            { title: t('office.answers.firm'), dataIndex: 'enterpriseName' },
            { title: t('office.answers.status'), dataIndex: 'status', render: (s: string) => label('WhitelistResponseStatus', s) },
            { title: t('office.answers.creditLine'), key: 'credit', render: (_: unknown, a: Answer) => (a.creditLine ? formatMoney(a.creditLine.amountFen, i18n.language) : '—') },
            { title: t('office.answers.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
            { title: t('office.answers.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
          ]}
        />
        {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
      </Card>
    </Space>
  );
}
