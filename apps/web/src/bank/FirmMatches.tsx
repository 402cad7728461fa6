import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ME } from '../app/queries';
import { formatMoney } from '../shared/format';
import { BANK_PRODUCTS, BankProduct, EXPLAIN_MATCH, FirmNeed } from './queries';

/** 需求与本行产品匹配: each open need of the firm against each active product of this bank, explained. */
export function FirmMatches({ needs }: { needs: FirmNeed[] }) {
  const { t } = useTranslation();
  const me = useQuery(ME);
  const bankId = me.data?.me.organization?.id;
  const { data, error } = useQuery(BANK_PRODUCTS, { variables: { first: 50, filter: { bankId, status: 'ACTIVE' } }, skip: !bankId });
  const products = data?.loanProducts.edges.map((e) => e.node) ?? [];
  const open = needs.filter((n) => n.status === 'OPEN' || n.status === 'MATCHED');
  const pairs = open.flatMap((need) => products.map((product) => ({ need, product })));
  return (
    <Card title={t('bank.firm.matches')} data-testid="firm-matches">
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      {open.length === 0 ? (
        <Empty description={t('bank.firm.noNeeds')} />
      ) : data && products.length === 0 ? (
        <Empty description={t('bank.firm.noProducts')} />
      ) : (
        <List dataSource={pairs} rowKey={(p) => `${p.need.id}:${p.product.id}`} renderItem={(p) => <MatchItem need={p.need} product={p.product} />} />
      )}
    </Card>
  );
}

function MatchItem({ need, product }: { need: FirmNeed; product: BankProduct }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(EXPLAIN_MATCH, { variables: { needId: need.id, productId: product.id } });
  const match = data?.explainMatch;
  const en = i18n.language === 'en';
  return (
    <List.Item>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>
            {t('bank.firm.matchNeed')} {formatMoney(need.amount.amountFen, i18n.language)} · {t('bank.library.termMonths', { count: need.termMonths })}
          </Typography.Text>
          <Typography.Text strong>
            {t('bank.firm.matchProduct')} {product.name}
          </Typography.Text>
          {match && <Tag color={match.eligible ? 'green' : 'orange'}>{match.eligible ? t('bank.firm.eligible') : t('bank.firm.notEligible')}</Tag>}
          {match && (
            <Typography.Text type="secondary">
              {t('bank.firm.score')} {match.score.toFixed(1)}
            </Typography.Text>
          )}
          {loading && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
        </Space>
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        {match?.checks
          .filter((c) => !c.passed)
          .map((c) => (
            <Typography.Text key={c.criterion} type="warning">
              {en ? c.detailEn : c.detail}
            </Typography.Text>
          ))}
        {match && match.hints.length > 0 && (
          <Typography.Text type="secondary">
            {t('bank.firm.hints')}: {match.hints.join('；')}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}
