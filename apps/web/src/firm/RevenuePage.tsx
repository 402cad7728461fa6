import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../shared/Chart';
import { ApiError, showOnFields } from '../shared/errors';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { fenToYuan, yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { MyEnterprise, REPORT_REVENUE } from './queries';
import { useMyEnterprise } from './useMyEnterprise';
import { FormErrors } from './ListParts';

type Revenue = MyEnterprise['annualRevenues'][number];

/** 营业收入: the firm's annual revenue by year, reported here; banks and offices see the verified ones. */
export default function RevenuePage() {
  const { t, i18n } = useTranslation();
  const { enterprise, loading, error, refetch } = useMyEnterprise();
  const [report, { loading: saving }] = useMutation(REPORT_REVENUE, { refetchQueries: ['MyEnterprise'] });
  const [form] = Form.useForm<{ year: number; revenue: string }>();
  const [others, setOthers] = useState<ApiError[]>([]);
  const revenues = [...(enterprise?.annualRevenues ?? [])].sort((a, b) => a.year - b.year);
  const yuanLabel = (v: unknown) => formatMoney(yuanToFen(String(Math.round(Number(v)))) ?? '0', i18n.language);

  async function submit(v: { year: number; revenue: string }) {
    setOthers([]);
    try {
      await report({ variables: { input: { enterpriseId: enterprise!.id, year: v.year, revenue: { amountFen: yuanToFen(v.revenue)! } } } });
      form.resetFields();
    } catch (e) {
      setOthers(showOnFields(form, e, { 'revenue.amountFen': ['revenue'] }));
    }
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('firm.revenue.title')} loading={loading}>
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        {revenues.length > 0 && (
          <Chart
            testId="revenue-chart"
            height={280}
            option={{
              tooltip: { trigger: 'axis', valueFormatter: yuanLabel },
              grid: { left: 80, right: 24, top: 24, bottom: 32 },
              xAxis: { type: 'category', data: revenues.map((r) => String(r.year)) },
              yAxis: { type: 'value', axisLabel: { formatter: yuanLabel } },
              // Yuan on the axis: a chart needs numbers; the exact fen stay in the table.
              series: [{ type: 'bar', name: t('firm.revenue.revenue'), data: revenues.map((r) => Number(fenToYuan(r.revenue.amountFen))), itemStyle: { color: '#1677ff' } }],
            }}
          />
        )}
        <Table<Revenue>
          rowKey="year"
          dataSource={[...revenues].reverse()}
          pagination={false}
          locale={{ emptyText: t('firm.revenue.empty') }}
          columns={[
            { title: t('firm.revenue.year'), dataIndex: 'year' },
            { title: t('firm.revenue.revenue'), key: 'revenue', render: (_: unknown, r: Revenue) => formatMoney(r.revenue.amountFen, i18n.language) },
            { title: t('firm.revenue.growth'), dataIndex: 'growthBp', render: (v: number | null) => (v === null ? t('common.none') : formatRate(v)) },
            {
              title: t('firm.revenue.verified'),
              dataIndex: 'verified',
              render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{t(v ? 'firm.revenue.isVerified' : 'firm.revenue.declared')}</Tag>,
            },
            { title: t('firm.revenue.reportedAt'), dataIndex: 'reportedAt', render: (v: string) => formatDateTime(v, i18n.language) },
          ]}
        />
      </Card>
      <Card title={t('firm.revenue.report')}>
        <Form form={form} layout="inline" onFinish={(v) => void submit(v)}>
          <Form.Item name="year" label={t('firm.revenue.year')} rules={[{ required: true, message: t('firm.required') }]}>
            <InputNumber min={1985} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="revenue" label={t('firm.revenue.revenueYuan')} rules={[{ required: true, message: t('firm.required') }, moneyRule(t)]}>
            <MoneyInput />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} disabled={!enterprise}>
            {t('firm.revenue.submit')}
          </Button>
        </Form>
        <FormErrors errors={others} />
      </Card>
    </Space>
  );
}
