import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Descriptions, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../shared/CursorPager';
import { formatDateTime } from '../shared/format';
import { useListParams } from '../shared/list-params';
import { CAUGHT_MAIL, CaughtMail } from './queries';

/**
 * 邮件截获: what the platform mailed, as the development mail catcher of `npm start` caught
 * it — the list, and the selected mail's text and attachments. The API refuses it where no
 * catcher runs (production), and the page says so.
 */
export default function CaughtMailPage() {
  const { t, i18n } = useTranslation();
  const list = useListParams();
  const { data, loading, error } = useQuery(CAUGHT_MAIL, { variables: { after: list.after }, fetchPolicy: 'cache-and-network', pollInterval: 10_000 });
  const page = data?.caughtMail;
  const mails = page?.edges.map((e) => e.node) ?? [];
  const [selectedId, select] = useState<string | null>(null);
  const selected = mails.find((m) => m.id === selectedId) ?? mails[0];

  return (
    <Card title={t('admin.mail.title')}>
      <Typography.Paragraph type="secondary">{t('admin.mail.intro')}</Typography.Paragraph>
      {error && <Alert type="warning" showIcon title={error.message} style={{ marginBottom: 16 }} data-testid="mail-error" />}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Table<CaughtMail>
            rowKey="id"
            size="small"
            loading={loading && !page}
            dataSource={mails}
            pagination={false}
            locale={{ emptyText: t('admin.mail.empty') }}
            rowClassName={(m) => (m.id === selected?.id ? 'ant-table-row-selected' : '')}
            onRow={(m) => ({ onClick: () => select(m.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('admin.mail.date'), dataIndex: 'date', width: 150, render: (v: string | null) => (v ? formatDateTime(v, i18n.language) : '—') },
              { title: t('admin.mail.to'), dataIndex: 'to', render: (v: string[]) => v.join(', ') },
              { title: t('admin.mail.subject'), dataIndex: 'subject' },
              { title: t('admin.mail.attachments'), dataIndex: 'attachments', render: (v: string[]) => v.length || '—' },
            ]}
          />
          {page && <CursorPager total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onPage={list.setAfter} />}
        </Col>
        <Col xs={24} xl={12}>
          {selected ? (
            <Card size="small" title={selected.subject} data-testid="mail-detail">
              <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('admin.mail.from')}>{selected.from ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('admin.mail.to')}>{selected.to.join(', ')}</Descriptions.Item>
                <Descriptions.Item label={t('admin.mail.date')}>{selected.date ? formatDateTime(selected.date, i18n.language) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('admin.mail.attachments')}>
                  <Space wrap>{selected.attachments.length ? selected.attachments.map((a) => <Tag key={a}>{a}</Tag>) : '—'}</Space>
                </Descriptions.Item>
              </Descriptions>
              <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}>{selected.text}</pre>
            </Card>
          ) : (
            !loading && <Empty description={t('admin.mail.empty')} />
          )}
        </Col>
      </Row>
    </Card>
  );
}
