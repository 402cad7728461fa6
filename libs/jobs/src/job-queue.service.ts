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
    if (change.enterpriseId) {
      await this.enqueue(JobName.MATCHING_ENTERPRISE_CHANGED, { enterpriseId: change.enterpriseId }, debouncedJobOptions(`enterprise-${change.enterpriseId}`));
    }
  }

  /** The same for many firms at once (one round trip), e.g. a whitelist push reaching a bank. */
  async enterprisesChanged(enterpriseIds: string[]): Promise<void> {
    if (!enterpriseIds.length) return;
    await this.enqueueMany(
      JobName.MATCHING_ENTERPRISE_CHANGED,
      enterpriseIds.map((enterpriseId) => ({ data: { enterpriseId }, options: debouncedJobOptions(`enterprise-${enterpriseId}`) })),
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
