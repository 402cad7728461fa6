import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollateralKind } from '../gql/graphql';
import { CursorPager, useAfterCursor } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { ApiError, showOnFields } from '../shared/errors';
import { formatDateTime, formatMoney } from '../shared/format';
import { ASSET_CHOICES, CREATE_PLEDGE_BUNDLE, FIRM_BUNDLES, FirmBundle } from './queries';
import { useMyEnterprise } from './useMyEnterprise';
import { FormErrors } from './ListParts';

const COLLATERAL: CollateralKind[] = ['PHYSICAL', 'CREDIT', 'EQUITY'];

interface BundleValues {
  name: string;
  assetIds: string[];
  otherCollateral?: CollateralKind[];
}

/** 质押组合: bundles of the firm's assets (组合质押) that a need can offer, with their appraised value. */
export default function BundlesPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [after, setAfter] = useAfterCursor();
  const { enterprise, error: enterpriseError } = useMyEnterprise();
  const { data, loading, error, refetch } = useQuery(FIRM_BUNDLES, { variables: { enterpriseId: enterprise?.id ?? '', after }, skip: !enterprise });
  const choices = useQuery(ASSET_CHOICES, { fetchPolicy: 'cache-and-network' });
  const [create, { loading: saving }] = useMutation(CREATE_PLEDGE_BUNDLE);
  const [creating, setCreating] = useState(false);
  const [others, setOthers] = useState<ApiError[]>([]);
  const [form] = Form.useForm<BundleValues>();
  const page = data?.pledgeBundles;
  const failure = error ?? enterpriseError;

  async function submit(v: BundleValues) {
    setOthers([]);
    try {
      await create({ variables: { input: { enterpriseId: enterprise!.id, name: v.name.trim(), assetIds: v.assetIds, otherCollateral: v.otherCollateral } } });
      setCreating(false);
      form.resetFields();
      void refetch();
    } catch (e) {
      setOthers(showOnFields(form, e));
    }
  }

  return (
    <Card
      title={t('firm.bundles.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={!enterprise} onClick={() => setCreating(true)} data-testid="create-bundle">
          {t('firm.bundles.create')}
        </Button>
      }
    >
      {failure && <Alert type="error" showIcon title={t('errors.load', { message: failure.message })} />}
      <Table<FirmBundle>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('firm.bundles.empty') }}
        columns={[
          { title: t('firm.bundles.name'), dataIndex: 'name' },
          { title: t('firm.bundles.assets'), key: 'assets', render: (_: unknown, b: FirmBundle) => b.assets.map((a) => <Tag key={a.id}>{a.number}</Tag>) },
          { title: t('firm.bundles.appraisedValue'), key: 'value', render: (_: unknown, b: FirmBundle) => formatMoney(b.appraisedValue.amountFen, i18n.language) },
          {
            title: t('firm.bundles.unvalued'),
            dataIndex: 'assetsWithoutValidValuation',
            render: (v: number) => (v > 0 ? <Tag color="orange">{t('firm.bundles.unvaluedCount', { count: v })}</Tag> : t('common.none')),
          },
          {
            title: t('firm.bundles.otherCollateral'),
            dataIndex: 'otherCollateral',
            render: (v: string[]) => (v.length ? v.map((c) => label('CollateralKind', c)).join('、') : t('common.none')),
          },
          { title: t('firm.bundles.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={setAfter} />}
      <Modal
        open={creating}
        title={t('firm.bundles.create')}
        okText={t('common.save')}
        okButtonProps={{ loading: saving }}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <FormErrors errors={others} />
          <Form.Item name="name" label={t('firm.bundles.name')} rules={[{ required: true, whitespace: true, message: t('firm.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="assetIds" label={t('firm.bundles.assets')} rules={[{ required: true, message: t('firm.required') }]}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              loading={choices.loading}
              options={(choices.data?.ipAssets.edges.map((e) => e.node) ?? []).map((a) => ({ value: a.id, label: `${a.number} ${a.title}`, disabled: a.pledgeStatus !== 'FREE' }))}
            />
          </Form.Item>
          <Form.Item name="otherCollateral" label={t('firm.bundles.otherCollateral')}>
            <Select mode="multiple" allowClear options={COLLATERAL.map((c) => ({ value: c, label: label('CollateralKind', c) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
