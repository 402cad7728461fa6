import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, message, Modal, Popconfirm, Radio, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEnumLabel } from '../shared/enums';
import { apiErrors } from '../shared/errors';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { EntriesTable } from './EntriesTable';
import { EntryChangeForm } from './EntryChangeForm';
import { PushPanel } from './PushPanel';
import { ADD_WHITELIST_FIRM, BatchEntry, FIRM_OPTIONS, PUBLISH_WHITELIST_BATCH, REMOVE_WHITELIST_FIRM, WHITELIST_BATCH } from './queries';

const PAGE = 20;

/** What the hand-edit dialog is doing: adding a firm picked by name, or one entry in or out. */
type Editing = { mode: 'pick' } | { mode: 'add' | 'remove'; entry: BatchEntry };

/**
 * 白名单批次: the firms screened with scores and reasons (which ones and which page in the URL),
 * hand edits with a reason while it is a draft, publishing, and pushing to banks.
 */
export default function BatchPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams();
  const includedOnly = list.get('show') === 'included';
  const offset = Math.max(0, Number(list.get('offset') ?? 0) || 0);
  const { data, loading, error, refetch } = useQuery(WHITELIST_BATCH, { variables: { id, offset, includedOnly }, fetchPolicy: 'cache-and-network' });
  const [publish, publishing] = useMutation(PUBLISH_WHITELIST_BATCH);
  const [addFirm] = useMutation(ADD_WHITELIST_FIRM);
  const [removeFirm] = useMutation(REMOVE_WHITELIST_FIRM);
  const [searchFirms, firms] = useLazyQuery(FIRM_OPTIONS);
  const [editing, setEditing] = useState<Editing>();
  const [problem, setProblem] = useState<string>();
  const batch = data?.whitelistBatch;
  const draft = batch?.status === 'DRAFT';
  const total = includedOnly ? (batch?.includedCount ?? 0) : (batch?.entryCount ?? 0);

  async function change(reason: string, enterpriseId: string, mode: 'add' | 'remove', name: string) {
    const input = { batchId: id, enterpriseId, reason };
    if (mode === 'add') await addFirm({ variables: { input } });
    else await removeFirm({ variables: { input } });
    setEditing(undefined);
    void message.success(t(mode === 'add' ? 'office.batch.added' : 'office.batch.removed', { name }));
    await refetch();
  }

  async function doPublish() {
    setProblem(undefined);
    try {
      await publish({ variables: { batchId: id } });
      void message.success(t('office.batch.published'));
      await refetch();
    } catch (e) {
      setProblem(
        apiErrors(e)
          .map((x) => x.message)
          .join('; '),
      );
    }
  }

  if (error) return <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={batch ? t('office.batch.title', { version: batch.version }) : t('common.loading')}
        loading={loading && !batch}
        extra={
          <Space>
            <Link to="/office/batches">{t('office.batch.back')}</Link>
            {batch && batch.status !== 'DRAFT' && (
              <Link to={`/office/batches/${id}/answers`} data-testid="batch-answers">
                {t('office.batch.answers')}
              </Link>
            )}
          </Space>
        }
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        {batch && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('office.batches.status')}>
              <Tag data-testid="batch-status">{label('WhitelistBatchStatus', batch.status)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('office.batch.included')}>
              <span data-testid="batch-included-count">{batch.includedCount}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('office.batch.screened')}>{batch.entryCount}</Descriptions.Item>
            <Descriptions.Item label={t('office.batch.region')}>{batch.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('office.batches.createdAt')}>{formatDateTime(batch.createdAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('office.batch.publishedAt')}>{batch.publishedAt ? formatDateTime(batch.publishedAt, i18n.language) : '—'}</Descriptions.Item>
          </Descriptions>
        )}
        <Space wrap style={{ marginBottom: 16 }}>
          <Radio.Group
            value={includedOnly ? 'included' : 'all'}
            onChange={(e) => list.set({ show: e.target.value === 'included' ? 'included' : undefined, offset: undefined })}
            optionType="button"
            aria-label={t('office.batch.filterIncluded')}
            options={[
              { value: 'all', label: t('office.batch.all') },
              { value: 'included', label: t('office.batch.includedOnly') },
            ]}
            data-testid="batch-filter"
          />
          {draft && (
            <>
              <Button onClick={() => setEditing({ mode: 'pick' })} data-testid="batch-add-firm">
                {t('office.batch.addFirm')}
              </Button>
              <Popconfirm
                title={t('office.batch.publishConfirm')}
                onConfirm={() => void doPublish()}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={{ 'data-testid': 'publish-confirm' }}
              >
                <Button type="primary" loading={publishing.loading} data-testid="publish-batch">
                  {t('office.batch.publish')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
        <EntriesTable entries={batch?.entries ?? []} loading={loading} draft={draft} onChange={(entry, mode) => setEditing({ mode, entry })} />
        <Space style={{ marginTop: 16 }}>
          <span>{t('office.batch.pageOf', { from: total ? offset + 1 : 0, to: Math.min(offset + PAGE, total), total })}</span>
          <Button disabled={offset === 0} onClick={() => list.set({ offset: offset - PAGE > 0 ? String(offset - PAGE) : undefined })}>
            {t('office.batch.previous')}
          </Button>
          <Button disabled={offset + PAGE >= total} onClick={() => list.set({ offset: String(offset + PAGE) })} data-testid="next-page">
            {t('office.batch.next')}
          </Button>
        </Space>
      </Card>
      {batch && <PushPanel batchId={id} published={batch.status === 'PUBLISHED'} includedCount={batch.includedCount} />}
      <Modal
        open={!!editing}
        onCancel={() => setEditing(undefined)}
        footer={null}
        destroyOnHidden
        title={
          !editing
            ? ''
            : editing.mode === 'pick'
              ? t('office.batch.addFirm')
              : editing.mode === 'add'
                ? `${t('office.batch.add')}：${editing.entry.enterpriseName}`
                : t('office.batch.removeFirm', { name: editing.entry.enterpriseName })
        }
      >
        {editing && (
          <EntryChangeForm
            pickFirm={editing.mode === 'pick'}
            firmOptions={firms.data?.enterprises.edges.map((e) => ({ value: e.node.id, label: e.node.name }))}
            onSearchFirm={(name) => void searchFirms({ variables: { name: name.trim() || undefined } })}
            submitLabel={editing.mode === 'remove' ? t('office.batch.remove') : t('office.batch.add')}
            onCancel={() => setEditing(undefined)}
            onSubmit={({ enterpriseId, reason }) => {
              if (editing.mode === 'pick') {
                const name = firms.data?.enterprises.edges.find((e) => e.node.id === enterpriseId)?.node.name ?? '';
                return change(reason, enterpriseId!, 'add', name);
              }
              return change(reason, editing.entry.enterpriseId, editing.mode, editing.entry.enterpriseName);
            }}
          />
        )}
      </Modal>
    </Space>
  );
}
