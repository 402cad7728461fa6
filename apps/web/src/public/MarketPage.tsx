import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Form, Input, Layout, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DisposalMode, DisposalSearchSort, IpType } from '../gql/graphql';
import { switchLanguage } from '../i18n';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { DisposalListing, DISPOSAL_MARKET } from './queries';

const PAGE_SIZE = 20;
const MODES: DisposalMode[] = ['AUCTION', 'TRANSFER', 'LICENSE', 'EQUITY_CONVERSION'];
const IP_TYPES: IpType[] = ['INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'TRADEMARK', 'COPYRIGHT', 'SOFTWARE_COPYRIGHT', 'IC_LAYOUT', 'GEOGRAPHICAL_INDICATION', 'LICENSE_REVENUE_RIGHT'];
const SORTS: DisposalSearchSort[] = ['RELEVANCE', 'NEWEST', 'ENDING_SOON', 'PRICE_ASC', 'PRICE_DESC'];

/**
 * 质物处置交易市场: anyone may search the published disposals of pledged IP, without signing
 * in. The search text, filters, order and page live in the URL, so a link reproduces the view.
 */
export default function MarketPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const list = useListParams();
  const query = list.get('q') ?? '';
  const modes = list.getAll('mode') as DisposalMode[];
  const assetTypes = list.getAll('type') as IpType[];
  const order = SORTS.find((s) => s === list.get('order'));
  const page = Math.max(1, Number(list.get('page')) || 1);
  const filtered = query !== '' || modes.length > 0 || assetTypes.length > 0;
  const { data, loading, error } = useQuery(DISPOSAL_MARKET, {
    variables: {
      query,
      filter: { modes: modes.length ? modes : undefined, assetTypes: assetTypes.length ? assetTypes : undefined, sort: order },
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  });
  const result = data?.searchDisposalListings;
  // Every change of the conditions goes back to the first page.
  const change = (patch: Record<string, string | string[] | undefined>) => list.set({ ...patch, page: undefined });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          {t('app.name')} · {t('public.market.title')}
        </Typography.Text>
        <Space>
          <Button size="small" onClick={() => switchLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')} data-testid="language-switch">
            {t('app.language')}
          </Button>
          <Button size="small" type="primary" onClick={() => navigate('/sign-in')}>
            {t('public.market.signIn')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1600, width: '100%', margin: '0 auto' }}>
        <Card title={t('public.market.title')}>
          <Typography.Paragraph type="secondary">{t('public.market.intro')}</Typography.Paragraph>
          <Form layout="inline" style={{ marginBottom: 16, rowGap: 12 }}>
            <Form.Item label={t('public.market.search')} htmlFor="market-search">
              <Input.Search
                id="market-search"
                key={query}
                defaultValue={query}
                allowClear
                placeholder={t('public.market.searchPlaceholder')}
                onSearch={(q) => change({ q: q.trim() || undefined })}
                style={{ width: 320 }}
                data-testid="market-search"
              />
            </Form.Item>
            <Form.Item label={t('public.market.mode')} htmlFor="market-mode">
              <Select
                id="market-mode"
                mode="multiple"
                allowClear
                placeholder={t('public.market.any')}
                value={modes}
                onChange={(v: string[]) => change({ mode: v })}
                options={MODES.map((m) => ({ value: m, label: label('DisposalMode', m) }))}
                style={{ minWidth: 180 }}
              />
            </Form.Item>
            <Form.Item label={t('public.market.assetType')} htmlFor="market-type">
              <Select
                id="market-type"
                mode="multiple"
                allowClear
                placeholder={t('public.market.any')}
                value={assetTypes}
                onChange={(v: string[]) => change({ type: v })}
                options={IP_TYPES.map((v) => ({ value: v, label: label('IpType', v) }))}
                style={{ minWidth: 200 }}
              />
            </Form.Item>
            <Form.Item label={t('public.market.sort')} htmlFor="market-sort">
              <Select
                id="market-sort"
                value={order ?? 'RELEVANCE'}
                onChange={(v: string) => change({ order: v === 'RELEVANCE' ? undefined : v })}
                options={SORTS.map((s) => ({ value: s, label: label('DisposalSearchSort', s) }))}
                style={{ width: 160 }}
              />
            </Form.Item>
          </Form>
          {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} style={{ marginBottom: 16 }} />}
          <Table<DisposalListing>
            rowKey="id"
            loading={loading}
            dataSource={result?.hits ?? []}
            scroll={{ x: 1000 }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: result?.totalHits ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: (p) => list.set({ page: p > 1 ? String(p) : undefined }),
            }}
            locale={{
              emptyText: (
                <Empty description={filtered ? t('public.market.noMatch') : t('public.market.empty')} data-testid="market-empty">
                  {!filtered && <Typography.Text type="secondary">{t('public.market.emptyHint')}</Typography.Text>}
                </Empty>
              ),
            }}
            columns={[
              {
                title: t('public.market.listing'),
                key: 'title',
                render: (_: unknown, l: DisposalListing) => (
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>{l.title}</Typography.Text>
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
                      {l.description}
                    </Typography.Text>
                  </Space>
                ),
              },
              { title: t('public.market.mode'), dataIndex: 'mode', render: (v: string) => label('DisposalMode', v) },
              {
                title: t('public.market.assets'),
                key: 'assets',
                render: (_: unknown, l: DisposalListing) => `${l.assetTitles.join('、')}（${l.assetTypes.map((x) => label('IpType', x)).join('、')}）`,
              },
              { title: t('public.market.price'), key: 'price', render: (_: unknown, l: DisposalListing) => formatMoney(l.price.amountFen, i18n.language) },
              { title: t('public.market.endsAt'), dataIndex: 'endsAt', render: (v: string | null) => (v ? formatDateTime(v, i18n.language) : '—') },
              { title: t('public.market.status'), dataIndex: 'status', render: (v: string) => label('DisposalStatus', v) },
            ]}
          />
        </Card>
      </Layout.Content>
    </Layout>
  );
}
