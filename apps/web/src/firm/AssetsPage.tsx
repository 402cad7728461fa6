import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Modal, Space, Table, Tag } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IpAssetSortField, IpType, LegalStatus, PledgeStatus } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatMoney } from '../shared/format';
import { sortOrderOf, useListParams } from '../shared/list-params';
import { EnumFilter } from './ListParts';
import { MY_ASSETS, MyAsset, REGISTER_IP_ASSET } from './queries';
import { RegisterAssetForm } from './RegisterAssetForm';
import { useMyEnterprise } from './useMyEnterprise';

const IP_TYPES: IpType[] = [
  'INVENTION_PATENT',
  'UTILITY_MODEL',
  'DESIGN_PATENT',
  'TRADEMARK',
  'COPYRIGHT',
  'SOFTWARE_COPYRIGHT',
  'IC_LAYOUT',
  'GEOGRAPHICAL_INDICATION',
  'LICENSE_REVENUE_RIGHT',
];
const LEGAL: LegalStatus[] = ['VALID', 'PENDING', 'LAPSED_UNPAID_FEES', 'INVALIDATED', 'EXPIRED', 'TRANSFERRED'];
const PLEDGE: PledgeStatus[] = ['FREE', 'PLEDGED', 'IN_DISPOSAL', 'DISPOSED'];
/** Table columns the API sorts by. */
const SORTS: Record<string, IpAssetSortField> = { title: 'TITLE', filedOn: 'FILED_ON', createdAt: 'CREATED_AT' };

/** 我的知识产权: the firm's assets with their legal and pledge status and latest valid valuation. */
export default function AssetsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const { enterprise } = useMyEnterprise();
  const [registering, setRegistering] = useState(false);
  // An empty choice is no filter, not "none of them".
  const some = <T,>(values: string[]) => (values.length > 0 ? (values as T[]) : undefined);
  const filter = {
    type: some<IpType>(list.getAll('type')),
    legalStatus: some<LegalStatus>(list.getAll('legalStatus')),
    pledgeStatus: some<PledgeStatus>(list.getAll('pledgeStatus')),
    titleContains: list.get('q'),
  };
  const sort = list.sort && SORTS[list.sort.field] ? { field: SORTS[list.sort.field], direction: list.sort.direction } : undefined;
  const { data, loading, error, refetch } = useQuery(MY_ASSETS, { variables: { after: list.after, filter, sort } });
  const [register] = useMutation(REGISTER_IP_ASSET);
  const page = data?.ipAssets;

  return (
    <Card
      title={t('firm.assets.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={!enterprise} onClick={() => setRegistering(true)} data-testid="register-asset">
          {t('firm.assets.register')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={list.get('q')}
          placeholder={t('firm.assets.search')}
          aria-label={t('firm.assets.search')}
          onSearch={(q) => list.set({ q })}
          style={{ width: 220 }}
        />
        <EnumFilter list={list} multiple name="type" enumName="IpType" values={IP_TYPES} label={t('firm.assets.type')} />
        <EnumFilter list={list} multiple name="legalStatus" enumName="LegalStatus" values={LEGAL} label={t('firm.assets.legalStatus')} />
        <EnumFilter list={list} multiple name="pledgeStatus" enumName="PledgeStatus" values={PLEDGE} label={t('firm.assets.pledgeStatus')} />
      </Space>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<MyAsset>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('firm.assets.empty') }}
        onChange={(_p, _f, s) => {
          const sorter = s as SorterResult<MyAsset>;
          list.setSort(sorter.order ? String(sorter.columnKey) : undefined, sorter.order === 'descend' ? 'DESC' : 'ASC');
        }}
        columns={[
          { title: t('firm.assets.number'), dataIndex: 'number' },
          { title: t('firm.assets.name'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: sortOrderOf(list, 'title') },
          { title: t('firm.assets.type'), dataIndex: 'type', render: (v: string) => label('IpType', v) },
          {
            title: t('firm.assets.legalStatus'),
            dataIndex: 'legalStatus',
            render: (v: string) => <Tag color={v === 'VALID' ? 'green' : v === 'PENDING' ? 'blue' : 'red'}>{label('LegalStatus', v)}</Tag>,
          },
          { title: t('firm.assets.pledgeStatus'), dataIndex: 'pledgeStatus', render: (v: string) => label('PledgeStatus', v) },
          {
            title: t('firm.assets.valuation'),
            key: 'valuation',
            render: (_: unknown, a: MyAsset) => (a.latestValuation ? formatMoney(a.latestValuation.value.amountFen, i18n.language) : t('firm.assets.none')),
          },
          {
            title: t('firm.assets.filedOn'),
            dataIndex: 'filedOn',
            key: 'filedOn',
            sorter: true,
            sortOrder: sortOrderOf(list, 'filedOn'),
            render: (v: string | null) => v ?? t('firm.assets.none'),
          },
          { title: t('firm.assets.expiresOn'), dataIndex: 'expiresOn', render: (v: string | null) => v ?? t('firm.assets.none') },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, a: MyAsset) => <Link to={`/firm/valuations?ipAssetId=${a.id}`}>{t('firm.assets.engagements')}</Link>,
          },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
      <Modal open={registering} title={t('firm.register.heading')} footer={null} onCancel={() => setRegistering(false)} destroyOnHidden width={640}>
        {enterprise && (
          <RegisterAssetForm
            enterpriseId={enterprise.id}
            register={(input) => register({ variables: { input } })}
            onDone={() => {
              setRegistering(false);
              void refetch();
            }}
          />
        )}
      </Modal>
    </Card>
  );
}
