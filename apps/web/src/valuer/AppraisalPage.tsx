import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Result, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useEnumLabel } from '../shared/enums';
import { ApiError, showOnFields } from '../shared/errors';
import { Appraisal, AppraisalForm } from './AppraisalForm';
import { ENGAGEMENTS, RECORD_VALUATION } from './queries';

/** 录入评估: the valuer's appraisal of one asset under its open engagement, which it completes. */
export default function AppraisalPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const { assetId = '' } = useParams();
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<ApiError[]>([]);
  const { data, loading, error } = useQuery(ENGAGEMENTS, { variables: { filter: { ipAssetId: assetId, status: 'OPEN' }, withAsset: true }, fetchPolicy: 'network-only' });
  const [record, { loading: saving }] = useMutation(RECORD_VALUATION);
  const back = () => navigate('/valuer/engagements');

  if (loading) return <Spin />;
  if (error) return <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />;
  const engagement = data?.valuationEngagements.edges[0]?.node;
  if (!engagement?.ipAsset) return <Result status="info" title={t('valuer.appraisal.notOpen')} extra={<Button onClick={back}>{t('common.back')}</Button>} />;

  async function submit(appraisal: Appraisal) {
    setProblems([]);
    try {
      await record({ variables: { input: { ipAssetId: assetId, ...appraisal } } });
      // The queue says it was done: this page is gone by then.
      navigate('/valuer/engagements', { state: { notice: 'valuer.appraisal.done' } });
    } catch (e) {
      setProblems(showOnFields(form, e));
    }
  }

  return (
    <Card title={t('valuer.appraisal.title')} extra={<Button onClick={back}>{t('common.back')}</Button>}>
      <Descriptions column={1} style={{ marginBottom: 24 }} data-testid="appraisal-asset">
        <Descriptions.Item label={t('valuer.appraisal.asset')}>
          {engagement.ipAsset.title}（{label('IpType', engagement.ipAsset.type)} {engagement.ipAsset.number}）
        </Descriptions.Item>
        <Descriptions.Item label={t('valuer.appraisal.requestedBy')}>{engagement.requestedBy.name}</Descriptions.Item>
        {engagement.note && <Descriptions.Item label={t('valuer.engagements.note')}>{engagement.note}</Descriptions.Item>}
      </Descriptions>
      {problems.map((p) => (
        <Alert key={p.message} type="error" showIcon title={p.message} style={{ marginBottom: 16 }} />
      ))}
      <AppraisalForm form={form} onSubmit={(a) => void submit(a)} submitting={saving} />
    </Card>
  );
}
