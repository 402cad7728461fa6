// `npm run bench -- whitelist [--firms 1000] [--banks 20] [--concurrency 16]`
// Pushes a published batch of generated firms to every bank, each bank with a loopback
// webhook receiver, and measures deliveries/s and time to 100% delivered (every key processed
// by the receiver and every delivery recorded by the platform) against raw BullMQ running one
// no-op job per delivery with the same worker concurrency, in the same run.
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { creditCodeCheckChar, OrganizationType, Role } from '@zhirong/core';
import { testConfig, testRunId } from '@zhirong/core/testing';
import { createRedis, JobWorkerModule } from '@zhirong/jobs';
import { createDataSource } from '@zhirong/persistence';
import { PlatformCoreModule } from '@zhirong/platform';
import { createTestDatabase } from '@zhirong/platform/testing';
import { WhitelistJobsModule, WhitelistPushService } from '@zhirong/whitelist';
import { Queue, Worker } from 'bullmq';
import { printTable } from './support';

export const description = 'whitelist push: N firms × M banks to loopback webhooks vs raw BullMQ no-op jobs';

const SECRET = 'bench-webhook-secret-0123456789';

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/**
 * The development receiver (tools/webhook-receiver.mjs) in its own process, as a bank's
 * endpoint would be: it verifies every signature and counts each idempotency key once.
 */
async function startReceiver(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'tools', 'webhook-receiver.mjs')], {
    env: { ...process.env, WEBHOOK_RECEIVER_PORT: '0', WEBHOOK_RECEIVER_SECRET: SECRET, WEBHOOK_RECEIVER_LOG: 'problems' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`webhook receiver exited with ${code}`)));
  });
  return { child, base };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 50): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('benchmark timed out');
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export async function run(args: string[]): Promise<void> {
  const firms = arg(args, 'firms', 1000);
  const banks = arg(args, 'banks', 20);
  const concurrency = arg(args, 'concurrency', 16);
  const total = firms * banks;
  const runId = testRunId();
  const db = await createTestDatabase(runId);
  const config = { ...testConfig(runId, db.url), logLevel: 'error' as const };
  config.database.poolSize = concurrency + 4;
  const dataSource = createDataSource(db.url, 4);
  await dataSource.initialize();
  let receiver: ChildProcess | null = null;
  let app: INestApplication | null = null;
  const redis = createRedis(config.redis.url);
  try {
    // --- data: a region, an office, the banks with their receivers, the firms and a published batch
    const q = <T>(sql: string, params: unknown[] = []) => dataSource.query(sql, params) as Promise<T>;
    const [sh] = await q<{ id: string }[]>(`insert into region (code, name, level, path) values ('310000', '上海市', 'PROVINCE', '310000') returning id`);
    const [mh] = await q<{ id: string }[]>(`insert into region (code, name, level, parent_id, path) values ('310112', '闵行区', 'DISTRICT', $1, '310000/310112') returning id`, [sh.id]);
    const [office] = await q<{ id: string }[]>(`insert into organization (name, type, region_id) values ('闵行区知识产权局', 'GOVERNMENT_OFFICE', $1) returning id`, [mh.id]);
    const started = await startReceiver();
    receiver = started.child;
    for (let b = 0; b < banks; b++) {
      const [bank] = await q<{ id: string }[]>(`insert into organization (name, type, region_id) values ($1, 'BANK', $2) returning id`, [`压测银行${b + 1}`, sh.id]);
      await q('insert into bank_webhook (bank_organization_id, url, secret) values ($1, $2, $3)', [bank.id, `${started.base}/bank/${b + 1}`, SECRET]);
    }
    const codes: string[] = [];
    const names: string[] = [];
    for (let i = 0; i < firms; i++) {
      const body = `91310112MA${String(i).padStart(7, '0')}`;
      codes.push(body + creditCodeCheckChar(body));
      names.push(`压测科技有限公司${i}`);
    }
    await q(
      `insert into enterprise (credit_code, name, region_id, region_path, industry_code, founded_on, tags, credit_rating, employees)
       select c, n, $3, '310000/310112', 'C39', '2018-01-01', '{HIGH_TECH}', 'AA', 50 from unnest($1::text[], $2::text[]) as t(c, n)`,
      [codes, names, mh.id],
    );
    const [rules] = await q<{ id: string }[]>(
      `insert into screening_rule_set (region_id, region_path, office_organization_id, version, criteria, min_score) values ($1, '310000/310112', $2, 1, '[]', 0) returning id`,
      [mh.id, office.id],
    );
    const [batch] = await q<{ id: string }[]>(
      `insert into whitelist_batch (office_organization_id, region_id, region_path, version, rule_set_id, status, published_at) values ($1, $2, '310000/310112', 1, $3, 'PUBLISHED', now()) returning id`,
      [office.id, mh.id, rules.id],
    );
    await q(`insert into whitelist_entry (batch_id, enterprise_id, score, included, reasons) select $1, id, 100, true, '[]' from enterprise`, [batch.id]);

    /** Raw BullMQ, same Redis, same concurrency, no-op jobs: what the queue alone can do. */
    const baseline = async (tag: string): Promise<number> => {
      const prefix = `${config.redis.prefix}-baseline-${tag}`;
      const queue = new Queue('baseline', { connection: redis, prefix });
      let done = 0;
      const workerConnection = createRedis(config.redis.url);
      const worker = new Worker('baseline', async () => undefined, { connection: workerConnection, prefix, concurrency });
      worker.on('completed', () => void done++);
      const b0 = performance.now();
      for (let i = 0; i < total; i += 1000) {
        await queue.addBulk(Array.from({ length: Math.min(1000, total - i) }, (_, j) => ({ name: 'noop', data: {}, opts: { jobId: `noop-${i + j}`, removeOnComplete: true } })));
      }
      await until(async () => done >= total, 600_000, 20);
      const ms = performance.now() - b0;
      await worker.close();
      workerConnection.disconnect();
      await queue.obliterate({ force: true });
      await queue.close();
      return ms;
    };
    const baselineBeforeMs = await baseline('before');

    // --- the platform: worker app with the whitelist handlers, push through the service
    const module = await Test.createTestingModule({
      imports: [PlatformCoreModule.forRoot(config), JobWorkerModule.forRoot({ requireAllHandlers: false, concurrency }), WhitelistJobsModule],
    }).compile();
    app = module.createNestApplication({ logger: false });
    await app.init();
    const pushes = app.get(WhitelistPushService);
    const actor = { userId: office.id, email: 'bench@zhirong.test', roles: [Role.GOV_OFFICER], organizationId: office.id, organizationType: OrganizationType.GOVERNMENT_OFFICE, regionPath: '310000/310112' };
    const delivered = async () => (await q<{ n: number }[]>(`select count(*)::int as n from whitelist_delivery where status = 'DELIVERED'`))[0].n;
    const receiverStats = async () => (await (await fetch(`${started.base}/health`)).json()) as { processed: number; duplicates: number; rejected: number };

    // The clock stops when the receiver has processed every key (what a bank sees), and separately
    // when the platform has recorded every delivery; the headline rate uses the later of the two.
    const t0 = performance.now();
    const push = await pushes.push(actor, batch.id, null);
    const enqueuedMs = performance.now() - t0;
    await until(async () => (await receiverStats()).processed >= total, 600_000, 50);
    const receiverMs = performance.now() - t0;
    await until(async () => (await delivered()) >= total, 600_000, 50);
    const platformMs = performance.now() - t0;
    const chunkJobs = (await q<{ n: number }[]>(`select count(distinct (bank_organization_id, chunk))::int as n from whitelist_delivery where push_id = $1`, [push.id]))[0].n;
    await app.close();
    app = null;
    if (push.total !== total) throw new Error(`expected ${total} deliveries, push created ${push.total}`);
    const dead = (await q<{ n: number }[]>(`select count(*)::int as n from whitelist_delivery where status <> 'DELIVERED'`))[0].n;

    // The baseline again after the platform: the machine's load drifts between runs,
    // so the ratio uses the mean of a run before and a run after.
    const baselineAfterMs = await baseline('after');
    const baselineMs = (baselineBeforeMs + baselineAfterMs) / 2;
    const whitelistQueue = new Queue('whitelist', { connection: redis, prefix: config.redis.prefix });
    await whitelistQueue.obliterate({ force: true });
    await whitelistQueue.close();

    const platformRate = total / (platformMs / 1000);
    const baselineRate = total / (baselineMs / 1000);
    const delivery = pushes.delivery;
    printTable(
      `whitelist push: ${firms} firms × ${banks} banks = ${total} deliveries, worker concurrency ${concurrency} (both runs); platform chunks of ${delivery.chunkSize}, ${delivery.concurrency} webhooks in flight per chunk`,
      [
        {
          run: 'platform push (inbox + access + outbox rows + signed webhook)',
          deliveries: total,
          'BullMQ jobs': chunkJobs,
          'push+enqueue (ms)': enqueuedMs.toFixed(0),
          'receiver 100% (ms)': receiverMs.toFixed(0),
          'recorded 100% (ms)': platformMs.toFixed(0),
          'deliveries/s': platformRate.toFixed(0),
        },
        ...[['before', baselineBeforeMs], ['after', baselineAfterMs]].map(([when, ms]) => ({
          run: `raw BullMQ no-op baseline (${when})`,
          deliveries: total,
          'BullMQ jobs': total,
          'push+enqueue (ms)': '-',
          'receiver 100% (ms)': '-',
          'recorded 100% (ms)': (ms as number).toFixed(0),
          'deliveries/s': (total / ((ms as number) / 1000)).toFixed(0),
        })),
      ],
    );
    console.log(`\nratio platform/baseline throughput (baseline: mean of before and after): ${((platformRate / baselineRate) * 100).toFixed(1)}% (target ≥ 50%)`);
    const stats = await receiverStats();
    console.log(`receiver: ${stats.processed} keys processed of ${total}, ${stats.duplicates} duplicates, ${stats.rejected} rejected; platform rows not delivered: ${dead}`);
  } finally {
    if (app) await app.close();
    receiver?.kill('SIGTERM');
    redis.disconnect();
    await dataSource.destroy();
    await db.drop();
  }
}
