import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useEnumLabel } from '../shared/enums';
import { CursorPager } from '../shared/CursorPager';
import { formatDateTime } from '../shared/format';
import { sortOrderOf, useListParams } from '../shared/list-params';
import { DeclineButton } from './DeclineButton';
import { Engagement, ENGAGEMENTS } from './queries';

const STATUSES = ['OPEN', 'COMPLETED', 'CANCELLED'] as const;
const STATUS_COLOR: Record<string, string> = { OPEN: 'blue', COMPLETED: 'green', CANCELLED: 'default' };

/** 评估委托: the valuer's work queue, newest first unless sorted; its filter, order and page in the URL. */
export default function EngagementsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const list = useListParams();
  // The queue opens on the work still to do. One status at a time: a declined or withdrawn
  // engagement no longer shows its asset to the valuer, so those are listed without it.
  const status = STATUSES.find((s) => s === list.get('status')) ?? 'OPEN';
  const { data, loading, error, refetch } = useQuery(ENGAGEMENTS, {
    variables: { after: list.after, filter: { status }, sort: list.sort?.field === 'createdAt' ? { direction: list.sort.direction } : undefined, withAsset: status !== 'CANCELLED' },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.valuationEngagements;

  return (
    <Card title={t('valuer.engagements.title')}>
      <Typography.Paragraph type="secondary">{t('valuer.engagements.intro')}</Typography.Paragraph>
      {notice && <Alert type="success" showIcon closable title={t(notice)} style={{ marginBottom: 16 }} data-testid="notice" />}
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} style={{ marginBottom: 16 }} />}
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('valuer.engagements.status')} htmlFor="engagement-status">
          <Select
            id="engagement-status"
            style={{ width: 160 }}
            value={status}
            onChange={(v: string) => list.set({ status: v === 'OPEN' ? undefined : v })}
            options={STATUSES.map((s) => ({ value: s, label: label('ValuationEngagementStatus', s) }))}
            data-testid="status-filter"
          />
        </Form.Item>
      </Form>
      <Table<Engagement>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          list.setSort(s.order ? 'createdAt' : undefined, s.order === 'ascend' ? 'ASC' : 'DESC');
        }}
        locale={{ emptyText: t('valuer.engagements.empty') }}
        columns={[
          { title: t('valuer.engagements.number'), key: 'number', render: (_: unknown, e: Engagement) => e.ipAsset?.number ?? '—' },
          { title: t('valuer.engagements.asset'), key: 'asset', render: (_: unknown, e: Engagement) => e.ipAsset?.title ?? '—' },
          { title: t('valuer.engagements.type'), key: 'type', render: (_: unknown, e: Engagement) => (e.ipAsset ? label('IpType', e.ipAsset.type) : '—') },
          { title: t('valuer.engagements.requestedBy'), key: 'requestedBy', render: (_: unknown, e: Engagement) => e.requestedBy.name },
          { title: t('valuer.engagements.note'), dataIndex: 'note', render: (v: string) => v || '—' },
          {
            title: t('valuer.engagements.createdAt'),
            dataIndex: 'createdAt',
            sorter: true,
            // Newest first unless the URL says otherwise (the API's default).
            sortOrder: sortOrderOf(list, 'createdAt') ?? (list.sort ? null : 'descend'),
            sortDirections: ['descend', 'ascend'],
            render: (v: string) => formatDateTime(v, i18n.language),
          },
          ...(status === 'OPEN' ? [] : [{ title: t('valuer.engagements.closedAt'), dataIndex: 'closedAt', render: (v: string | null) => (v ? formatDateTime(v, i18n.language) : '—') }]),
          {
            title: t('valuer.engagements.status'),
            key: 'status',
            render: (_: unknown, e: Engagement) => (
              <Space direction="vertical" size={0}>
                <Tag color={STATUS_COLOR[e.status]}>{label('ValuationEngagementStatus', e.status)}</Tag>
                {e.cancelReason && <Typography.Text type="secondary">{t('valuer.engagements.cancelReason')}：{e.cancelReason}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_: unknown, e: Engagement) =>
              e.status === 'OPEN' && (
                <Space>
                  <Button type="primary" size="small" onClick={() => navigate(`/valuer/assets/${e.ipAssetId}/appraisal`)} data-testid={`record-${e.id}`}>
                    {t('valuer.engagements.record')}
                  </Button>
                  <DeclineButton engagementId={e.id} onDeclined={() => void refetch()} />
                </Space>
              ),
          },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
    </Card>
  );
}
