import { createHash } from 'node:crypto';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { JobsOptions, Queue } from 'bullmq';
import IORedis from 'ioredis';
import { JobName, JobPayloads, QueueName, queueOf } from './job.types';
import { createRedis } from './redis';

/** Retries and retention for every job, in one place. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
};

/**
 * Options that collapse a burst of changes into one job: while a job with this id
 * waits (its delay), more enqueues are ignored; once it ran its id is freed so the
 * next change enqueues again. `-` rather than `:` in ids: BullMQ rejects one colon.
 */
export function debouncedJobOptions(jobId: string, delayMs = 1000): JobsOptions {
  return { jobId, delay: delayMs, removeOnComplete: true, removeOnFail: true };
}

/** Firms per `matching.enterprises-changed` job: one job stays a few seconds of matching work. */
export const ENTERPRISE_GROUP = 500;

/** The debounce id of a sorted group of firms: the same group reported again while its job waits is one job. */
export function enterprisesJobId(sortedIds: readonly string[]): string {
  return sortedIds.length === 1 ? `enterprise-${sortedIds[0]}` : `enterprises-${createHash('sha1').update(sortedIds.join(',')).digest('hex')}`;
}

/** Puts typed jobs on their queues. Pass `jobId` to make an enqueue idempotent. */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly connection: IORedis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.connection = createRedis(config.redis.url);
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

  /**
   * Tells the matching engine what changed, after the writer's transaction committed
   * (so the job never reads uncommitted rows). Matching lives in another domain;
   * producers only name the change.
   */
  async matchingChanged(change: { needId?: string; productId?: string; enterpriseId?: string }): Promise<void> {
    if (change.needId) await this.enqueue(JobName.MATCHING_NEED_CHANGED, { needId: change.needId }, debouncedJobOptions(`need-${change.needId}`));
    if (change.productId) await this.enqueue(JobName.MATCHING_PRODUCT_CHANGED, { productId: change.productId }, debouncedJobOptions(`product-${change.productId}`));
    if (change.enterpriseId) await this.enterprisesChanged([change.enterpriseId]);
  }

  /**
   * The same for many firms at once, e.g. a whitelist push reaching a bank: one job per group of
   * at most ENTERPRISE_GROUP firms rather than one per firm, since a push reports every firm once
   * per bank and a job per firm×bank cost the queue as much as the push itself.
   */
  async enterprisesChanged(enterpriseIds: readonly string[]): Promise<void> {
    const ids = [...new Set(enterpriseIds)].sort();
    if (!ids.length) return;
    const groups: string[][] = [];
    for (let i = 0; i < ids.length; i += ENTERPRISE_GROUP) groups.push(ids.slice(i, i + ENTERPRISE_GROUP));
    await this.enqueueMany(
      JobName.MATCHING_ENTERPRISES_CHANGED,
      groups.map((group) => ({ data: { enterpriseIds: group }, options: debouncedJobOptions(enterprisesJobId(group)) })),
    );
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
