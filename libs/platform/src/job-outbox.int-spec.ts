import { Injectable, Module } from '@nestjs/common';
import { JobName, JobOutbox, JobOutboxRelay, JobPayloads, JobQueue, JobWorkerModule, OnJob, QueueName } from '@zhirong/jobs';
import { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { AppConfig } from '@zhirong/core';
import { testConfig, testRunId } from '@zhirong/core/testing';
import { DataSource } from 'typeorm';
import { PlatformCoreModule } from './platform.module';
import { createTestDatabase } from './testing';

interface TestApp {
  app: INestApplication;
  module: TestingModule;
  config: AppConfig;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The platform's plumbing on a fresh database, without GraphQL (no resolver is loaded here). */
async function createTestApp(imports: NonNullable<ModuleMetadata['imports']>): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = testConfig(testRunId(), db.url);
  const module = await Test.createTestingModule({ imports: [PlatformCoreModule.forRoot(config), ...imports] }).compile();
  const app = module.createNestApplication({ logger: false });
  await app.init();
  return {
    app,
    module,
    config,
    dataSource: module.get(DataSource),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

const NEED = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

/** Succeeds for need jobs, fails for product jobs: what the relay and worker record of each. */
@Injectable()
class Handlers {
  static needRuns: string[] = [];
  @OnJob({ name: JobName.MATCHING_NEED_CHANGED })
  async need(data: JobPayloads[JobName.MATCHING_NEED_CHANGED]): Promise<void> {
    Handlers.needRuns.push(data.needId);
  }

  @OnJob({ name: JobName.MATCHING_PRODUCT_CHANGED })
  async product(): Promise<void> {
    throw new Error('Meilisearch said no');
  }
}

@Module({ providers: [Handlers] })
class HandlersModule {}

interface Row {
  id: string;
  sent_as: string | null;
  sends: number;
  done_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
}

describe('the job outbox: jobs commit with the change, reach BullMQ once, and come back when Redis loses them', () => {
  describe('relay passes', () => {
    let t: TestApp;
    let outbox: JobOutbox;
    let relay: JobOutboxRelay;
    let jobs: JobQueue;
    const rows = () => t.dataSource.query('select id, sent_as, sends, done_at, failed_at, last_error from job_outbox order by id') as Promise<Row[]>;
    const add = (name: JobName, job: Parameters<JobOutbox['add']>[2]) => t.dataSource.transaction((m) => outbox.add(m, name, job));

    beforeAll(async () => {
      t = await createTestApp([]);
      outbox = t.module.get(JobOutbox);
      jobs = t.module.get(JobQueue);
      // Driven by hand, pass by pass (the worker runs the same object on a timer).
      relay = new JobOutboxRelay(t.dataSource, jobs, t.config);
    });
    afterEach(async () => {
      await t.dataSource.query('delete from job_outbox');
      await Promise.all(Object.values(QueueName).map((q) => jobs.queue(q).obliterate({ force: true })));
    });
    afterAll(() => t?.close());

    it('writes nothing when the change rolls back', async () => {
      await expect(
        t.dataSource.transaction(async (m) => {
          await outbox.matchingChanged(m, { needId: NEED });
          throw new Error('validation failed after the write');
        }),
      ).rejects.toThrow('validation failed');
      expect(await rows()).toEqual([]);
    });

    it('sends nothing before its delay, then one job for every waiting row of a key', async () => {
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: NEED }, dedupeKey: `need-${NEED}`, delayMs: 60_000 });
      expect(await relay.relayOnce()).toBe(0);
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: NEED }, dedupeKey: `need-${NEED}` });
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: OTHER }, dedupeKey: `need-${OTHER}` });
      expect(await relay.relayOnce()).toBe(2);
      const sent = await rows();
      // The delayed row rode along with the due one: the job reads the state both changes left.
      expect(sent.every((r) => r.sent_as)).toBe(true);
      expect(new Set(sent.map((r) => r.sent_as)).size).toBe(2);
      expect(sent[0].sent_as).toBe(sent[1].sent_as);
      expect(sent[0].sent_as).toBe(`need-${NEED}-${sent[1].id}`);
      const waiting = await jobs.queue(QueueName.MATCHING).getWaiting();
      expect(waiting.map((j) => j.data.needId).sort()).toEqual([NEED, OTHER]);
      expect(waiting.find((j) => j.data.needId === NEED)!.data.outboxIds).toEqual([sent[0].id, sent[1].id]);
    });

    it('makes a change written after its key’s job was sent a new job, so it is never dropped', async () => {
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: NEED }, dedupeKey: `need-${NEED}` });
      await relay.relayOnce();
      // The first job has not run (or is running): the next generation must still run after it.
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: NEED }, dedupeKey: `need-${NEED}` });
      await relay.relayOnce();
      const [first, second] = await rows();
      expect(first.sent_as).not.toBe(second.sent_as);
      expect(await jobs.queue(QueueName.MATCHING).getWaitingCount()).toBe(2);
    });

    it('adds a job once however often a pass is retried, by the id derived from its rows', async () => {
      await add(JobName.WHITELIST_DELIVER, { data: { deliveryId: NEED }, jobId: 'chunk-p1-b1-0', options: { attempts: 3 } });
      await add(JobName.MATCHING_PRODUCT_CHANGED, { data: { productId: OTHER } });
      await relay.relayOnce();
      // A pass that reached Redis but failed to record it runs again.
      await t.dataSource.query('update job_outbox set sent_at = null');
      await relay.relayOnce();
      expect(await jobs.queue(QueueName.WHITELIST).getWaitingCount()).toBe(1);
      expect(await jobs.queue(QueueName.MATCHING).getWaitingCount()).toBe(1);
      expect((await jobs.queue(QueueName.WHITELIST).getJob('chunk-p1-b1-0'))!.opts.attempts).toBe(3);
      expect((await rows()).map((r) => r.sends)).toEqual([2, 2]);
    });

    it('sends again what Redis lost, and leaves alone what it still holds', async () => {
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: NEED } });
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: OTHER } });
      await relay.relayOnce();
      const [lost, kept] = await rows();
      // Redis restarted without its data for the first job; both were sent long ago.
      await jobs.queue(QueueName.MATCHING).remove(lost.sent_as!);
      await t.dataSource.query(`update job_outbox set sent_at = now() - interval '1 hour'`);
      expect(await relay.resendLost()).toEqual({ resent: 1, failed: 0 });
      expect(await jobs.queue(QueueName.MATCHING).getJob(lost.sent_as!)).toBeDefined();
      const after = await rows();
      expect(after.find((r) => r.id === lost.id)!.sends).toBe(2);
      expect(after.find((r) => r.id === kept.id)!.sends).toBe(1);
    });

    it('prunes done rows after the retention, and only those', async () => {
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: NEED } });
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: OTHER } });
      await add(JobName.MATCHING_NEED_CHANGED, { data: { needId: OTHER } });
      const [old, recent] = await rows();
      await t.dataSource.query(`update job_outbox set done_at = now() - interval '25 hours' where id = $1`, [old.id]);
      await t.dataSource.query(`update job_outbox set done_at = now() where id = $1`, [recent.id]);
      expect(await relay.prune()).toBe(1);
      expect((await rows()).length).toBe(2);
      expect(await relay.stats()).toMatchObject({ pending: 2, failed: 0 });
    });
  });

  describe('with a worker', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp([JobWorkerModule.forRoot({ requireAllHandlers: false }), HandlersModule]);
    });
    afterAll(() => t?.close());

    it('marks a row done when its job ran, and a dead letter when its job failed for good', async () => {
      const outbox = t.app.get(JobOutbox);
      await t.dataSource.transaction(async (m) => {
        await outbox.add(m, JobName.MATCHING_NEED_CHANGED, { data: { needId: NEED } });
        await outbox.add(m, JobName.MATCHING_PRODUCT_CHANGED, { data: { productId: OTHER }, options: { attempts: 1 } });
      });
      const until = Date.now() + 15_000;
      let rows: Row[] = [];
      while (Date.now() < until) {
        rows = (await t.dataSource.query('select id, sent_as, sends, done_at, failed_at, last_error from job_outbox order by id')) as Row[];
        if (rows.every((r) => r.done_at || r.failed_at)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(Handlers.needRuns).toEqual([NEED]);
      expect(rows[0]).toMatchObject({ done_at: expect.any(Date), failed_at: null });
      expect(rows[1]).toMatchObject({ done_at: null, failed_at: expect.any(Date), last_error: 'Meilisearch said no' });
      expect(await t.app.get(JobOutboxRelay).stats()).toMatchObject({ pending: 0, unfinished: 0, failed: 1 });
    });
  });
});
