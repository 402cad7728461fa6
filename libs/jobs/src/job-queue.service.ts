import { createHash } from 'node:crypto';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { JobsOptions, Queue } from 'bullmq';
import IORedis from 'ioredis';
import { JobName, JobPayloads, QueueName, queueOf } from './job.types';
import { createBoundedRedis } from './redis';

/** Retries and retention for every job, in one place. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
};

/** Firms per `matching.enterprises-changed` job: one job stays a few seconds of matching work. */
export const ENTERPRISE_GROUP = 500;

/** The dedupe key of a sorted group of firms: the same group reported again while its rows wait is one job. */
export function enterprisesJobId(sortedIds: readonly string[]): string {
  return sortedIds.length === 1 ? `enterprise-${sortedIds[0]}` : `enterprises-${createHash('sha1').update(sortedIds.join(',')).digest('hex')}`;
}

/**
 * BullMQ itself: typed jobs on their queues, for the job outbox relay and the schedules of
 * recurring jobs. Domains do not enqueue here: they write JobOutbox rows in their
 * transaction (no mutation waits on Redis).
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly connection: IORedis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@InjectConfig() private readonly config: AppConfig) {
    // Bounded: a stalled Redis fails a call within the timeout instead of queueing it forever.
    this.connection = createBoundedRedis(config.redis.url, config.redis.commandTimeoutMs);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.config.redis.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue<N extends JobName>(name: N, data: JobPayloads[N], options: JobsOptions = {}): Promise<string | undefined> {
    const job = await this.queue(queueOf(name)).add(name, data, options);
    return job.id;
  }

  async enqueueMany<N extends JobName>(name: N, items: { data: JobPayloads[N]; options?: JobsOptions }[]): Promise<void> {
    await this.queue(queueOf(name)).addBulk(items.map((i) => ({ name, data: i.data, opts: i.options })));
  }

  /** The Redis connection jobs use, for small shared facts such as the worker heartbeat. */
  get redis(): IORedis {
    return this.connection;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}
