import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Typography, message as antdMessage } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { CursorPager, useAfterCursor } from '../shared/CursorPager';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { NeedInterestActions } from './NeedInterestActions';
import { NEED_LIBRARY, PublishedNeed } from './queries';

/** 融资项目需求库: published needs matching the bank's products, anonymised until the firm consents. */
export default function NeedLibraryPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [after, setAfter] = useAfterCursor();
  const { data, loading, error } = useQuery(NEED_LIBRARY, { variables: { after } });
  const page = data?.needLibrary;
  const [message, messageHolder] = antdMessage.useMessage();
  return (
    <Card title={t('bank.library.title')}>
      {messageHolder}
      <Typography.Paragraph type="secondary">{t('bank.library.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<PublishedNeed>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('bank.library.empty') }}
        columns={[
          { title: t('bank.library.amount'), key: 'amount', render: (_: unknown, n: PublishedNeed) => formatMoney(n.amount.amountFen, i18n.language) },
          { title: t('bank.library.term'), dataIndex: 'termMonths', render: (v: number) => t('bank.library.termMonths', { count: v }) },
          { title: t('bank.library.maxRate'), dataIndex: 'maxRateBp', render: (v: number) => formatRate(v) },
          { title: t('bank.library.ipTypes'), dataIndex: 'ipTypes', render: (v: string[]) => v.map((x) => label('IpType', x)).join('、') },
          { title: t('bank.library.industry'), key: 'industry', render: (_: unknown, n: PublishedNeed) => n.industrySectionName ?? n.industrySection },
          { title: t('bank.library.city'), dataIndex: 'cityName' },
          { title: t('bank.library.product'), key: 'product', render: (_: unknown, n: PublishedNeed) => n.match?.productName ?? '—' },
          { title: t('bank.library.score'), key: 'score', render: (_: unknown, n: PublishedNeed) => (n.match ? n.match.score.toFixed(1) : '—') },
          { title: t('bank.library.publishedAt'), dataIndex: 'publishedAt', render: (v: string) => formatDateTime(v, i18n.language) },
          { title: t('bank.library.interest'), key: 'interest', render: (_: unknown, n: PublishedNeed) => (n.myInterest ? label('NeedInterestStatus', n.myInterest.status) : '—') },
          { title: t('common.actions'), key: 'actions', render: (_: unknown, n: PublishedNeed) => <NeedInterestActions need={n} onError={(m) => void message.error(m)} /> },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={setAfter} />}
    </Card>
  );
}
