import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, DatePicker, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentSession } from '../app/session';
import { Chart } from '../shared/Chart';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { DashboardFilter, GROUP_BYS, GroupBy, ID_FILTERS, narrowTo, readFilter, writeFilter } from './filters';
import { FINANCING_STATISTICS } from './queries';

/** Fen to ten-thousands of yuan as a number, for a chart's axis only (the figures shown stay exact). */
const wan = (fen: string) => Number(BigInt(fen) / 10000n) / 100;
const rate = (bp: number | null | undefined) => (bp == null ? '—' : formatRate(bp));

function variables(f: DashboardFilter, groupBy: GroupBy) {
  const { groupBy: _ignored, ...rest } = f;
  return { filter: { ...rest, groupBy } };
}

/** 融资统计: totals with year-on-year growth, the monthly trend, lending by bank, NPL, and a breakdown table; the filter is the URL. */
export default function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params, new Date());
  const set = (f: DashboardFilter) => setParams(writeFilter(f));
  const monthly = useQuery(FINANCING_STATISTICS, { variables: variables(filter, 'MONTH'), fetchPolicy: 'cache-and-network' });
  const byBank = useQuery(FINANCING_STATISTICS, { variables: variables(filter, 'BANK'), fetchPolicy: 'cache-and-network' });
  const table = useQuery(FINANCING_STATISTICS, { variables: variables(filter, filter.groupBy), fetchPolicy: 'cache-and-network' });
  const error = monthly.error ?? byBank.error ?? table.error;
  const s = monthly.data?.financingStatistics;
  const money = (fen: string) => formatMoney(fen, i18n.language);

  const download = async () => {
    if (!s) return;
    const token = currentSession()?.accessToken;
    const res = await fetch(table.data?.financingStatistics.csvPath ?? s.csvPath, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `financing-statistics-${filter.from}-${filter.to}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const growth = (bp: number | null | undefined, met: boolean | null | undefined) =>
    bp == null ? t('stats.noBase') : `${bp >= 0 ? '+' : ''}${formatRate(bp)} · ${met ? t('stats.met') : t('stats.notMet')}`;

  const months = s?.groups ?? [];
  const trend: EChartsOption = {
    legend: {},
    grid: { containLabel: true },
    xAxis: { type: 'category', data: months.map((g) => g.key) },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: t('stats.charts.newAmount'), data: months.map((g) => wan(g.figures.newLoanAmount.amountFen)) },
      { type: 'line', name: t('stats.charts.balance'), data: months.map((g) => wan(g.figures.balance.amountFen)) },
    ],
  };
  const banks = byBank.data?.financingStatistics.groups ?? [];
  const bankChart: EChartsOption = {
    grid: { containLabel: true },
    xAxis: { type: 'category', data: banks.map((g) => g.label), axisLabel: { interval: 0, width: 80, overflow: 'truncate' } },
    yAxis: { type: 'value', name: t('stats.charts.newAmount') },
    series: [{ type: 'bar', data: banks.map((g) => wan(g.figures.newLoanAmount.amountFen)) }],
  };
  const npl: EChartsOption = {
    grid: { containLabel: true },
    xAxis: { type: 'category', data: months.map((g) => g.key) },
    yAxis: { type: 'value', name: t('stats.charts.nplRatio') },
    series: [{ type: 'line', data: months.map((g) => (g.figures.nplRatioBp == null ? null : g.figures.nplRatioBp / 100)) }],
  };

  const active = ID_FILTERS.filter(({ key }) => filter[key]);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('stats.title')}
        extra={
          <Button onClick={download} disabled={!s} data-testid="stats-download">
            {t('stats.download')}
          </Button>
        }
      >
        <Space wrap>
          <span>{t('stats.from')}</span>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${filter.from}-01`)}
            onChange={(d) => d && set({ ...filter, from: d.format('YYYY-MM') })}
            data-testid="stats-from"
          />
          <span>{t('stats.to')}</span>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${filter.to}-01`)}
            onChange={(d) => d && set({ ...filter, to: d.format('YYYY-MM') })}
            data-testid="stats-to"
          />
          <span>{t('stats.groupBy')}</span>
          <Select
            style={{ minWidth: 160 }}
            value={filter.groupBy}
            onChange={(groupBy: GroupBy) => set({ ...filter, groupBy })}
            options={GROUP_BYS.map((g) => ({ value: g, label: label('StatisticsGroupBy', g) }))}
            data-testid="stats-group-by"
          />
          {active.map(({ key, groupBy }) => (
            <Tag key={key} closable onClose={() => set({ ...filter, [key]: undefined })}>
              {t('stats.filtered')}: {label('StatisticsGroupBy', groupBy)}
            </Tag>
          ))}
        </Space>
        {s && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('stats.asOf', { time: formatDateTime(s.asOf, i18n.language) })}
          </Typography.Paragraph>
        )}
      </Card>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      {!s ? (
        <Card loading />
      ) : (
        <>
          <Card>
            <Row gutter={[16, 16]}>
              {(
                [
                  ['newLoanCount', s.totals.newLoanCount, growth(s.yearOnYear.countGrowthBp, s.yearOnYear.countMeetsTarget)],
                  ['newLoanAmount', money(s.totals.newLoanAmount.amountFen), growth(s.yearOnYear.amountGrowthBp, s.yearOnYear.amountMeetsTarget)],
                  ['customers', s.totals.customers, null],
                  ['balance', money(s.totals.balance.amountFen), null],
                  ['nplRatio', rate(s.totals.nplRatioBp), money(s.totals.nonPerformingBalance.amountFen)],
                  ['averagePledgeRate', rate(s.totals.averagePledgeRateBp), null],
                  ['implementationRate', rate(s.totals.implementationRateBp), `${s.totals.implementedPatents}/${s.totals.pledgedPatents}`],
                  ['satisfaction', s.satisfaction.averageRating == null ? '—' : s.satisfaction.averageRating.toFixed(2), t('stats.responses', { count: s.satisfaction.responses })],
                ] as [string, string | number, string | null][]
              ).map(([key, value, note]) => (
                <Col key={key} xs={12} md={6}>
                  <Statistic title={t(`stats.totals.${key}`)} value={value} data-testid={`stats-${key}`} />
                  {note && <Typography.Text type="secondary">{note}</Typography.Text>}
                </Col>
              ))}
            </Row>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('stats.target', { target: formatRate(s.yearOnYear.targetBp) })} · {t('stats.definitions')}
            </Typography.Paragraph>
          </Card>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('stats.charts.trend')}>
                <Chart testId="stats-trend-chart" height={280} option={{ animation: false, tooltip: { trigger: 'axis' }, ...trend }} />
              </Card>
            </Col>
            <Col xs={24} lg={6}>
              <Card size="small" title={t('stats.charts.byBank')}>
                <Chart testId="stats-bank-chart" height={280} option={{ animation: false, tooltip: {}, ...bankChart }} />
              </Card>
            </Col>
            <Col xs={24} lg={6}>
              <Card size="small" title={t('stats.charts.npl')}>
                <Chart testId="stats-npl-chart" height={280} option={{ animation: false, tooltip: { trigger: 'axis' }, ...npl }} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={label('StatisticsGroupBy', filter.groupBy)} extra={<Typography.Text type="secondary">{t('stats.table.narrow')}</Typography.Text>}>
            <Table
              rowKey="key"
              size="small"
              loading={table.loading && !table.data}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={table.data?.financingStatistics.groups ?? []}
              onRow={(g) => ({ onClick: () => set(narrowTo(filter, g.key)), 'data-testid': 'stats-group-row', style: { cursor: 'pointer' } }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('stats.table.group'), dataIndex: 'label' },
                { title: t('stats.table.newLoanCount'), render: (_, g) => g.figures.newLoanCount },
                { title: t('stats.table.newLoanAmount'), render: (_, g) => money(g.figures.newLoanAmount.amountFen) },
                { title: t('stats.table.customers'), render: (_, g) => g.figures.customers },
                { title: t('stats.table.balance'), render: (_, g) => money(g.figures.balance.amountFen) },
                { title: t('stats.table.npl'), render: (_, g) => rate(g.figures.nplRatioBp) },
                { title: t('stats.table.pledgeRate'), render: (_, g) => rate(g.figures.averagePledgeRateBp) },
                { title: t('stats.table.amountGrowth'), render: (_, g) => growth(g.yearOnYear.amountGrowthBp, g.yearOnYear.amountMeetsTarget) },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
