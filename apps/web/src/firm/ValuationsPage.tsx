import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValuationEngagementStatus } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { EngageValuerForm } from './EngageValuerForm';
import { CANCEL_ENGAGEMENT, FIRM_ENGAGEMENTS, FirmEngagement } from './queries';
import { EnumFilter } from './ListParts';

const STATUSES: ValuationEngagementStatus[] = ['OPEN', 'COMPLETED', 'CANCELLED'];

/** 评估委托: the firm's valuation engagements (of one asset when `ipAssetId` is in the URL), engage and withdraw. */
export default function ValuationsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const ipAssetId = list.get('ipAssetId');
  const filter = { ipAssetId, status: list.get('status') as ValuationEngagementStatus | undefined };
  const { data, loading, error, refetch } = useQuery(FIRM_ENGAGEMENTS, { variables: { after: list.after, filter } });
  const [cancel, { loading: cancelling }] = useMutation(CANCEL_ENGAGEMENT);
  const [engaging, setEngaging] = useState(false);
  const [toCancel, setToCancel] = useState<FirmEngagement | null>(null);
  const [cancelForm] = Form.useForm<{ reason: string }>();
  const page = data?.valuationEngagements;

  return (
    <Card
      title={t('firm.valuations.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEngaging(true)} data-testid="engage-valuer">
          {t('firm.valuations.engage')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <EnumFilter list={list} name="status" enumName="ValuationEngagementStatus" values={STATUSES} label={t('firm.valuations.status')} />
        {ipAssetId && (
          <Tag closable onClose={() => list.set({ ipAssetId: undefined })}>
            {t('firm.valuations.oneAsset')}
          </Tag>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Table<FirmEngagement>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('firm.valuations.empty') }}
        columns={[
          { title: t('firm.valuations.asset'), key: 'asset', render: (_: unknown, e: FirmEngagement) => `${e.ipAsset.number} ${e.ipAsset.title}` },
          { title: t('firm.valuations.valuer'), key: 'valuer', render: (_: unknown, e: FirmEngagement) => e.valuer.name },
          {
            title: t('firm.valuations.status'),
            dataIndex: 'status',
            render: (v: string) => <Tag color={v === 'OPEN' ? 'blue' : v === 'COMPLETED' ? 'green' : 'default'}>{label('ValuationEngagementStatus', v)}</Tag>,
          },
          { title: t('firm.valuations.note'), key: 'note', render: (_: unknown, e: FirmEngagement) => e.cancelReason ?? e.note },
          { title: t('firm.valuations.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, e: FirmEngagement) =>
              e.status === 'OPEN' && (
                <Button size="small" danger onClick={() => setToCancel(e)}>
                  {t('firm.valuations.cancel')}
                </Button>
              ),
          },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
      <Modal open={engaging} title={t('firm.valuations.engage')} footer={null} onCancel={() => setEngaging(false)} destroyOnHidden>
        <EngageValuerForm
          ipAssetId={ipAssetId}
          onDone={() => {
            setEngaging(false);
            void refetch();
          }}
        />
      </Modal>
      <Modal
        open={!!toCancel}
        title={t('firm.valuations.cancelTitle')}
        okText={t('firm.valuations.cancel')}
        okButtonProps={{ danger: true, loading: cancelling }}
        onCancel={() => setToCancel(null)}
        onOk={() => cancelForm.submit()}
        destroyOnHidden
      >
        <Form
          form={cancelForm}
          layout="vertical"
          onFinish={async ({ reason }) => {
            await cancel({ variables: { input: { engagementId: toCancel!.id, reason } } });
            setToCancel(null);
          }}
        >
          <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, whitespace: true, message: t('firm.required') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
