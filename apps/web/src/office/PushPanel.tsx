import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Empty, Form, message, Popconfirm, Progress, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhitelistPushesQuery } from '../gql/graphql';
import { apiErrors } from '../shared/errors';
import { formatDateTime } from '../shared/format';
import { PUSH_WHITELIST_BATCH, REDRIVE_WHITELIST_DELIVERIES, WHITELIST_PUSHES } from './queries';

type Push = NonNullable<WhitelistPushesQuery['whitelistBatch']>['pushes'][number];
type BankProgress = Push['perBank'][number];

/** Deliveries still moving: queued or failed and retrying (dead ones wait for a re-drive). */
const inFlight = (p: BankProgress) => p.queued + p.failed > 0;
const percentOf = (p: BankProgress) => (p.total === 0 ? 100 : Math.floor((p.delivered * 100) / p.total));

/** How often the page asks for delivery progress while a push runs. */
const POLL_MS = 1000;

/**
 * 推送: a published batch goes to the banks chosen (after confirmation); each push shows its
 * deliveries per bank (queued / delivered / failed / dead), refreshed every second while any
 * is in flight, and dead deliveries can be re-driven.
 */
export function PushPanel({ batchId, published, includedCount }: { batchId: string; published: boolean; includedCount: number }) {
  const { t, i18n } = useTranslation();
  const { data, error, startPolling, stopPolling, refetch } = useQuery(WHITELIST_PUSHES, { variables: { id: batchId } });
  const [push, pushing] = useMutation(PUSH_WHITELIST_BATCH);
  const [redrive] = useMutation(REDRIVE_WHITELIST_DELIVERIES);
  const [banks, setBanks] = useState<string[]>([]);
  const [problem, setProblem] = useState<string>();
  const batch = data?.whitelistBatch;
  const pushes = batch?.pushes ?? [];
  const running = pushes.some((p) => p.perBank.some(inFlight));

  useEffect(() => {
    if (running) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  async function send() {
    setProblem(undefined);
    try {
      await push({ variables: { batchId, bankIds: banks } });
      setBanks([]);
      await refetch();
    } catch (e) {
      setProblem(
        apiErrors(e)
          .map((x) => x.message)
          .join('; '),
      );
    }
  }

  async function redriveDead(pushId: string) {
    try {
      const res = await redrive({ variables: { pushId } });
      void message.success(t('office.push.redriven', { count: res.data!.redriveWhitelistDeliveries }));
      await refetch();
    } catch (e) {
      setProblem(
        apiErrors(e)
          .map((x) => x.message)
          .join('; '),
      );
    }
  }

  return (
    <Card title={t('office.push.title')} data-testid="push-panel">
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      {!published ? (
        <Typography.Text type="secondary">{t('office.push.notPublished')}</Typography.Text>
      ) : (
        <Form layout="vertical">
          <Form.Item label={t('office.push.banks')} required>
            <Checkbox.Group
              value={banks}
              onChange={(v) => setBanks(v as string[])}
              options={(batch?.pushableBanks ?? []).map((b) => ({ value: b.id, label: b.name }))}
              data-testid="push-bank-picker"
            />
          </Form.Item>
          <Popconfirm
            title={t('office.push.confirm', { count: includedCount, banks: banks.length })}
            onConfirm={() => void send()}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ 'data-testid': 'push-confirm' }}
            disabled={!banks.length}
          >
            <Button type="primary" disabled={!banks.length} loading={pushing.loading} data-testid="push-batch">
              {t('office.push.submit')}
            </Button>
          </Popconfirm>
          {!banks.length && <Typography.Text type="secondary"> {t('office.push.banksRequired')}</Typography.Text>}
        </Form>
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('office.push.progress')}
      </Typography.Title>
      {!pushes.length && <Empty description={t('office.push.none')} />}
      {[...pushes].reverse().map((p) => (
        <Space key={p.id} orientation="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid="push">
          <Space>
            <Typography.Text>{t('office.push.pushedAt', { at: formatDateTime(p.createdAt, i18n.language) })}</Typography.Text>
            {p.perBank.some((b) => b.dead > 0) && (
              <Popconfirm title={t('office.push.redriveConfirm')} onConfirm={() => void redriveDead(p.id)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                <Button size="small" danger data-testid="redrive">
                  {t('office.push.redrive')}
                </Button>
              </Popconfirm>
            )}
          </Space>
          <Table<BankProgress>
            rowKey={(b) => b.bank.id}
            size="small"
            pagination={false}
            dataSource={p.perBank}
            onRow={(b) => ({ 'data-testid': 'bank-progress', 'data-bank': b.bank.name, 'data-percent': percentOf(b) }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('office.push.bank'), key: 'bank', render: (_: unknown, b: BankProgress) => b.bank.name },
              {
                title: t('office.push.progress'),
                key: 'progress',
                width: 260,
                render: (_: unknown, b: BankProgress) => (
                  <Progress percent={percentOf(b)} status={b.dead > 0 ? 'exception' : inFlight(b) ? 'active' : 'success'} format={(n) => `${n}%`} />
                ),
              },
              { title: t('office.push.queued'), dataIndex: 'queued' },
              { title: t('office.push.delivered'), dataIndex: 'delivered' },
              { title: t('office.push.failedRetrying'), dataIndex: 'failed' },
              { title: t('office.push.dead'), dataIndex: 'dead' },
              { title: t('office.push.total'), dataIndex: 'total' },
            ]}
          />
        </Space>
      ))}
    </Card>
  );
}
