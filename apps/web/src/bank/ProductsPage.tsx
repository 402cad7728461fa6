import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Input, Popconfirm, Select, Space, Table, message as antdMessage } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ME } from '../app/queries';
import type { IpType, LoanProductSortField, LoanProductStatus } from '../gql/graphql';
import { IP_TYPES, PRODUCT_STATUSES } from './enum-values';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { apiErrors } from '../shared/errors';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { sortOrderOf, useListParams } from '../shared/list-params';
import { ARCHIVE_PRODUCT, BANK_PRODUCTS, BankProduct } from './queries';

const SORT_FIELDS: Record<string, LoanProductSortField> = { createdAt: 'CREATED_AT', maxAmount: 'MAX_AMOUNT', minRate: 'MIN_RATE' };

/** 金融产品: the bank's own products, drafts and archive included; filters and sort in the URL. */
export default function ProductsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const [message, messageHolder] = antdMessage.useMessage();
  const me = useQuery(ME);
  const bankId = me.data?.me.organization?.id;
  const sortField = list.sort && SORT_FIELDS[list.sort.field];
  const { data, loading, error } = useQuery(BANK_PRODUCTS, {
    skip: !bankId,
    // A product saved on the form page must show on return, though this list was not mounted to refetch.
    fetchPolicy: 'cache-and-network',
    variables: {
      first: 20,
      after: list.after,
      filter: { bankId, nameContains: list.get('name'), status: list.get('status') as LoanProductStatus | undefined, ipType: list.get('ipType') as IpType | undefined },
      sort: sortField ? { field: sortField, direction: list.sort!.direction === 'ASC' ? 'ASC' : 'DESC' } : undefined,
    },
  });
  const [archive] = useMutation(ARCHIVE_PRODUCT);
  const page = data?.loanProducts;
  const money = (fen: string) => formatMoney(fen, i18n.language);
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: sortOrderOf(list, key) });

  return (
    <Card title={t('bank.products.title')} extra={<Link to="/bank/products/new"><Button type="primary" data-testid="product-create">{t('bank.products.create')}</Button></Link>}>
      {messageHolder}
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search key={list.get('name')} aria-label={t('bank.products.nameContains')} placeholder={t('bank.products.nameContains')} defaultValue={list.get('name')} allowClear onSearch={(v) => list.set({ name: v.trim() || undefined })} style={{ width: 240 }} />
        <Select
          aria-label={t('bank.products.status')}
          placeholder={t('bank.products.status')}
          allowClear
          style={{ width: 140 }}
          value={list.get('status')}
          onChange={(v?: string) => list.set({ status: v })}
          options={PRODUCT_STATUSES.map((s) => ({ value: s, label: label('LoanProductStatus', s) }))}
        />
        <Select
          aria-label={t('bank.products.ipTypes')}
          placeholder={t('bank.products.ipTypes')}
          allowClear
          style={{ width: 180 }}
          value={list.get('ipType')}
          onChange={(v?: string) => list.set({ ipType: v })}
          options={IP_TYPES.map((s) => ({ value: s, label: label('IpType', s) }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} style={{ marginBottom: 16 }} />}
      <Table<BankProduct>
        rowKey="id"
        data-testid="product-list"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('bank.products.empty') }}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          list.setSort(s?.order ? String(s.columnKey) : undefined, s?.order === 'ascend' ? 'ASC' : 'DESC');
        }}
        columns={[
          { title: t('bank.products.name'), key: 'name', render: (_: unknown, p: BankProduct) => <Link to={`/bank/products/${p.id}`}>{p.name}</Link> },
          { title: t('bank.products.status'), dataIndex: 'status', render: (v: string) => label('LoanProductStatus', v) },
          { title: t('bank.products.amountRange'), ...sortable('maxAmount'), render: (_: unknown, p: BankProduct) => `${money(p.amountRange.min.amountFen)} – ${money(p.amountRange.max.amountFen)}` },
          { title: t('bank.products.termRange'), key: 'term', render: (_: unknown, p: BankProduct) => t('bank.products.termMonths', { min: p.termRange.minMonths, max: p.termRange.maxMonths }) },
          { title: t('bank.products.rateRange'), ...sortable('minRate'), render: (_: unknown, p: BankProduct) => `${formatRate(p.rateRange.minBp)} – ${formatRate(p.rateRange.maxBp)}` },
          { title: t('bank.products.ipTypes'), key: 'ip', render: (_: unknown, p: BankProduct) => p.pledgeRates.map((r) => `${label('IpType', r.ipType)} ${formatRate(r.rateBp)}`).join('、') },
          { title: t('bank.products.createdAt'), ...sortable('createdAt'), render: (_: unknown, p: BankProduct) => formatDateTime(p.createdAt, i18n.language) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: BankProduct) =>
              p.status === 'ARCHIVED' ? null : (
                <Space>
                  <Link to={`/bank/products/${p.id}`}>{t('common.edit')}</Link>
                  <Popconfirm
                    title={t('bank.products.archiveConfirm')}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true, 'data-testid': 'product-archive-confirm' }}
                    onConfirm={async () => {
                      try {
                        await archive({ variables: { id: p.id } });
                        void message.success(t('bank.products.archived'));
                      } catch (e) {
                        void message.error(apiErrors(e).map((x) => x.message).join('；'));
                      }
                    }}
                  >
                    <Button size="small" danger data-testid={`product-archive-${p.id}`}>
                      {t('bank.products.archive')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor ?? null} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
    </Card>
  );
}
