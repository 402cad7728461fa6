import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Drawer, Space, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CursorPager } from '../shared/CursorPager';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { MatchChecks } from './MatchChecks';
import { EXPLAIN_MATCH, FIRM_NEED, NEED_MATCHES, NeedMatch } from './need-queries';

/** While the API says the ranking is still being recomputed, ask again this often. */
const REFRESH_MS = 2000;

/**
 * 匹配结果: the products matched to one need, eligible first then by score (the API's order),
 * each with its checks and, for near misses, the hints that would make it pass.
 */
export default function MatchesPage() {
  const { needId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const list = useListParams();
  const eligibleOnly = list.get('eligibleOnly') === '1';
  const need = useQuery(FIRM_NEED, { variables: { id: needId } }).data?.financingNeed;
  const { data, loading, error, startPolling, stopPolling } = useQuery(NEED_MATCHES, {
    variables: { needId, after: list.after, eligibleOnly },
    // Banks change products while the firm looks: coming back to the page asks the server again.
    fetchPolicy: 'cache-and-network',
  });
  const [explaining, setExplaining] = useState<string | null>(null);
  const page = data?.matchesForNeed;
  const refreshing = page?.refreshing ?? false;
  useEffect(() => {
    if (refreshing) startPolling(REFRESH_MS);
    else stopPolling();
  }, [refreshing, startPolling, stopPolling]);
  const matches = page?.edges.map((e) => e.node) ?? [];

  return (
    <Card
      title={t('firm.matches.title')}
      extra={
        <Space>
          <Link to={`/firm/needs/${needId}`}>{t('firm.matches.toNeed')}</Link>
          <Link to="/firm/needs">{t('common.back')}</Link>
        </Space>
      }
      data-testid="matches-page"
    >
      {need && (
        <Typography.Paragraph type="secondary">
          {t('firm.matches.forNeed', {
            purpose: need.purpose,
            amount: formatMoney(need.amount.amountFen, i18n.language),
            months: need.termMonths,
            rate: formatRate(need.maxRateBp),
          })}
        </Typography.Paragraph>
      )}
      <Space style={{ marginBottom: 16 }}>
        <Switch checked={eligibleOnly} onChange={(on) => list.set({ eligibleOnly: on ? '1' : undefined })} aria-label={t('firm.matches.eligibleOnly')} id="eligible-only" />
        <label htmlFor="eligible-only">{t('firm.matches.eligibleOnly')}</label>
        {page?.refreshing && <Tag color="processing">{t('firm.matches.refreshing')}</Tag>}
      </Space>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<NeedMatch>
        rowKey={(m) => m.product.id}
        loading={loading}
        dataSource={matches}
        pagination={false}
        locale={{ emptyText: page?.refreshing ? t('firm.matches.refreshing') : t('firm.matches.empty') }}
        onRow={(m) => ({ 'data-testid': 'match-row', 'data-product-id': m.product.id, 'data-eligible': String(m.eligible) }) as React.HTMLAttributes<HTMLElement>}
        expandable={{ expandedRowRender: (m) => <MatchChecks match={m} />, rowExpandable: () => true }}
        columns={[
          { title: t('firm.matches.rank'), key: 'rank', width: 70, render: (_: unknown, _m: NeedMatch, i: number) => i + 1 },
          { title: t('firm.matches.product'), key: 'product', render: (_: unknown, m: NeedMatch) => <span data-testid="match-product">{m.product.name}</span> },
          { title: t('firm.matches.bank'), key: 'bank', render: (_: unknown, m: NeedMatch) => m.product.bankName },
          {
            title: t('firm.matches.eligible'),
            dataIndex: 'eligible',
            render: (v: boolean) => <Tag color={v ? 'green' : 'orange'}>{t(v ? 'firm.matches.yes' : 'firm.matches.nearMiss')}</Tag>,
          },
          { title: t('firm.matches.score'), dataIndex: 'score', render: (v: number) => <span data-testid="match-score">{v.toFixed(1)}</span> },
          { title: t('firm.matches.minRate'), key: 'rate', render: (_: unknown, m: NeedMatch) => formatRate(m.product.minRateBp) },
          {
            title: t('firm.matches.firstHint'),
            key: 'hint',
            render: (_: unknown, m: NeedMatch) => (m.hints.length ? <Typography.Text type="warning">{m.hints[0]}</Typography.Text> : t('common.none')),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, m: NeedMatch) => (
              <Space>
                <Button size="small" onClick={() => setExplaining(m.product.id)} data-testid="match-explain">
                  {t('firm.matches.explain')}
                </Button>
                {/* 申请贷款 from the match: the loans journey's form with the need and the product filled in. */}
                {m.eligible && (
                  <Link to={`/loans/apply?productId=${m.product.id}&needId=${needId}`} data-testid="match-apply">
                    <Button size="small" type="primary">
                      {t('firm.matches.apply')}
                    </Button>
                  </Link>
                )}
              </Space>
            ),
          },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
      <Drawer open={!!explaining} onClose={() => setExplaining(null)} title={t('firm.matches.explainTitle')} size="large" destroyOnHidden>
        {explaining && <Explanation needId={needId} productId={explaining} />}
      </Drawer>
    </Card>
  );
}

/** explainMatch: the pair computed now, not from the stored ranking. */
function Explanation({ needId, productId }: { needId: string; productId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(EXPLAIN_MATCH, { variables: { needId, productId }, fetchPolicy: 'network-only' });
  const m = data?.explainMatch;
  if (loading) return <Typography.Text>{t('common.loading')}</Typography.Text>;
  if (error || !m) return <Alert type="error" showIcon title={t('errors.load', { message: error?.message ?? '' })} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="match-explanation">
      <Typography.Title level={5}>
        {m.product.name} · {m.product.bankName}
      </Typography.Title>
      <Space>
        <Tag color={m.eligible ? 'green' : 'orange'}>{t(m.eligible ? 'firm.matches.yes' : 'firm.matches.nearMiss')}</Tag>
        <span>{t('firm.matches.scoreIs', { score: m.score.toFixed(1) })}</span>
        <Typography.Text type="secondary">{t('firm.matches.computedAt', { at: formatDateTime(m.computedAt, i18n.language) })}</Typography.Text>
      </Space>
      <MatchChecks match={m} />
    </Space>
  );
}
