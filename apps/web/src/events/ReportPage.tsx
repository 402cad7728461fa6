import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Row, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EChartsOption } from 'echarts';
import { Chart } from '../shared/Chart';
import { useEnumLabel } from '../shared/enums';
import { formatMoney } from '../shared/format';
import { EVENT_REPORT } from './queries';

/** Fen to yuan as a number, for a chart's axis only (the figures shown stay exact). */
const yuan = (fen: string) => Number(BigInt(fen) / 100n);

/** 活动报告: the event's numbers, charts of intents, credit offered per bank and ratings, and its CSV. */
export default function ReportPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const { data, error } = useQuery(EVENT_REPORT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.matchmakingEvent;
  if (error) return <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />;
  if (!event) return <Card loading />;
  const r = event.report;
  const download = () => {
    // A BOM so spreadsheet programs read the Chinese as UTF-8.
    const blob = new Blob(['\uFEFF', event.reportCsv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${event.title}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const numbers: [string, React.ReactNode][] = [
    ['firmsRegistered', r.firmsRegistered],
    ['banksRegistered', r.banksRegistered],
    ['waitlisted', r.waitlisted],
    ['cancelled', r.cancelled],
    ['meetingsScheduled', r.meetingsScheduled],
    ['meetingsAccepted', r.meetingsAccepted],
    ['meetingsDeclined', r.meetingsDeclined],
    ['meetingsHeld', r.meetingsHeld],
    ['noShows', r.noShows],
    ['creditOffered', formatMoney(r.creditOffered.amountFen, i18n.language)],
    // Loans attributed to the event: applications that named one of its meetings.
    ['loanApplications', r.loanApplications],
    ['loans', r.loans],
    ['loanAmount', formatMoney(r.loanAmount.amountFen, i18n.language)],
    ['averageRating', r.averageRating == null ? '—' : r.averageRating.toFixed(1)],
    ['surveyResponses', r.surveyResponses],
  ];
  const bars = (categories: string[], values: number[], yAxis: EChartsOption['yAxis']): EChartsOption => ({
    grid: { containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, width: 80, overflow: 'truncate' } },
    yAxis,
    series: [{ type: 'bar', data: values }],
  });
  const stars = [1, 2, 3, 4, 5];
  const charts: { key: string; option: EChartsOption }[] = [
    { key: 'intents', option: { series: [{ type: 'pie', radius: '65%', data: r.intents.map((x) => ({ name: label('MeetingIntent', x.intent), value: x.count })) }] } },
    {
      key: 'byBank',
      option: bars(
        r.byBank.map((b) => b.bankName),
        r.byBank.map((b) => yuan(b.creditOffered.amountFen)),
        { type: 'value', name: t('money.yuan') },
      ),
    },
    {
      key: 'ratings',
      option: bars(
        stars.map((n) => t('events.report.ratingN', { n })),
        stars.map((n) => r.ratings.find((x) => x.rating === n)?.count ?? 0),
        { type: 'value', minInterval: 1 },
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Link to={`/events/${id}`}>{t('common.back')}</Link>
      <Card
        title={t('events.report.title', { title: event.title })}
        extra={
          <Button onClick={download} data-testid="report-download">
            {t('events.report.download')}
          </Button>
        }
      >
        <Row gutter={[16, 16]}>
          {numbers.map(([key, value]) => (
            <Col key={key} xs={12} md={6} lg={4}>
              <Statistic title={t(`events.report.${key}`)} value={value as string} data-testid={`report-${key}`} />
            </Col>
          ))}
        </Row>
      </Card>
      <Row gutter={16}>
        {charts.map(({ key, option }) => (
          <Col key={key} xs={24} lg={8}>
            <Card size="small" title={t(`events.report.${key}`)}>
              <Chart testId={`report-${key}-chart`} height={260} option={{ animation: false, tooltip: {}, ...option }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('events.report.byBank')}>
        <Table
          rowKey="bankId"
          pagination={false}
          dataSource={r.byBank}
          onRow={(b) => ({ 'data-testid': 'report-bank-row', 'data-bank': b.bankName }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('events.report.bank'), dataIndex: 'bankName' },
            { title: t('events.report.bankMeetings'), dataIndex: 'meetings' },
            { title: t('events.report.bankHeld'), dataIndex: 'held' },
            { title: t('events.report.creditLines'), dataIndex: 'creditLines' },
            { title: t('events.report.creditOffered'), key: 'credit', render: (_, b) => formatMoney(b.creditOffered.amountFen, i18n.language) },
            { title: t('events.report.loans'), dataIndex: 'loans' },
            { title: t('events.report.loanAmount'), key: 'lent', render: (_, b) => formatMoney(b.loanAmount.amountFen, i18n.language) },
          ]}
        />
      </Card>
    </Space>
  );
}
