import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig } from '@zhirong/core';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { JobOutboxRelay, JobQueue, QueueName } from '@zhirong/jobs';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import IORedis from 'ioredis';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/**
 * Issue 11's outages, against a Redis of this test's own (the shared one serves every other
 * test): paused with SIGSTOP, and restarted without its data. Mutations must not wait for it,
 * and every job they asked for must run once it is back.
 */
const CREATE_NEED = `mutation($input: CreateFinancingNeedInput!) { createFinancingNeed(input: $input) { id } }`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const probe = new IORedis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  for (let i = 0; i < 100; i++) {
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`redis-server did not start on ${port}`);
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

jest.setTimeout(60_000);

describe('durable effects when Redis stalls or forgets', () => {
  let redis: ChildProcess;
  let port: number;
  let t: TestApp;
  let f: IdentityFixture;
  let worker: INestApplication | null = null;
  let token: string;
  const onPrivateRedis = (config: AppConfig): AppConfig => ({ ...config, redis: { ...config.redis, url: `redis://127.0.0.1:${port}` } });

  async function startWorker(config: Partial<AppConfig['jobs']> = {}): Promise<void> {
    const base = onPrivateRedis(t.config);
    const module = await Test.createTestingModule({ imports: [WorkerModule.forRoot({ ...base, database: { ...base.database, url: t.db.url }, jobs: { ...base.jobs, ...config } })] }).compile();
    worker = module.createNestApplication({ logger: false });
    await worker.init();
  }
  async function stopWorker(): Promise<void> {
    await worker?.close();
    worker = null;
  }
  const createNeed = async () => {
    const res = await t.gql<{ createFinancingNeed: { id: string } }>(CREATE_NEED, { input: { amount: { amountFen: '200000000' }, termMonths: 12, purpose: '研发投入', maxRateBp: 600 } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createFinancingNeed.id;
  };
  const computed = (needId: string) => async () => ((await t.dataSource.query('select 1 from match_need_state where need_id = $1', [needId])) as unknown[]).length > 0;
  const outboxOf = (needId: string) =>
    t.dataSource.query(`select sends, done_at from job_outbox where payload->>'needId' = $1`, [needId]) as Promise<{ sends: number; done_at: Date | null }[]>;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await createTestApp((config) => AppModule.forRoot(onPrivateRedis(config)));
    f = await createIdentityFixture(t);
    await insertTestEnterprise(t.dataSource.manager, { name: '闵行耐久科技有限公司', region: f.regions.minhang, organizationId: f.orgs.firm.id });
    token = await f.token('firm');
    await startWorker();
  });

  afterAll(async () => {
    await stopWorker();
    await t?.close();
    redis?.kill('SIGKILL');
  });

  it('answers a mutation and /health within 2 s while Redis is paused, and runs the job once after it resumes', async () => {
    redis.kill('SIGSTOP');
    let resumedAt = 0;
    try {
      const started = Date.now();
      const needId = await createNeed();
      const took = Date.now() - started;
      expect(took).toBeLessThan(2000);
      const healthStarted = Date.now();
      const health = await request(t.app.getHttpServer()).get('/health');
      expect(Date.now() - healthStarted).toBeLessThan(2500);
      expect(health.status).toBe(503);
      expect(health.body.error.redis.status).toBe('down');
      expect(health.body.info.postgres.status).toBe('up');
      // Committed, and waiting in the outbox: nothing was lost with Redis away.
      expect((await outboxOf(needId)).length).toBe(1);
      redis.kill('SIGCONT');
      resumedAt = Date.now();
      await until('the need’s matches', computed(needId));
      const caughtUp = Date.now() - resumedAt;
      process.stdout.write(`Redis paused: mutation answered in ${took} ms; matching caught up ${caughtUp} ms after Redis resumed\n`);
      const rows = await until('the outbox row done', async () => {
        const r = await outboxOf(needId);
        return r.every((x) => x.done_at) && r;
      });
      expect(rows.map((r) => r.sends)).toEqual([1]);
      const completed = await worker!.get(JobQueue).queue(QueueName.MATCHING).getCompleted();
      expect(completed.filter((j) => j.data.needId === needId)).toHaveLength(1);
    } finally {
      if (!resumedAt) redis.kill('SIGCONT');
    }
  });

  it('sends again what a Redis restarted without its data lost', async () => {
    await stopWorker();
    const needId = await createNeed();
    // The relay hands the job to Redis, but no worker takes it before Redis goes down.
    const relay = new JobOutboxRelay(t.dataSource, t.app.get(JobQueue), onPrivateRedis(t.config));
    await until('the relay to send it', async () => (await relay.relayOnce()) > 0 || (await outboxOf(needId)).every((r) => r.sends > 0));
    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    redis = await startRedis(port);
    const restartedAt = Date.now();
    await startWorker({ resendAfterSeconds: 1 });
    await until('the need’s matches', computed(needId));
    const caughtUp = Date.now() - restartedAt;
    process.stdout.write(`Redis restarted empty: the lost matching job was re-sent and ran ${caughtUp} ms after restart\n`);
    const rows = await until('the outbox row done', async () => {
      const r = await outboxOf(needId);
      return r.every((x) => x.done_at) && r;
    });
    expect(rows.map((r) => r.sends)).toEqual([2]);
  });
});
