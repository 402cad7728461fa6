import { useQuery } from '@apollo/client/react';
import { Alert, Card, Checkbox, Col, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnterpriseTag, FirmSearchSort } from '../gql/graphql';
import { FIRM_SORTS } from './enum-values';
import { useEnumLabel } from '../shared/enums';
import { formatMoney } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { Highlight } from './Highlight';
import { FirmHit, SEARCH_FIRMS } from './queries';

const PAGE_SIZE = 20;

/** 白名单企业: the firms offices pushed to this bank, searched and faceted by Meilisearch. */
export default function InboxPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const query = list.get('q') ?? '';
  const tags = list.getAll('tag') as EnterpriseTag[];
  const industries = list.getAll('industry');
  const hasOpenNeeds = list.get('needs') === '1' ? true : undefined;
  const minIpCount = list.get('minIp') ? Number(list.get('minIp')) : undefined;
  const sort = (list.get('order') as FirmSearchSort | undefined) ?? 'RELEVANCE';
  const page = Math.max(1, Number(list.get('page') ?? 1) || 1);
  // Every change of the view returns to the first page.
  const change = (patch: Record<string, string | string[] | undefined>) => list.set({ ...patch, page: undefined });

  const { data, previousData, loading, error } = useQuery(SEARCH_FIRMS, {
    variables: {
      query,
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      filter: { tags: tags.length ? tags : undefined, industryCodes: industries.length ? industries : undefined, hasOpenNeeds, minIpCount, sort },
    },
  });
  const result = (data ?? previousData)?.searchWhitelistedFirms;
  const facet = (field: string) => result?.facets.find((f) => f.field === field)?.values ?? [];
  const sectionNames = new Map(result?.hits.map((h) => [h.industryCode.slice(0, 1), h.industryName]));
  const browsing = !query && !tags.length && !industries.length && !hasOpenNeeds && !minIpCount;

  const toggle = (name: string, values: string[], value: string) =>
    change({ [name]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] });

  return (
    <Card title={t('bank.inbox.title')}>
      <Typography.Paragraph type="secondary">{t('bank.inbox.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          key={query}
          aria-label={t('bank.inbox.search')}
          data-testid="firm-search"
          defaultValue={query}
          placeholder={t('bank.inbox.searchPlaceholder')}
          allowClear
          enterButton
          style={{ width: 420 }}
          onSearch={(q) => change({ q: q.trim() || undefined })}
        />
        <Select<FirmSearchSort>
          aria-label={t('bank.inbox.sort')}
          data-testid="firm-sort"
          value={sort}
          style={{ width: 160 }}
          onChange={(v) => change({ order: v === 'RELEVANCE' ? undefined : v })}
          options={FIRM_SORTS.map((v) => ({ value: v, label: t(`bank.inbox.sortOptions.${v}`) }))}
        />
        <Checkbox checked={hasOpenNeeds === true} onChange={(e) => change({ needs: e.target.checked ? '1' : undefined })} data-testid="firm-has-needs">
          {t('bank.inbox.hasOpenNeeds')}
        </Checkbox>
        <Space>
          <label htmlFor="firm-min-ip">{t('bank.inbox.minIpCount')}</label>
          <InputNumber id="firm-min-ip" min={0} max={1000} value={minIpCount} onChange={(v) => change({ minIp: v ? String(v) : undefined })} />
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col flex="220px">
          <Facet title={t('bank.inbox.tags')} testId="facet-tags">
            {facet('tags').map((v) => (
              <Tag.CheckableTag key={v.value} checked={tags.includes(v.value as EnterpriseTag)} onChange={() => toggle('tag', tags, v.value)}>
                {label('EnterpriseTag', v.value)} ({v.count})
              </Tag.CheckableTag>
            ))}
          </Facet>
          <Facet title={t('bank.inbox.industry')} testId="facet-industry">
            {facet('industrySection').map((v) => (
              <Tag.CheckableTag key={v.value} checked={industries.includes(v.value)} onChange={() => toggle('industry', industries, v.value)}>
                {sectionNames.get(v.value) ?? v.value} ({v.count})
              </Tag.CheckableTag>
            ))}
          </Facet>
        </Col>
        <Col flex="auto">
          <Table<FirmHit>
            rowKey="id"
            data-testid="firm-results"
            loading={loading}
            dataSource={result?.hits ?? []}
            onRow={(hit) => ({ 'data-testid': `firm-row-${hit.id}` }) as React.HTMLAttributes<HTMLElement>}
            locale={{ emptyText: browsing ? t('bank.inbox.empty') : t('bank.inbox.noHits') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: Math.min(result?.totalHits ?? 0, 10_000),
              showSizeChanger: false,
              showTotal: () => t('bank.inbox.total', { count: result?.totalHits ?? 0, ms: result?.processingTimeMs ?? 0 }),
              onChange: (p) => list.set({ page: p > 1 ? String(p) : undefined }),
            }}
            columns={[
              {
                title: t('bank.inbox.name'),
                key: 'name',
                render: (_: unknown, h: FirmHit) => (
                  <Space direction="vertical" size={0}>
                    <Link to={`/bank/firms/${h.id}`} data-testid="firm-link">
                      <Highlight snippet={h.highlights.find((x) => x.field === 'name')?.snippet ?? h.name} />
                    </Link>
                    <Typography.Text type="secondary">{h.industryName}</Typography.Text>
                  </Space>
                ),
              },
              { title: t('bank.inbox.region'), dataIndex: 'regionName' },
              { title: t('bank.inbox.tags'), dataIndex: 'tags', render: (v: string[]) => v.map((x) => <Tag key={x}>{label('EnterpriseTag', x)}</Tag>) },
              {
                title: t('bank.inbox.ipCount'),
                key: 'ip',
                render: (_: unknown, h: FirmHit) => (
                  <span title={t('bank.inbox.ipCounts', { patents: h.patentCount, trademarks: h.trademarkCount, copyrights: h.copyrightCount })}>{h.ipCount}</span>
                ),
              },
              {
                title: t('bank.inbox.openNeeds'),
                key: 'needs',
                render: (_: unknown, h: FirmHit) => (h.openNeedCount ? t('bank.inbox.openNeedsValue', { count: h.openNeedCount, amount: formatMoney(h.openNeedAmount.amountFen, i18n.language) }) : '—'),
              },
              {
                title: t('bank.inbox.matched'),
                key: 'matched',
                render: (_: unknown, h: FirmHit) => (
                  <Space direction="vertical" size={0} data-testid="firm-highlights">
                    {h.highlights
                      .filter((x) => x.field !== 'name')
                      .map((x) => (
                        <span key={x.field}>
                          <Typography.Text type="secondary">{t(`bank.inbox.fields.${x.field}`, { defaultValue: x.field })}: </Typography.Text>
                          <Highlight snippet={x.snippet} />
                        </span>
                      ))}
                  </Space>
                ),
              },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}

function Facet({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <div data-testid={testId} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 8 }}>{children}</div>
    </div>
  );
}
