import { useQuery } from '@apollo/client/react';
import { Alert, Card, Checkbox, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router';
import type { Me } from '../app/queries';
import type { PledgeRegistrationStatus } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { StatusFilter } from '../shared/StatusFilter';
import { formatDateTime, formatMoney } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { DueTime } from './DueTime';
import { PLEDGE_REGISTRATIONS, RegistrationRow } from './queries';
import { RegistryActions } from './RegistryActions';
import { isRegistry, REGISTRATION_STATUSES, registrationColour } from './registration-values';

/**
 * 质押登记: the bank's filings (or, for the platform acting as the registry, every filing with
 * its steps), newest first, with due times in Shanghai and overdue or breached ones flagged;
 * status and breached filters and the page in the URL.
 */
export default function RegistrationsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const me = useOutletContext<Me>();
  const registry = isRegistry(me.roles);
  const statuses = list.getAll('status') as PledgeRegistrationStatus[];
  const { data, loading, error } = useQuery(PLEDGE_REGISTRATIONS, {
    variables: { after: list.after, filter: { statuses: statuses.length ? statuses : undefined, breached: list.get('breached') === 'true' || undefined } },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.pledgeRegistrations;

  return (
    <Card title={t(registry ? 'pledges.list.registryTitle' : 'pledges.list.title')}>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <StatusFilter
          enumName="PledgeRegistrationStatus"
          values={REGISTRATION_STATUSES}
          value={statuses}
          onChange={(v) => list.set({ status: v })}
          label={t('pledges.list.status')}
          testId="registrations-filter-status"
        />
        <Checkbox
          checked={list.get('breached') === 'true'}
          onChange={(e) => list.set({ breached: e.target.checked ? 'true' : undefined })}
          data-testid="registrations-filter-breached"
        >
          {t('pledges.list.breachedOnly')}
        </Checkbox>
      </Space>
      <Table<RegistrationRow>
        rowKey="id"
        loading={loading && !data}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('pledges.list.empty') }}
        onRow={(r) => ({ 'data-testid': 'registration-row', 'data-loan-id': r.loanId, 'data-status': r.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('pledges.list.loan'),
            key: 'loan',
            width: 260,
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/loans/${r.loanId}`}>{r.loan?.application?.enterpriseName ?? r.loanId.slice(0, 8)}</Link>
                {r.loan && (
                  <Typography.Text type="secondary">
                    {formatMoney(r.loan.principal.amountFen, i18n.language)}
                    {registry && r.loan.application && ` · ${r.loan.application.bankName}`}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: t('pledges.list.channel'), key: 'channel', render: (_, r) => label('PledgeChannel', r.channel) },
          { title: t('pledges.list.status'), key: 'status', render: (_, r) => <Tag color={registrationColour(r.status)}>{label('PledgeRegistrationStatus', r.status)}</Tag> },
          { title: t('pledges.list.submittedAt'), key: 'submittedAt', render: (_, r) => formatDateTime(r.submittedAt, i18n.language) },
          { title: t('pledges.list.dueAt'), key: 'dueAt', render: (_, r) => <DueTime r={r} /> },
          {
            title: t('pledges.list.outcome'),
            key: 'outcome',
            render: (_, r) =>
              r.certificateNumber ? (
                <span>
                  {r.certificateNumber}
                  {r.registeredAt && <Typography.Text type="secondary"> · {formatDateTime(r.registeredAt, i18n.language)}</Typography.Text>}
                </span>
              ) : r.returnedReason ? (
                <Typography.Text type="warning">{r.returnedReason}</Typography.Text>
              ) : (
                t('common.none')
              ),
          },
          ...(registry ? [{ title: t('common.actions'), key: 'actions', width: 200, render: (_: unknown, r: RegistrationRow) => <RegistryActions r={r} /> }] : []),
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor ?? null} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
    </Card>
  );
}
