import { Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import type { BatchEntry } from './queries';

type Reason = BatchEntry['reasons'][number];

/** A batch's firms in rank order with score, inclusion, hand edits and each criterion's reason. */
export function EntriesTable(props: { entries: BatchEntry[]; loading: boolean; draft: boolean; onChange: (entry: BatchEntry, change: 'add' | 'remove') => void }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const en = i18n.language === 'en';
  return (
    <Table<BatchEntry>
      rowKey="id"
      loading={props.loading}
      dataSource={props.entries}
      pagination={false}
      locale={{ emptyText: t('office.batch.empty') }}
      onRow={(e) => ({ 'data-testid': 'batch-row', 'data-firm': e.enterpriseName, 'data-included': String(e.included) }) as React.HTMLAttributes<HTMLElement>}
      expandable={{
        expandedRowRender: (e) => (
          <Table<Reason>
            rowKey="criterion"
            size="small"
            pagination={false}
            dataSource={e.reasons}
            columns={[
              {
                title: t('office.rules.criterion'),
                dataIndex: 'criterion',
                render: (c: string, r: Reason) => `${label('ScreeningCriterion', c)}${r.required ? ` (${t('office.rules.required')})` : ''}`,
              },
              { title: t('office.rules.weight'), dataIndex: 'weight' },
              {
                title: t('office.batch.inBatch'),
                dataIndex: 'passed',
                render: (p: boolean) => <Tag color={p ? 'green' : 'red'}>{p ? t('office.batch.passed') : t('office.batch.failed')}</Tag>,
              },
              { title: t('office.batch.reasons'), key: 'reason', render: (_: unknown, r: Reason) => (en ? r.reasonEn : r.reasonZh) },
            ]}
          />
        ),
      }}
      columns={[
        { title: t('office.batch.firm'), dataIndex: 'enterpriseName' },
        { title: t('office.batch.score'), dataIndex: 'score' },
        {
          title: t('office.batch.inBatch'),
          dataIndex: 'included',
          render: (v: boolean, e: BatchEntry) => (
            <Space size={4}>
              <Tag color={v ? 'green' : undefined}>{v ? t('common.yes') : t('common.no')}</Tag>
              {e.nominated && <Tag color="blue">{t('office.batch.nominated')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('office.batch.reasons'),
          key: 'summary',
          render: (_: unknown, e: BatchEntry) => {
            const failed = e.reasons.filter((r) => !r.passed);
            return failed.length ? failed.map((r) => (en ? r.reasonEn : r.reasonZh)).join('；') : t('office.batch.passed');
          },
        },
        {
          title: t('office.batch.manual'),
          key: 'manual',
          render: (_: unknown, e: BatchEntry) =>
            e.manualChange ? (
              <Typography.Text>
                {label('WhitelistManualChange', e.manualChange)}：{e.manualReason}
              </Typography.Text>
            ) : (
              '—'
            ),
        },
        ...(props.draft
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, e: BatchEntry) =>
                  e.included ? (
                    <Button size="small" danger onClick={() => props.onChange(e, 'remove')} data-testid="entry-remove">
                      {t('office.batch.remove')}
                    </Button>
                  ) : (
                    <Button size="small" onClick={() => props.onChange(e, 'add')} data-testid="entry-add">
                      {t('office.batch.add')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
