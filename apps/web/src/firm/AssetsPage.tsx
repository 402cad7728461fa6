import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager, useAfterCursor } from '../shared/CursorPager';
import { formatMoney } from '../shared/format';
import { MY_ASSETS, MyAsset } from './queries';

/** 我的知识产权: the firm's assets with their legal and pledge status and latest valid valuation. */
export default function AssetsPage() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useAfterCursor();
  const { data, loading, error } = useQuery(MY_ASSETS, { variables: { after } });
  const page = data?.ipAssets;
  return (
    <Card title={t('assets.title')}>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<MyAsset>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('assets.empty') }}
        columns={[
          { title: t('assets.number'), dataIndex: 'number' },
          { title: t('assets.name'), dataIndex: 'title' },
          { title: t('assets.type'), dataIndex: 'type', render: (v: string) => t(`ipType.${v}`) },
          { title: t('assets.legalStatus'), dataIndex: 'legalStatus', render: (v: string) => <Tag color={v === 'VALID' ? 'green' : 'red'}>{t(`legalStatus.${v}`)}</Tag> },
          { title: t('assets.pledgeStatus'), dataIndex: 'pledgeStatus', render: (v: string) => t(`pledgeStatus.${v}`) },
          {
            title: t('assets.valuation'),
            key: 'valuation',
            render: (_: unknown, a: MyAsset) => (a.latestValuation ? formatMoney(a.latestValuation.value.amountFen, i18n.language) : t('assets.none')),
          },
          { title: t('assets.expiresOn'), dataIndex: 'expiresOn', render: (v: string | null) => v ?? t('assets.none') },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={setAfter} />}
    </Card>
  );
}
