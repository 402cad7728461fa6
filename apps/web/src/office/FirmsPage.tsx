import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Input, message, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import type { Me } from '../app/queries';
import type { EnterpriseSortField } from '../gql/graphql';
import { CursorPager } from '../shared/CursorPager';
import { useEnumLabel } from '../shared/enums';
import { formatDateTime } from '../shared/format';
import { sortOrderOf, useListParams } from '../shared/list-params';
import { EntryChangeForm } from './EntryChangeForm';
import { NeedForFirmForm, ReviewDeclarationForm } from './FirmActionForms';
import { CREATE_FINANCING_NEED, NOMINATE_WHITELIST_FIRM, OFFICE_FIRMS, REVIEW_FACT_DECLARATION, RegionFirm } from './queries';

type Declaration = RegionFirm['declaredFacts'][number];
type Acting = { kind: 'review'; firm: RegionFirm; declaration: Declaration } | { kind: 'nominate' | 'need'; firm: RegionFirm };

const NOMINATORS = ['PARK_OFFICER', 'GOV_OFFICER'];
const NEED_ENTRY = ['WINDOW_OFFICER', 'GOV_OFFICER'];

/**
 * 辖区企业: the region's firms with their verified facts and what they declared (待核实),
 * verified or rejected here; parks nominate firms, windows enter needs for them.
 */
export default function FirmsPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const me = useOutletContext<Me>();
  const list = useListParams();
  const name = list.get('name');
  const sortField = (list.sort?.field as EnterpriseSortField | undefined) ?? undefined;
  const { data, loading, error, refetch } = useQuery(OFFICE_FIRMS, {
    variables: { after: list.after, filter: { nameContains: name }, sort: sortField ? { field: sortField, direction: list.sort!.direction } : undefined },
  });
  const [review] = useMutation(REVIEW_FACT_DECLARATION);
  const [nominate] = useMutation(NOMINATE_WHITELIST_FIRM);
  const [createNeed] = useMutation(CREATE_FINANCING_NEED);
  const [acting, setActing] = useState<Acting>();
  const may = (roles: readonly string[]) => me.roles.some((r) => roles.includes(r));
  const page = data?.enterprises;

  const done = async (text: string) => {
    setActing(undefined);
    void message.success(text);
    await refetch();
  };

  return (
    <Card title={t('office.firms.title')}>
      <Typography.Paragraph type="secondary">{t('office.firms.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Input.Search
        allowClear
        defaultValue={name}
        placeholder={t('office.firms.nameFilter')}
        aria-label={t('office.firms.nameFilter')}
        onSearch={(v) => list.set({ name: v.trim() || undefined })}
        style={{ maxWidth: 360, marginBottom: 16 }}
        data-testid="firms-name-filter"
      />
      <Table<RegionFirm>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('office.firms.empty') }}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          list.setSort(s.order ? String(s.columnKey) : undefined, s.order === 'descend' ? 'DESC' : 'ASC');
        }}
        columns={[
          { title: t('office.firms.name'), key: 'NAME', dataIndex: 'name', sorter: true, sortOrder: sortOrderOf(list, 'NAME') },
          { title: t('office.firms.region'), key: 'region', render: (_: unknown, f: RegionFirm) => f.region.name },
          { title: t('office.firms.creditRating'), dataIndex: 'creditRating', render: (v: string | null) => v ?? '—' },
          {
            title: t('office.firms.verified'),
            key: 'verified',
            render: (_: unknown, f: RegionFirm) => (
              <Space orientation="vertical" size={2}>
                <span>
                  {t('office.firms.tags')}：{f.tags.length ? f.tags.map((tag) => label('EnterpriseTag', tag)).join('、') : '—'}
                </span>
                <span>
                  {t('office.firms.employees')}：{f.employees ?? '—'}
                </span>
              </Space>
            ),
          },
          {
            title: t('office.firms.declared'),
            key: 'declared',
            render: (_: unknown, f: RegionFirm) =>
              f.declaredFacts.length ? (
                <Space orientation="vertical" size={4}>
                  {f.declaredFacts.map((d) => (
                    <Space key={d.id} wrap>
                      <Tag color="orange">{label('EnterpriseFact', d.fact)}</Tag>
                      <span>{d.summary}</span>
                      <Typography.Text type="secondary">{formatDateTime(d.declaredAt, i18n.language)}</Typography.Text>
                      <Button size="small" onClick={() => setActing({ kind: 'review', firm: f, declaration: d })} data-testid="declaration-review">
                        {t('office.firms.review')}
                      </Button>
                    </Space>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('office.firms.noDeclarations')}</Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, f: RegionFirm) => (
              <Space wrap>
                {may(NOMINATORS) && (
                  <Button size="small" onClick={() => setActing({ kind: 'nominate', firm: f })} data-testid="firm-nominate">
                    {t('office.firms.nominate')}
                  </Button>
                )}
                {may(NEED_ENTRY) && (
                  <Button size="small" onClick={() => setActing({ kind: 'need', firm: f })} data-testid="firm-create-need">
                    {t('office.firms.createNeed')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
      <Modal
        open={!!acting}
        onCancel={() => setActing(undefined)}
        footer={null}
        destroyOnHidden
        title={
          !acting
            ? ''
            : acting.kind === 'review'
              ? t('office.review.title', { summary: acting.declaration.summary })
              : acting.kind === 'nominate'
                ? t('office.nominate.title', { name: acting.firm.name })
                : t('office.need.title', { name: acting.firm.name })
        }
      >
        {acting?.kind === 'review' && (
          <ReviewDeclarationForm
            onSubmit={async ({ verdict, note }) => {
              await review({ variables: { input: { declarationId: acting.declaration.id, verdict, note } } });
              await done(t('office.review.done'));
            }}
          />
        )}
        {acting?.kind === 'nominate' && (
          <EntryChangeForm
            reasonLabel={t('office.nominate.reason')}
            submitLabel={t('office.firms.nominate')}
            onCancel={() => setActing(undefined)}
            onSubmit={async ({ reason }) => {
              await nominate({ variables: { input: { enterpriseId: acting.firm.id, reason } } });
              await done(t('office.nominate.done'));
            }}
          />
        )}
        {acting?.kind === 'need' && (
          <NeedForFirmForm
            enterpriseId={acting.firm.id}
            onSubmit={async (input) => {
              await createNeed({ variables: { input } });
              await done(t('office.need.done'));
            }}
          />
        )}
      </Modal>
    </Card>
  );
}
