import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, showOnFields } from '../shared/errors';
import { ASSET_CHOICES, ENGAGE_VALUER } from './queries';
import { FormErrors } from './ListParts';

interface EngageValues {
  ipAssetIds: string[];
  valuerOrganizationId: string;
  note?: string;
}

/**
 * 委托评估: VALID or PENDING assets of the firm and a valuer. The API lists no valuers to a
 * firm, so the choice is the valuers that already appraised its assets.
 */
export function EngageValuerForm({ ipAssetId, onDone }: { ipAssetId?: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EngageValues>();
  const { data, loading } = useQuery(ASSET_CHOICES, { fetchPolicy: 'cache-and-network' });
  const [engage, { loading: saving }] = useMutation(ENGAGE_VALUER);
  const [others, setOthers] = useState<ApiError[]>([]);
  const assets = (data?.ipAssets.edges.map((e) => e.node) ?? []).filter((a) => a.legalStatus === 'VALID' || a.legalStatus === 'PENDING');
  const valuers = new Map(assets.flatMap((a) => a.valuations.map((v) => [v.valuer.id, v.valuer.name] as const)));

  async function submit(v: EngageValues) {
    setOthers([]);
    try {
      await engage({ variables: { input: { ipAssetIds: v.ipAssetIds, valuerOrganizationId: v.valuerOrganizationId, note: v.note || undefined } } });
      onDone();
    } catch (e) {
      setOthers(showOnFields(form, e));
    }
  }

  return (
    <Form form={form} layout="vertical" initialValues={{ ipAssetIds: ipAssetId ? [ipAssetId] : [] }} onFinish={(v) => void submit(v)}>
      <FormErrors errors={others} />
      <Form.Item name="ipAssetIds" label={t('firm.valuations.assets')} rules={[{ required: true, message: t('firm.required') }]}>
        <Select mode="multiple" loading={loading} optionFilterProp="label" options={assets.map((a) => ({ value: a.id, label: `${a.number} ${a.title}` }))} />
      </Form.Item>
      <Form.Item name="valuerOrganizationId" label={t('firm.valuations.valuer')} rules={[{ required: true, message: t('firm.required') }]} extra={t('firm.valuations.valuerHint')}>
        <Select loading={loading} options={[...valuers].map(([id, name]) => ({ value: id, label: name }))} />
      </Form.Item>
      <Form.Item name="note" label={t('firm.valuations.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('firm.valuations.submit')}
      </Button>
    </Form>
  );
}
