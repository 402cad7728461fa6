import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime, formatMoney, formatRate } from '../shared/format';
import { FIRM_NEED, NeedInterest, RESPOND_TO_INTEREST, WITHDRAW_CONSENT } from './need-queries';
import { NeedActions } from './NeedActions';

/** 融资需求详情: the need, and the banks' interests in it once published — accept, decline or withdraw consent. */
export default function NeedPage() {
  const { needId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const { data, loading, error, refetch } = useQuery(FIRM_NEED, { variables: { id: needId } });
  const [respond] = useMutation(RESPOND_TO_INTEREST);
  const [withdrawConsent] = useMutation(WITHDRAW_CONSENT);
  const need = data?.financingNeed;
  const yesNo = (v: boolean) => t(v ? 'common.yes' : 'common.no');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('firm.need.title')} loading={loading} extra={<Link to="/firm/needs">{t('common.back')}</Link>} data-testid="need-detail">
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        {!loading && !error && !need && <Alert type="warning" showIcon title={t('firm.need.notFound')} />}
        {need && (
          <>
            <Descriptions column={{ xs: 1, md: 2, xl: 3 }} bordered size="small">
              <Descriptions.Item label={t('firm.needs.purpose')}>{need.purpose}</Descriptions.Item>
              <Descriptions.Item label={t('firm.needs.amount')}>{formatMoney(need.amount.amountFen, i18n.language)}</Descriptions.Item>
              <Descriptions.Item label={t('firm.needs.term')}>{t('firm.needs.termMonths', { count: need.termMonths })}</Descriptions.Item>
              <Descriptions.Item label={t('firm.needs.maxRate')}>{formatRate(need.maxRateBp)}</Descriptions.Item>
              <Descriptions.Item label={t('firm.needs.status')}>{label('FinancingNeedStatus', need.status)}</Descriptions.Item>
              <Descriptions.Item label={t('firm.needs.publishedAt')}>
                {need.publishedToBanksAt ? formatDateTime(need.publishedToBanksAt, i18n.language) : t('firm.needs.notPublished')}
              </Descriptions.Item>
              <Descriptions.Item label={t('firm.needForm.guaranteeAcceptable')}>{yesNo(need.guaranteeAcceptable)}</Descriptions.Item>
              <Descriptions.Item label={t('firm.needForm.insuranceAcceptable')}>{yesNo(need.insuranceAcceptable)}</Descriptions.Item>
              <Descriptions.Item label={t('firm.needForm.bundle')}>{yesNo(!!need.bundleId)}</Descriptions.Item>
            </Descriptions>
            <div style={{ marginTop: 16 }}>
              <NeedActions need={need} onChanged={() => void refetch()} />
            </div>
          </>
        )}
      </Card>
      {need && (
        <Card title={t('firm.need.interests')}>
          <Table<NeedInterest>
            rowKey="id"
            dataSource={need.bankInterests}
            pagination={false}
            locale={{ emptyText: need.publishedToBanksAt ? t('firm.need.noInterests') : t('firm.need.publishFirst') }}
            columns={[
              { title: t('firm.need.bank'), dataIndex: 'bankName' },
              { title: t('firm.need.product'), dataIndex: 'productName' },
              { title: t('firm.need.message'), dataIndex: 'message', render: (v: string | null) => v ?? t('common.none') },
              { title: t('firm.need.interestStatus'), dataIndex: 'status', render: (v: string) => <Tag>{label('NeedInterestStatus', v)}</Tag> },
              { title: t('firm.need.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, n: NeedInterest) => (
                  <Space>
                    {n.status === 'PENDING' && (
                      <>
                        <Popconfirm
                          title={t('firm.need.acceptConfirm', { bank: n.bankName })}
                          okText={t('common.confirm')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => respond({ variables: { input: { interestId: n.id, accept: true } } })}
                        >
                          <Button size="small" type="primary">
                            {t('firm.need.accept')}
                          </Button>
                        </Popconfirm>
                        <Popconfirm
                          title={t('firm.need.declineConfirm', { bank: n.bankName })}
                          okText={t('common.confirm')}
                          cancelText={t('common.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => respond({ variables: { input: { interestId: n.id, accept: false } } })}
                        >
                          <Button size="small" danger>
                            {t('firm.need.decline')}
                          </Button>
                        </Popconfirm>
                      </>
                    )}
                    {n.status === 'ACCEPTED' && (
                      <Popconfirm
                        title={t('firm.need.withdrawConsentConfirm', { bank: n.bankName })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => withdrawConsent({ variables: { id: n.id } })}
                      >
                        <Button size="small">{t('firm.need.withdrawConsent')}</Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
