import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager, useAfterCursor } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime } from '../shared/format';
import { BatchListItem, WHITELIST_BATCHES } from './queries';

/** 白名单批次: the office's batches, newest version first. */
export default function BatchesPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [after, setAfter] = useAfterCursor();
  const { data, loading, error } = useQuery(WHITELIST_BATCHES, { variables: { after } });
  const page = data?.whitelistBatches;
  return (
    <Card title={t('office.batches.title')}>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<BatchListItem>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('office.batches.empty') }}
        onRow={(b) => ({ 'data-testid': 'batches-row', 'data-version': b.version }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('office.batches.version'),
            dataIndex: 'version',
            render: (v: number, b: BatchListItem) => <Link to={`/office/batches/${b.id}`}>{t('office.batches.versionLabel', { version: v })}</Link>,
          },
          {
            title: t('office.batches.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag color={s === 'PUBLISHED' ? 'green' : undefined}>{label('WhitelistBatchStatus', s)}</Tag>,
          },
          { title: t('office.batch.included'), dataIndex: 'includedCount' },
          { title: t('office.batch.screened'), dataIndex: 'entryCount' },
          { title: t('office.batches.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
          { title: t('office.batches.publishedAt'), dataIndex: 'publishedAt', render: (v: string | null) => (v ? formatDateTime(v, i18n.language) : '—') },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={setAfter} />}
    </Card>
  );
}
