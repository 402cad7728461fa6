import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Skeleton, Space, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formValues, versionInput } from './policy-form';
import { PolicyVersionForm } from './PolicyVersionForm';
import { CREATE_POLICY_VERSION, POLICY_REGIONS, POLICY_VERSION, REGIONAL_POLICIES } from './queries';

/** The next day after `day` (YYYY-MM-DD), by the calendar. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Today in China (the policy's validity is in Asia/Shanghai days). */
const todayInChina = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** A new draft version (/policies/:id/new-version), its form filled from version :id. */
export default function PolicyVersionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error } = useQuery(POLICY_VERSION, { variables: { id } });
  const regions = useQuery(POLICY_REGIONS);
  const [create] = useMutation(CREATE_POLICY_VERSION, { refetchQueries: [REGIONAL_POLICIES, POLICY_REGIONS] });
  const base = data?.regionalPolicy;
  const regionName = base?.regionId ? (regions.data?.policyRegions.find((r) => r.id === base.regionId)?.name ?? '') : t('policy.list.national');
  // A new version starts after the one it is drafted from (publishing refuses an earlier start) and not before tomorrow.
  const start = base ? [nextDay(base.validFrom), nextDay(todayInChina())].sort().pop()! : '';

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to={`/policies/${id}`}>{t('common.back')}</Link>
      <Card
        title={base ? t('policy.form.title', { region: regionName }) : undefined}
        extra={base && t('policy.form.basedOn', { version: base.version })}
        style={{ maxWidth: 1100 }}
      >
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        {!base ? (
          !error && <Skeleton active />
        ) : (
          <PolicyVersionForm
            initial={formValues(base.rules, start)}
            baseVersion={base.version}
            onCancel={() => void navigate(`/policies/${id}`)}
            submit={async (values) => {
              const created = (await create({ variables: { input: versionInput(values, base.rules, base.regionId ?? null) } })).data!.createPolicyVersion;
              void message.success(t('policy.form.saved', { version: created.version }));
              void navigate(`/policies/${created.id}`);
            }}
          />
        )}
      </Card>
    </Space>
  );
}
