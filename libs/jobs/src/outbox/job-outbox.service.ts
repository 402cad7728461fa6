import { Injectable } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { clock } from '@zhirong/core';
import { EntityManager } from 'typeorm';
import { enterprisesJobId, ENTERPRISE_GROUP } from '../job-queue.service';
import { JobName, JobPayloads } from '../job.types';

/** How long a burst of changes to one need, product or firm is collected into one recompute. */
export const MATCHING_DEBOUNCE_MS = 1000;

/**
 * How long loan changes are collected into one refresh of the statistics view. A refresh reads
 * every loan, so a burst of repayments costs one refresh, not one each; statistics lag by at most this.
 */
export const STATS_REFRESH_DEBOUNCE_MS = 30_000;

export interface OutboxJob<N extends JobName = JobName> {
  data: JobPayloads[N];
  /** Not run before this many milliseconds from the commit. */
  delayMs?: number;
  /** Not run before this moment of the platform's clock (a reminder before a meeting); wins over delayMs. */
  runAt?: Date;
  /** Waiting rows with the same key run as one job (a debounce that never drops a change). */
  dedupeKey?: string;
  /** A stable job id: enqueueing it again is a no-op while BullMQ holds the job. */
  jobId?: string;
  /** BullMQ options beyond the defaults (attempts, backoff, retention). */
  options?: Pick<JobsOptions, 'attempts' | 'backoff' | 'removeOnComplete' | 'removeOnFail' | 'priority'>;
}

/**
 * The one way a domain asks for a job: rows in `job_outbox`, written with the caller's
 * manager so they commit (or roll back) with the change that needs them. Nothing here
 * talks to Redis: no mutation waits on it.
 */
@Injectable()
export class JobOutbox {
  async add<N extends JobName>(manager: EntityManager, name: N, job: OutboxJob<N>): Promise<void> {
    await this.addMany(manager, name, [job]);
  }

  async addMany<N extends JobName>(manager: EntityManager, name: N, jobs: readonly OutboxJob<N>[]): Promise<void> {
    if (!jobs.length) return;
    await manager.query(
      `insert into job_outbox (name, payload, dedupe_key, job_id, options, run_at)
       select $1, p, k, j, o, coalesce(r, now() + make_interval(secs => ($7::bigint + d) / 1000.0))
         from unnest($2::jsonb[], $3::text[], $4::text[], $5::jsonb[], $6::int[], $8::timestamptz[]) as x(p, k, j, o, d, r)`,
      [
        name,
        jobs.map((j) => JSON.stringify(j.data)),
        jobs.map((j) => j.dedupeKey ?? null),
        jobs.map((j) => j.jobId ?? null),
        jobs.map((j) => (j.options ? JSON.stringify(j.options) : null)),
        jobs.map((j) => j.delayMs ?? 0),
        // run_at is on the platform's clock (core/time/clock.ts), which a test may move ahead.
        clock.offsetMs(),
        jobs.map((j) => j.runAt?.toISOString() ?? null),
      ],
    );
  }

  /**
   * Tells the matching engine what changed. Written in the writer's transaction and run
   * after it commits (the relay sees only committed rows), so the job never reads a state
   * that is not there yet. Matching lives in another domain; producers only name the change.
   */
  async matchingChanged(manager: EntityManager, change: { needId?: string; productId?: string; enterpriseId?: string }): Promise<void> {
    if (change.needId) {
      await this.add(manager, JobName.MATCHING_NEED_CHANGED, { data: { needId: change.needId }, dedupeKey: `need-${change.needId}`, delayMs: MATCHING_DEBOUNCE_MS });
    }
    if (change.productId) {
      await this.add(manager, JobName.MATCHING_PRODUCT_CHANGED, { data: { productId: change.productId }, dedupeKey: `product-${change.productId}`, delayMs: MATCHING_DEBOUNCE_MS });
    }
    if (change.enterpriseId) await this.enterprisesChanged(manager, [change.enterpriseId]);
  }

  /**
   * Loans changed in a way financing statistics count (disbursed, repaid, defaulted …): refresh
   * the statistics view once the burst is over. One dedupe key for every change: waiting rows ride
   * along with the first due one, and a change written while a refresh runs gets a later job of
   * its own (a fixed BullMQ job id would drop it while the finished job is retained).
   */
  async statisticsChanged(manager: EntityManager, reason: string): Promise<void> {
    await this.add(manager, JobName.STATS_REFRESH, { data: { reason }, dedupeKey: 'stats-refresh', delayMs: STATS_REFRESH_DEBOUNCE_MS });
  }

  /**
   * The same for many firms at once, e.g. a whitelist push reaching a bank: one job per group of
   * at most ENTERPRISE_GROUP firms rather than one per firm, since a push reports every firm once
   * per bank and a job per firm×bank cost the queue as much as the push itself.
   */
  async enterprisesChanged(manager: EntityManager, enterpriseIds: readonly string[]): Promise<void> {
    const ids = [...new Set(enterpriseIds)].sort();
    const jobs: OutboxJob<JobName.MATCHING_ENTERPRISES_CHANGED>[] = [];
    for (let i = 0; i < ids.length; i += ENTERPRISE_GROUP) {
      const group = ids.slice(i, i + ENTERPRISE_GROUP);
      jobs.push({ data: { enterpriseIds: group }, dedupeKey: enterprisesJobId(group), delayMs: MATCHING_DEBOUNCE_MS });
    }
    await this.addMany(manager, JobName.MATCHING_ENTERPRISES_CHANGED, jobs);
  }
}
