import { useQuery } from '@apollo/client/react';
import { Alert, Card, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PolicyStatus } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { POLICY_REGIONS, REGIONAL_POLICIES } from './queries';

/** The URL's value for the national default, which has no region id. */
export const NATIONAL = 'national';

export const statusColour = (s: PolicyStatus) => (s === 'PUBLISHED' ? 'green' : s === 'DRAFT' ? 'gold' : 'default');

/** 区域政策: a region's policy versions with their validity; the region is in the URL (?regionId=…). */
export default function PoliciesPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const regions = useQuery(POLICY_REGIONS);
  const own = regions.data?.me.organization.region.id;
  const known = regions.data?.policyRegions ?? [];
  const chosen = list.get('regionId') ?? (known.some((r) => r.id === own) ? own : known[0]?.id);
  const regionId = chosen === NATIONAL ? null : chosen;
  const versions = useQuery(REGIONAL_POLICIES, { variables: { regionId, after: list.after }, skip: chosen === undefined, fetchPolicy: 'cache-and-network' });
  const connection = versions.data?.regionalPolicies;
  const error = regions.error ?? versions.error;

  return (
    <Card title={t('policy.list.title')}>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Space style={{ marginBottom: 16 }}>
        <span>{t('policy.list.region')}</span>
        <Select
          style={{ minWidth: 260 }}
          aria-label={t('policy.list.region')}
          placeholder={t('policy.list.pick')}
          value={chosen}
          loading={regions.loading}
          onChange={(v: string) => list.set({ regionId: v })}
          options={[
            ...known.map((r) => ({ value: r.id, label: `${r.name} · ${t('policy.list.versions', { count: r.versionCount })}` })),
            { value: NATIONAL, label: t('policy.list.national') },
          ]}
          data-testid="policy-region"
        />
      </Space>
      <Table
        rowKey="id"
        loading={versions.loading && !versions.data}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('policy.list.empty') }}
        onRow={(p) => ({ 'data-testid': 'policy-version-row', 'data-version': p.version, 'data-status': p.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('policy.list.version'), key: 'version', render: (_, p) => <Link to={`/policies/${p.id}`}>v{p.version}</Link> },
          { title: t('policy.list.status'), key: 'status', render: (_, p) => <Tag color={statusColour(p.status)}>{label('PolicyStatus', p.status)}</Tag> },
          { title: t('policy.list.validity'), key: 'validity', render: (_, p) => `${p.validFrom} – ${p.validTo ?? t('policy.list.openEnded')}` },
          { title: t('policy.list.note'), dataIndex: 'note' },
          { title: t('policy.list.publishedAt'), key: 'publishedAt', render: (_, p) => (p.publishedAt ? formatDateTime(p.publishedAt, i18n.language) : '—') },
          {
            title: t('policy.list.actions'),
            key: 'actions',
            render: (_, p) => (
              <Space>
                <Link to={`/policies/${p.id}`}>{t('policy.list.view')}</Link>
                <Link to={`/policies/${p.id}/new-version`} data-testid="policy-new-version">
                  {t('policy.list.newVersion')}
                </Link>
              </Space>
            ),
          },
        ]}
      />
      {connection && (
        <CursorPager total={connection.totalCount} endCursor={connection.pageInfo.endCursor ?? null} hasNextPage={connection.pageInfo.hasNextPage} onPage={list.setAfter} />
      )}
    </Card>
  );
}
