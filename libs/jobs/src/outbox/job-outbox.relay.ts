import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, clock, InjectConfig } from '@zhirong/core';
import { JobsOptions } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { JobQueue } from '../job-queue.service';
import { JobName, queueOf } from '../job.types';

/** Rows claimed per relay pass; a pass is one short transaction. */
const RELAY_BATCH = 500;
/** Sent-but-unfinished jobs looked up per pass. */
const RESEND_BATCH = 200;
const PRUNE_BATCH = 10_000;
const PRUNE_EVERY_MS = 60_000;
const RESEND_CHECK_EVERY_MS = 5_000;
/** While Redis is away the relay backs off to at most this between passes. */
const MAX_BACKOFF_MS = 5_000;

interface OutboxRow {
  id: string;
  name: JobName;
  payload: Record<string, unknown>;
  dedupe_key: string | null;
  job_id: string | null;
  options: JobsOptions | null;
  sent_as?: string | null;
}

/** What the worker carries in a job's data so it can mark the rows it ran as done. */
export interface OutboxMarker {
  outboxIds?: string[];
}

export interface OutboxStats {
  pending: number;
  /** Seconds the oldest due row has waited to be sent; 0 when none waits. */
  oldestDueSeconds: number;
  unfinished: number;
  failed: number;
}

/**
 * Moves due `job_outbox` rows to BullMQ. Each pass claims rows with `FOR UPDATE SKIP LOCKED`
 * (several workers share the work), collapses waiting rows with one dedupe key into one job,
 * adds the jobs under ids derived from the rows (so a pass retried after a failure adds nothing
 * twice) and marks the rows sent in the same transaction. While Redis is away a pass fails,
 * rolls back and is retried with backoff: the rows wait in Postgres, and the relay catches up
 * when Redis answers. Jobs that Redis lost after they were sent (a restart without its data)
 * are found by looking them up and are sent again.
 */
@Injectable()
export class JobOutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobOutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private failures = 0;
  private lastResendCheck = 0;
  private lastPrune = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = null));
    }, delayMs);
  }

  private async tick(): Promise<void> {
    try {
      let sent: number;
      // Catch up in full passes, then wait for the next poll.
      do sent = await this.relayOnce();
      while (sent === RELAY_BATCH && !this.stopped);
      const now = Date.now();
      if (now - this.lastResendCheck >= RESEND_CHECK_EVERY_MS) {
        this.lastResendCheck = now;
        await this.resendLost();
      }
      if (now - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = now;
        await this.prune();
      }
      if (this.failures) this.logger.log(`job outbox relay resumed after ${this.failures} failed pass(es)`);
      this.failures = 0;
      this.schedule(this.config.jobs.outboxPollMs);
    } catch (error) {
      // Once per outage at warn, then quietly: the rows are safe in Postgres.
      if (this.failures++ === 0) this.logger.warn(`job outbox relay paused: ${(error as Error).message}`);
      this.schedule(Math.min(MAX_BACKOFF_MS, this.config.jobs.outboxPollMs * 2 ** Math.min(this.failures, 6)));
    }
  }

  /** One pass: claim due rows (and the waiting rows that share their dedupe keys), send them, mark them sent. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = (await manager.query(
        `select id, name, payload, dedupe_key, job_id, options from job_outbox
          where sent_at is null and run_at <= now() + make_interval(secs => $2 / 1000.0) order by run_at, id limit $1 for update skip locked`,
        [RELAY_BATCH, clock.offsetMs()],
      )) as OutboxRow[];
      if (!due.length) return 0;
      // Rows of the same key written later (still in their delay) ride along: the job reads current state.
      const keyed = [...new Map(due.filter((r) => r.dedupe_key).map((r) => [`${r.name}|${r.dedupe_key}`, r])).values()];
      const riders = keyed.length
        ? ((await manager.query(
            `select id, name, payload, dedupe_key, job_id, options from job_outbox
              where sent_at is null and dedupe_key is not null and run_at > now() + make_interval(secs => $3 / 1000.0)
                and (name, dedupe_key) in (select * from unnest($1::text[], $2::text[])) order by id for update skip locked`,
            [keyed.map((r) => r.name), keyed.map((r) => r.dedupe_key), clock.offsetMs()],
          )) as OutboxRow[])
        : [];
      const groups = groupRows([...due, ...riders]);
      await this.send(groups);
      await markSent(manager, groups);
      return due.length;
    });
  }

  /**
   * Jobs sent long enough ago and not yet done: still in BullMQ (waiting, retrying) is fine;
   * failed for good becomes a dead letter; missing (Redis lost it) is sent again.
   */
  async resendLost(): Promise<{ resent: number; failed: number }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `select id, name, payload, dedupe_key, job_id, options, sent_as from job_outbox
          where sent_at < now() - make_interval(secs => $1) and done_at is null and failed_at is null
          order by sent_at limit $2 for update skip locked`,
        [this.config.jobs.resendAfterSeconds, RESEND_BATCH],
      )) as OutboxRow[];
      const bySentAs = new Map<string, OutboxRow[]>();
      for (const row of rows) bySentAs.set(row.sent_as!, [...(bySentAs.get(row.sent_as!) ?? []), row]);
      const lost: Group[] = [];
      const stillThere: string[] = [];
      let failed = 0;
      for (const [jobId, group] of bySentAs) {
        const job = await this.queue.queue(queueOf(group[0].name)).getJob(jobId);
        const state = job ? await job.getState() : 'missing';
        const ids = group.map((r) => r.id);
        if (state === 'missing' || state === 'unknown') lost.push({ jobId, rows: group });
        else if (state === 'completed') await manager.query('update job_outbox set done_at = now() where id = any($1::bigint[])', [ids]);
        else if (state === 'failed') {
          failed += ids.length;
          await manager.query('update job_outbox set failed_at = now(), last_error = $2 where id = any($1::bigint[])', [ids, job?.failedReason ?? 'failed']);
          this.logger.error(`job ${jobId} (${group[0].name}) failed for good: ${job?.failedReason ?? '?'}`);
        } else stillThere.push(...ids);
      }
      if (lost.length) {
        await this.send(lost);
        await markSent(manager, lost);
        this.logger.warn(`re-sent ${lost.length} job(s) that Redis no longer held`);
      }
      if (stillThere.length) await manager.query('update job_outbox set sent_at = now() where id = any($1::bigint[])', [stillThere]);
      return { resent: lost.length, failed };
    });
  }

  /** Done rows older than the retention go, in bounded deletes. */
  async prune(): Promise<number> {
    const [{ n }] = (await this.dataSource.query(
      `with gone as (
         delete from job_outbox where id in (
           select id from job_outbox where done_at < now() - make_interval(hours => $1) limit $2)
         returning 1)
       select count(*)::int as n from gone`,
      [this.config.jobs.retentionHours, PRUNE_BATCH],
    )) as { n: number }[];
    return n;
  }

  async stats(): Promise<OutboxStats> {
    return outboxStats(this.dataSource.manager);
  }

  private async send(groups: readonly Group[]): Promise<void> {
    const byQueue = new Map<string, Group[]>();
    for (const g of groups) {
      const queue = queueOf(g.rows[0].name);
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), g]);
    }
    for (const [queue, list] of byQueue) {
      await this.queue.queue(queue as ReturnType<typeof queueOf>).addBulk(
        list.map((g) => {
          const newest = g.rows[g.rows.length - 1];
          const marker: OutboxMarker = { outboxIds: g.rows.map((r) => r.id) };
          return { name: newest.name, data: { ...newest.payload, ...marker }, opts: { ...(newest.options ?? {}), jobId: g.jobId } };
        }),
      );
    }
  }
}

interface Group {
  jobId: string;
  rows: OutboxRow[];
}

/**
 * One job per dedupe key (named after its newest row, so a later generation is a new job
 * even while the previous one runs), per stable job id, or per row.
 */
function groupRows(rows: readonly OutboxRow[]): Group[] {
  const groups = new Map<string, OutboxRow[]>();
  for (const row of [...rows].sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)))) {
    const key = row.job_id ? `job|${row.job_id}` : row.dedupe_key ? `key|${row.name}|${row.dedupe_key}` : `row|${row.id}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((list) => {
    const newest = list[list.length - 1];
    const jobId = newest.job_id ?? (newest.dedupe_key ? `${newest.dedupe_key}-${newest.id}` : `outbox-${newest.id}`);
    return { jobId, rows: list };
  });
}

async function markSent(manager: EntityManager, groups: readonly Group[]): Promise<void> {
  const ids = groups.flatMap((g) => g.rows.map((r) => r.id));
  const jobIds = groups.flatMap((g) => g.rows.map(() => g.jobId));
  await manager.query(
    `update job_outbox o set sent_at = now(), sent_as = x.job_id, sends = o.sends + 1
       from unnest($1::bigint[], $2::text[]) as x(id, job_id) where o.id = x.id`,
    [ids, jobIds],
  );
}

export async function outboxStats(manager: EntityManager): Promise<OutboxStats> {
  const [row] = (await manager.query(
    `select (select count(*)::int from job_outbox where sent_at is null) as pending,
            coalesce((select extract(epoch from now() - min(run_at))::int from job_outbox where sent_at is null and run_at <= now()), 0) as "oldestDueSeconds",
            (select count(*)::int from job_outbox where sent_at is not null and done_at is null and failed_at is null) as unfinished,
            (select count(*)::int from job_outbox where failed_at is not null) as failed`,
  )) as OutboxStats[];
  return row;
}
