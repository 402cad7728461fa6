import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '@zhirong/core';
import { testConfig, testRunId } from '@zhirong/core/testing';
import { JobQueue } from './job-queue.service';
import { JobName, JobPayloads, QueueName } from './job.types';
import { JobHandlerError, JobWorker, RescheduleJob } from './job-worker.service';
import { JobsModule, JobWorkerModule, scheduleRecurringJobs } from './jobs.module';
import { OnJob } from './on-job.decorator';
import { lastHeartbeat } from './system.jobs';

@Injectable()
class DuplicateHeartbeat {
  @OnJob({ name: JobName.SYSTEM_HEARTBEAT })
  async again(_data: JobPayloads[JobName.SYSTEM_HEARTBEAT]): Promise<void> {
    // a second handler for the same job: the worker must refuse to start
  }
}

/** Asks to run again later the first time, then succeeds: what a stopping worker's handler does. */
@Injectable()
class ReschedulesOnce {
  static calls: number[] = [];
  @OnJob({ name: JobName.MATCHING_NEED_CHANGED })
  async handle(_data: JobPayloads[JobName.MATCHING_NEED_CHANGED], job: { attemptsMade: number }): Promise<void> {
    ReschedulesOnce.calls.push(job.attemptsMade);
    if (ReschedulesOnce.calls.length === 1) throw new RescheduleJob(50, 'not now');
  }
}

async function worker(extraProviders: (typeof DuplicateHeartbeat | typeof ReschedulesOnce)[] = [], requireAllHandlers = true) {
  const config = testConfig(testRunId());
  const module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), JobsModule, JobWorkerModule.forRoot({ requireAllHandlers, outbox: false })],
    providers: extraProviders,
  }).compile();
  return { app: module.createNestApplication({ logger: false }), config };
}

describe('jobs on a real Redis', () => {
  it('runs a job through its @OnJob handler', async () => {
    const { app, config } = await worker([], false);
    await app.init();
    try {
      const jobs = app.get(JobQueue);
      await jobs.enqueue(JobName.SYSTEM_HEARTBEAT, { scheduledAt: new Date().toISOString() });
      const until = Date.now() + 10_000;
      let seen: Date | null = null;
      while (!seen && Date.now() < until) {
        seen = await lastHeartbeat(jobs, config.redis.prefix);
        if (!seen) await new Promise((r) => setTimeout(r, 100));
      }
      expect(seen).not.toBeNull();
    } finally {
      await app.close();
    }
  });

  it('runs a rescheduled job again later without using up an attempt', async () => {
    const { app } = await worker([ReschedulesOnce], false);
    await app.init();
    try {
      const jobs = app.get(JobQueue);
      const id = await jobs.enqueue(JobName.MATCHING_NEED_CHANGED, { needId: 'n1' }, { attempts: 1 });
      const queue = jobs.queue(QueueName.MATCHING);
      const until = Date.now() + 10_000;
      while (ReschedulesOnce.calls.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      // With attempts: 1, a counted attempt would have failed the job for good.
      expect(ReschedulesOnce.calls).toEqual([0, 0]);
      while (!(await queue.getJob(id!))?.finishedOn && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(await (await queue.getJob(id!))!.isCompleted()).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('refuses to start when a job has two handlers', async () => {
    const { app } = await worker([DuplicateHeartbeat], false);
    await expect(app.init()).rejects.toThrow(JobHandlerError);
    await app.close().catch(() => undefined);
  });

  it('demands a handler for every job when asked to (the worker app does)', async () => {
    const { app } = await worker();
    // Only the system jobs are loaded here; every domain's job is missing.
    const missing = Object.values(JobName).filter((n) => n !== JobName.SYSTEM_HEARTBEAT);
    if (missing.length) expect(() => app.get(JobWorker).collectHandlers()).toThrow(new RegExp(`${missing[0]} has no handler`));
    await app.close();
  });

  it('deduplicates by jobId and keeps each test on its own key prefix', async () => {
    const config = testConfig(testRunId());
    const jobs = new JobQueue(config);
    try {
      await jobs.enqueue(JobName.SYSTEM_HEARTBEAT, {}, { jobId: 'same', delay: 60_000 });
      await jobs.enqueue(JobName.SYSTEM_HEARTBEAT, {}, { jobId: 'same', delay: 60_000 });
      expect(await jobs.queue(QueueName.SYSTEM).getDelayedCount()).toBe(1);
      const keys = await jobs.redis.keys(`${config.redis.prefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((k) => k.startsWith(`zt-`))).toBe(true);
    } finally {
      await jobs.queue(QueueName.SYSTEM).obliterate({ force: true });
      await jobs.onModuleDestroy();
    }
  });

  it('schedules the heartbeat once however often the worker starts', async () => {
    const jobs = new JobQueue(testConfig(testRunId()));
    try {
      await scheduleRecurringJobs(jobs);
      await scheduleRecurringJobs(jobs);
      expect(await jobs.queue(QueueName.SYSTEM).getJobSchedulersCount()).toBe(1);
    } finally {
      await jobs.queue(QueueName.SYSTEM).obliterate({ force: true });
      await jobs.onModuleDestroy();
    }
  });

  it('reads Redis from the validated configuration', () => {
    expect(loadConfig().redis.url).toMatch(/^redis:\/\//);
  });
});
