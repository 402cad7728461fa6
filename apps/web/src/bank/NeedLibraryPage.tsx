import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager, useAfterCursor } from '../shared/CursorPager';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { NEED_LIBRARY, PublishedNeed } from './queries';

/** 融资项目需求库: published needs matching the bank's products, anonymised until the firm consents. */
export default function NeedLibraryPage() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useAfterCursor();
  const { data, loading, error } = useQuery(NEED_LIBRARY, { variables: { after } });
  const page = data?.needLibrary;
  return (
    <Card title={t('library.title')}>
      <Typography.Paragraph type="secondary">{t('library.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<PublishedNeed>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('library.empty') }}
        columns={[
          { title: t('library.amount'), key: 'amount', render: (_: unknown, n: PublishedNeed) => formatMoney(n.amount.amountFen, i18n.language) },
          { title: t('library.term'), dataIndex: 'termMonths', render: (v: number) => t('library.termMonths', { count: v }) },
          { title: t('library.maxRate'), dataIndex: 'maxRateBp', render: (v: number) => formatRate(v) },
          { title: t('library.ipTypes'), dataIndex: 'ipTypes', render: (v: string[]) => v.map((x) => t(`ipType.${x}`)).join('、') },
          { title: t('library.industry'), key: 'industry', render: (_: unknown, n: PublishedNeed) => n.industrySectionName ?? n.industrySection },
          { title: t('library.city'), dataIndex: 'cityName' },
          { title: t('library.product'), key: 'product', render: (_: unknown, n: PublishedNeed) => n.match?.productName ?? '—' },
          { title: t('library.score'), key: 'score', render: (_: unknown, n: PublishedNeed) => (n.match ? n.match.score.toFixed(1) : '—') },
          { title: t('library.publishedAt'), dataIndex: 'publishedAt', render: (v: string) => formatDateTime(v, i18n.language) },
          { title: t('library.interest'), key: 'interest', render: (_: unknown, n: PublishedNeed) => (n.myInterest ? t(`interestStatus.${n.myInterest.status}`) : '—') },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={setAfter} />}
    </Card>
  );
}
