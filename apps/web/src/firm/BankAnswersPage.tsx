import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyWhitelistInterestQuery } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney } from '../shared/format';
import { MY_WHITELIST_INTEREST } from './queries';

type Answer = MyWhitelistInterestQuery['myWhitelistInterest'][number];
const COLORS: Record<string, string> = { CREDIT_LINE_OFFERED: 'green', INTERESTED: 'blue', CONTACTED: 'cyan', DECLINED: 'default' };

/** 银行意向: which banks answered the firm's whitelist entry (decline reasons only when the bank shared them). */
export default function BankAnswersPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const { data, loading, error } = useQuery(MY_WHITELIST_INTEREST);
  return (
    <Card title={t('firm.answers.title')}>
      <Typography.Paragraph type="secondary">{t('firm.answers.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<Answer>
        rowKey={(a) => a.bank.id}
        loading={loading}
        dataSource={data?.myWhitelistInterest ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('firm.answers.empty') }}
        columns={[
          { title: t('firm.answers.bank'), key: 'bank', render: (_: unknown, a: Answer) => a.bank.name },
          { title: t('firm.answers.status'), dataIndex: 'status', render: (v: string) => <Tag color={COLORS[v]}>{label('WhitelistResponseStatus', v)}</Tag> },
          {
            title: t('firm.answers.creditLine'),
            key: 'creditLine',
            render: (_: unknown, a: Answer) => (a.creditLine ? formatMoney(a.creditLine.amountFen, i18n.language) : t('common.none')),
          },
          { title: t('common.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? t('common.none') },
          {
            title: t('firm.answers.respondedAt'),
            dataIndex: 'respondedAt',
            sorter: (a: Answer, b: Answer) => a.respondedAt.localeCompare(b.respondedAt),
            defaultSortOrder: 'descend',
            render: (v: string) => formatDateTime(v, i18n.language),
          },
        ]}
      />
    </Card>
  );
}
