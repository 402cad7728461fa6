import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Modal, Space, Table, Tag } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { FinancingNeedSortField, FinancingNeedStatus } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { sortOrderOf, useListParams } from '../shared/list-params';
import { CREATE_NEED, FIRM_NEEDS, FirmNeed } from './need-queries';
import { NeedActions } from './NeedActions';
import { NeedForm } from './NeedForm';
import { FIRM_BUNDLES } from './queries';
import { useMyEnterprise } from './useMyEnterprise';
import { EnumFilter } from './ListParts';

const STATUSES: FinancingNeedStatus[] = ['OPEN', 'MATCHED', 'FUNDED', 'WITHDRAWN', 'EXPIRED'];
const SORTS: Record<string, FinancingNeedSortField> = { amount: 'AMOUNT', termMonths: 'TERM_MONTHS', createdAt: 'CREATED_AT' };

/** 融资需求: the firm's needs; create one with a bundle, publish it to banks, withdraw it. */
export default function NeedsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const navigate = useNavigate();
  const { enterprise } = useMyEnterprise();
  const [creating, setCreating] = useState(false);
  const sort = list.sort && SORTS[list.sort.field] ? { field: SORTS[list.sort.field], direction: list.sort.direction } : undefined;
  const filter = { status: list.get('status') as FinancingNeedStatus | undefined };
  const { data, loading, error, refetch } = useQuery(FIRM_NEEDS, { variables: { after: list.after, filter, sort }, fetchPolicy: 'cache-and-network' });
  const bundles = useQuery(FIRM_BUNDLES, { variables: { enterpriseId: enterprise?.id ?? '' }, skip: !enterprise, fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(CREATE_NEED);
  const page = data?.financingNeeds;

  return (
    <Card
      title={t('firm.needs.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-need">
          {t('firm.needs.create')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <EnumFilter list={list} name="status" enumName="FinancingNeedStatus" values={STATUSES} label={t('firm.needs.status')} />
      </Space>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<FirmNeed>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('firm.needs.empty') }}
        onRow={(n) => ({ 'data-testid': `need-row-${n.id}` }) as React.HTMLAttributes<HTMLElement>}
        onChange={(_p, _f, s) => {
          const sorter = s as SorterResult<FirmNeed>;
          list.setSort(sorter.order ? String(sorter.columnKey) : undefined, sorter.order === 'descend' ? 'DESC' : 'ASC');
        }}
        columns={[
          { title: t('firm.needs.purpose'), key: 'purpose', render: (_: unknown, n: FirmNeed) => <Link to={`/firm/needs/${n.id}`}>{n.purpose}</Link> },
          {
            title: t('firm.needs.amount'),
            key: 'amount',
            sorter: true,
            sortOrder: sortOrderOf(list, 'amount'),
            render: (_: unknown, n: FirmNeed) => formatMoney(n.amount.amountFen, i18n.language),
          },
          {
            title: t('firm.needs.term'),
            dataIndex: 'termMonths',
            key: 'termMonths',
            sorter: true,
            sortOrder: sortOrderOf(list, 'termMonths'),
            render: (v: number) => t('firm.needs.termMonths', { count: v }),
          },
          { title: t('firm.needs.maxRate'), dataIndex: 'maxRateBp', render: (v: number) => formatRate(v) },
          { title: t('firm.needs.status'), dataIndex: 'status', render: (v: string) => <Tag>{label('FinancingNeedStatus', v)}</Tag> },
          {
            title: t('firm.needs.publishedAt'),
            dataIndex: 'publishedToBanksAt',
            render: (v: string | null) => (v ? formatDateTime(v, i18n.language) : t('firm.needs.notPublished')),
          },
          {
            title: t('firm.needs.createdAt'),
            dataIndex: 'createdAt',
            key: 'createdAt',
            sorter: true,
            sortOrder: sortOrderOf(list, 'createdAt'),
            render: (v: string) => formatDateTime(v, i18n.language),
          },
          { title: t('common.actions'), key: 'actions', render: (_: unknown, n: FirmNeed) => <NeedActions need={n} onChanged={() => void refetch()} /> },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
      <Modal open={creating} title={t('firm.needs.create')} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={640}>
        <NeedForm
          bundles={bundles.data?.pledgeBundles.edges.map((e) => e.node) ?? []}
          create={async (input) => (await create({ variables: { input } })).data?.createFinancingNeed.id}
          onDone={(id) => {
            setCreating(false);
            if (id) navigate(`/firm/needs/${id}`);
            else void refetch();
          }}
        />
      </Modal>
    </Card>
  );
}
