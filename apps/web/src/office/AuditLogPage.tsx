import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, DatePicker, Form, Input, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../shared/CursorPager';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { AUDIT_LOG, AuditEntry } from './queries';

interface FilterValues {
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: dayjs.Dayjs | null;
  to?: dayjs.Dayjs | null;
}

/** 审计日志: who in the organisation changed what and when, newest first; the filters live in the URL. */
export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const list = useListParams();
  const filter = { action: list.get('action'), entityType: list.get('entityType'), entityId: list.get('entityId'), from: list.get('from'), to: list.get('to') };
  const { data, loading, error } = useQuery(AUDIT_LOG, { variables: { after: list.after, filter } });
  const page = data?.auditLog;
  const apply = (v: FilterValues) =>
    list.set({
      action: v.action?.trim(),
      entityType: v.entityType?.trim(),
      entityId: v.entityId?.trim(),
      from: v.from ? v.from.startOf('day').toISOString() : undefined,
      to: v.to ? v.to.add(1, 'day').startOf('day').toISOString() : undefined,
    });
  return (
    <Card title={t('office.audit.title')}>
      <Typography.Paragraph type="secondary">{t('office.audit.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      <Form<FilterValues>
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        initialValues={{ ...filter, from: filter.from ? dayjs(filter.from) : null, to: filter.to ? dayjs(filter.to).subtract(1, 'day') : null }}
        onFinish={apply}
      >
        <Form.Item name="action" label={t('office.audit.action')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="entityType" label={t('office.audit.entityType')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="entityId" label={t('office.audit.entityId')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="from" label={t('office.audit.from')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="to" label={t('office.audit.to')}>
          <DatePicker />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-filter">
            {t('office.audit.filter')}
          </Button>
        </Space>
      </Form>
      <Table<AuditEntry>
        rowKey="id"
        loading={loading}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('office.audit.empty') }}
        onRow={() => ({ 'data-testid': 'audit-row' }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          rowExpandable: (e) => e.changes.length > 0,
          expandedRowRender: (e) => (
            <Table
              rowKey="field"
              size="small"
              pagination={false}
              dataSource={e.changes}
              columns={[
                { title: t('office.audit.changes'), dataIndex: 'field' },
                { title: '←', dataIndex: 'before', render: (v: string | null) => <code>{v ?? '—'}</code> },
                { title: '→', dataIndex: 'after', render: (v: string | null) => <code>{v ?? '—'}</code> },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('office.audit.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
          { title: t('office.audit.actor'), key: 'actor', render: (_: unknown, e: AuditEntry) => [e.actorName, e.actorOrganizationName].filter(Boolean).join(' · ') || '—' },
          { title: t('office.audit.action'), dataIndex: 'action', render: (v: string) => <Coded code={v} words={t(`office.audit.actions.${v}`, { defaultValue: v })} /> },
          { title: t('office.audit.entityType'), dataIndex: 'entityType', render: (v: string) => <Coded code={v} words={t(`office.audit.entities.${v}`, { defaultValue: v })} /> },
          { title: t('office.audit.entityId'), dataIndex: 'entityId', render: (v: string | null) => v ?? '—' },
        ]}
      />
      {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
    </Card>
  );
}

/** A name in words with its code beside it, small: the code is what the filter searches by. */
function Coded({ code, words }: { code: string; words: string }) {
  return (
    <span title={code}>
      {words}
      {words !== code && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
          {code}
        </Typography.Text>
      )}
    </span>
  );
}
