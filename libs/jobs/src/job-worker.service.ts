import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { DelayedError, Job, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { JobName, QueueName, queueOf } from './job.types';
import { ON_JOB_KEY, OnJobOptions } from './on-job.decorator';
import { OutboxMarker } from './outbox/job-outbox.relay';
import { createRedis } from './redis';

export const JOB_WORKER_OPTIONS = Symbol('JOB_WORKER_OPTIONS');

export interface JobWorkerOptions {
  /** The worker app demands a handler for every JobName; a test may load only some. */
  requireAllHandlers: boolean;
  concurrency: number;
  /** Relay the job outbox and mark its rows done (needs Postgres); off only for Redis-only tests. */
  outbox: boolean;
}

type BoundHandler = (data: unknown, job: Job) => Promise<unknown>;

export class JobHandlerError extends Error {}

/**
 * Thrown by a handler that cannot go on now, typically because the worker is stopping: the
 * job runs again after `delayMs` without using up one of its attempts (it did not fail).
 */
export class RescheduleJob extends Error {
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Finds every @OnJob method, refuses to start when a job has no handler or two,
 * and runs one BullMQ worker per queue that dispatches by job name.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);
  private readonly workers: Worker[] = [];
  private readonly connections: IORedis[] = [];
  private handlers = new Map<JobName, BoundHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @InjectConfig() private readonly config: AppConfig,
    private readonly options: JobWorkerOptions,
    private readonly dataSource: DataSource | null,
  ) {}

  collectHandlers(): Map<JobName, BoundHandler> {
    const found = new Map<JobName, BoundHandler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method] as (...args: unknown[]) => Promise<unknown>;
        const meta = this.reflector.get<OnJobOptions<JobName> | undefined>(ON_JOB_KEY, fn);
        if (!meta) continue;
        const list = found.get(meta.name) ?? [];
        list.push((data, job) => fn.call(instance, data, job));
        found.set(meta.name, list);
      }
    }
    const problems: string[] = [];
    for (const [name, list] of found) if (list.length > 1) problems.push(`${name} has ${list.length} handlers`);
    if (this.options.requireAllHandlers) {
      for (const name of Object.values(JobName)) if (!found.has(name)) problems.push(`${name} has no handler`);
    }
    if (problems.length) throw new JobHandlerError(`Job handlers are wrong: ${problems.join('; ')}`);
    return new Map([...found].map(([name, list]) => [name, list[0]]));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.handlers = this.collectHandlers();
    const queues = new Set<QueueName>([...this.handlers.keys()].map(queueOf));
    for (const queue of queues) {
      const connection = createRedis(this.config.redis.url);
      this.connections.push(connection);
      const worker = new Worker(queue, (job, token) => this.dispatch(job, token), {
        connection,
        prefix: this.config.redis.prefix,
        concurrency: this.options.concurrency,
      });
      worker.on('failed', (job, error) => {
        this.logger.warn(`${job?.name ?? '?'} (${job?.id ?? '?'}) failed on attempt ${job?.attemptsMade ?? '?'}: ${error.message}`);
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void this.markOutbox(job, 'failed', error.message);
      });
      worker.on('error', (error) => this.logger.error(`worker ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
    this.logger.log(`handling ${this.handlers.size} job(s) on ${queues.size} queue(s)`);
  }

  private async dispatch(job: Job, token?: string): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new JobHandlerError(`no handler for job ${job.name}`);
    try {
      const result = await handler(job.data, job);
      // The rows this job ran are done: the relay stops watching them (a failure here retries the job, which is idempotent).
      await this.markOutbox(job, 'done');
      return result;
    } catch (e) {
      if (!(e instanceof RescheduleJob)) throw e;
      // BullMQ's way to put an active job back: release our lock into the delayed set, then tell the worker.
      await job.moveToDelayed(Date.now() + e.delayMs, token);
      throw new DelayedError(e.message);
    }
  }

  /** Job outbox rows behind a job (job-outbox.relay.ts) are marked done, or failed for good (a dead letter). */
  private async markOutbox(job: Job, outcome: 'done' | 'failed', error?: string): Promise<void> {
    const ids = (job.data as OutboxMarker | undefined)?.outboxIds;
    if (!ids?.length || !this.dataSource) return;
    if (outcome === 'done') {
      await this.dataSource.query('update job_outbox set done_at = now() where id = any($1::bigint[]) and done_at is null', [ids]);
      return;
    }
    try {
      await this.dataSource.query('update job_outbox set failed_at = now(), last_error = $2 where id = any($1::bigint[]) and done_at is null', [ids, error ?? 'failed']);
    } catch (e) {
      // The relay's look-up finds the failed job later and records it then.
      this.logger.warn(`could not record the failure of ${job.id}: ${(e as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    // close() lets running jobs finish; unfinished ones go back to the queue.
    await Promise.all(this.workers.map((w) => w.close()));
    // BullMQ leaves connections it was handed open.
    for (const connection of this.connections) connection.disconnect();
  }
}
