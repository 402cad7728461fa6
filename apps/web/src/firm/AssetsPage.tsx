import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { CursorPager, useAfterCursor } from '../shared/CursorPager';
import { formatMoney } from '../shared/format';
import { MY_ASSETS, MyAsset } from './queries';

/** 我的知识产权: the firm's assets with their legal and pledge status and latest valid valuation. */
export default function AssetsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [after, setAfter] = useAfterCursor();
  const { data, loading, error } = useQuery(MY_ASSETS, { variables: { after } });
  const page = data?.ipAssets;
  return (
    <Card title={t('firm.assets.title')}>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<MyAsset>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('firm.assets.empty') }}
        columns={[
          { title: t('firm.assets.number'), dataIndex: 'number' },
          { title: t('firm.assets.name'), dataIndex: 'title' },
          { title: t('firm.assets.type'), dataIndex: 'type', render: (v: string) => label('IpType', v) },
          { title: t('firm.assets.legalStatus'), dataIndex: 'legalStatus', render: (v: string) => <Tag color={v === 'VALID' ? 'green' : 'red'}>{label('LegalStatus', v)}</Tag> },
          { title: t('firm.assets.pledgeStatus'), dataIndex: 'pledgeStatus', render: (v: string) => label('PledgeStatus', v) },
          {
            title: t('firm.assets.valuation'),
            key: 'valuation',
            render: (_: unknown, a: MyAsset) => (a.latestValuation ? formatMoney(a.latestValuation.value.amountFen, i18n.language) : t('firm.assets.none')),
          },
          { title: t('firm.assets.expiresOn'), dataIndex: 'expiresOn', render: (v: string | null) => v ?? t('firm.assets.none') },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={setAfter} />}
    </Card>
  );
}
