import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Popconfirm, Skeleton, Space, Tag, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEnumLabel } from '../shared/enums';
import { errorText } from '../shared/errors';
import { NATIONAL, statusColour } from './PoliciesPage';
import { POLICY_REGIONS, POLICY_VERSION, PUBLISH_POLICY_VERSION, REGIONAL_POLICIES } from './queries';
import { RulesView } from './RulesView';

/** One policy version: its rules in words with citations; a draft can be published (with confirmation). */
export default function PolicyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { data, error } = useQuery(POLICY_VERSION, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const regions = useQuery(POLICY_REGIONS);
  const [publish, publishing] = useMutation(PUBLISH_POLICY_VERSION, { refetchQueries: [REGIONAL_POLICIES, POLICY_REGIONS] });
  const [failure, setFailure] = useState<string | null>(null);
  const p = data?.regionalPolicy;
  const regionName = p?.regionId ? (regions.data?.policyRegions.find((r) => r.id === p.regionId)?.name ?? '') : t('policy.list.national');
  const back = `/policies?regionId=${p?.regionId ?? NATIONAL}`;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to={back}>{t('common.back')}</Link>
      <Card
        title={p ? t('policy.view.title', { region: regionName, version: p.version }) : undefined}
        extra={
          p && (
            <Space>
              <Tag color={statusColour(p.status)} data-testid="policy-status">
                {label('PolicyStatus', p.status)}
              </Tag>
              <Link to={`/policies/${p.id}/new-version`}>
                <Button data-testid="policy-new-version">{t('policy.list.newVersion')}</Button>
              </Link>
              {p.status === 'DRAFT' && (
                <Popconfirm
                  title={t('policy.view.publishConfirm', { from: p.validFrom })}
                  onConfirm={async () => {
                    setFailure(null);
                    try {
                      const done = (await publish({ variables: { policyId: p.id } })).data!.publishPolicyVersion;
                      void message.success(t('policy.view.published', { version: done.version }));
                    } catch (e) {
                      setFailure(errorText(e));
                    }
                  }}
                  okButtonProps={{ 'data-testid': 'policy-publish-confirm' }}
                >
                  <Button type="primary" loading={publishing.loading} data-testid="policy-publish">
                    {t('policy.view.publish')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )
        }
      >
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="policy-publish-error" />}
        {!p ? (
          !error && <Skeleton active />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <div data-testid="policy-validity">{t('policy.view.validity', { from: p.validFrom, to: p.validTo ?? t('policy.list.openEnded') })}</div>
            {p.note && <div>{p.note}</div>}
            {p.status === 'DRAFT' && <Alert type="info" showIcon title={t('policy.view.draftHint')} />}
            <RulesView rules={p.rules} />
          </Space>
        )}
      </Card>
    </Space>
  );
}
