import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { todayInShanghai } from '@zhirong/core';
import { JobName, JobOutbox, JobPayloads, JobQueue, OnJob, QueueName } from '@zhirong/jobs';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { DataSource } from 'typeorm';
import { OutboxRelay, RelayResult } from './outbox-relay.service';
import { SearchOutboxAdmin } from './search-outbox-admin.service';

/** Often enough that a change is searchable about a second after it commits. */
export const RELAY_EVERY_MS = 1000;

/** How often relayed rows past their retention are deleted. */
export const PRUNE_EVERY_MS = 60 * 60_000;

/** Runs the outbox relay in the worker, every second and on demand, and prunes it hourly. */
@Injectable()
export class SearchJobs {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly outbox: SearchOutboxService,
    private readonly jobOutbox: JobOutbox,
    private readonly outboxAdmin: SearchOutboxAdmin,
  ) {}

  @OnJob({ name: JobName.SEARCH_RELAY_OUTBOX })
  async relayOutbox(_data: JobPayloads[JobName.SEARCH_RELAY_OUTBOX]): Promise<RelayResult> {
    return this.relay.relay();
  }

  @OnJob({ name: JobName.SEARCH_PRUNE_OUTBOX })
  async pruneOutbox(_data: JobPayloads[JobName.SEARCH_PRUNE_OUTBOX]): Promise<{ deleted: number }> {
    return { deleted: await this.outboxAdmin.prune() };
  }

  /**
   * Nothing is written when a valuation passes its validity date, yet an asset's
   * searchable value (the latest valid valuation) changes then: refresh those assets,
   * and tell matching, whose pledge-rate ceilings moved too. Re-running is harmless.
   */
  @OnJob({ name: JobName.SEARCH_VALUATIONS_EXPIRED })
  async valuationsExpired(data: JobPayloads[JobName.SEARCH_VALUATIONS_EXPIRED]): Promise<{ assets: number }> {
    const today = todayInShanghai();
    const lapsed = await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `select distinct v.ip_asset_id as id, a.enterprise_id from valuation v join ip_asset a on a.id = v.ip_asset_id
          where v.valid_until < $1::date and v.valid_until >= $1::date - $2::int`,
        [today, data.days ?? 7],
      )) as { id: string; enterprise_id: string }[];
      await this.outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: rows.map((r) => r.id) });
      await this.jobOutbox.enterprisesChanged(manager, rows.map((r) => r.enterprise_id));
      return rows;
    });
    return { assets: lapsed.length };
  }
}

/** Registers the repeatable relay; idempotent, so every worker start may call it. */
export async function scheduleSearchRelay(jobs: JobQueue): Promise<void> {
  await jobs
    .queue(QueueName.SEARCH)
    .upsertJobScheduler('search-relay', { every: RELAY_EVERY_MS }, { name: JobName.SEARCH_RELAY_OUTBOX, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } });
}

/**
 * Asks for a relay run now, e.g. right after a commit. One waiting request is
 * enough however many callers ask: the fixed jobId deduplicates, and
 * removeOnComplete frees the id for the next request.
 */
export async function requestSearchRelay(jobs: JobQueue, reason?: string): Promise<void> {
  await jobs.enqueue(JobName.SEARCH_RELAY_OUTBOX, { reason }, { jobId: 'search-relay-now', removeOnComplete: true, removeOnFail: true });
}

/** Schedules the relay when the worker starts. */
@Injectable()
export class SearchRelayScheduler implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await scheduleSearchRelay(this.jobs);
    await this.jobs
      .queue(QueueName.SEARCH)
      .upsertJobScheduler('search-outbox-prune', { every: PRUNE_EVERY_MS }, { name: JobName.SEARCH_PRUNE_OUTBOX, data: {}, opts: { removeOnComplete: 30, removeOnFail: 100 } });
    // Five past midnight in China, when yesterday's last valid valuations have lapsed.
    await this.jobs
      .queue(QueueName.SEARCH)
      .upsertJobScheduler('search-valuations-expired', { pattern: '5 0 * * *', tz: 'Asia/Shanghai' }, { name: JobName.SEARCH_VALUATIONS_EXPIRED, data: {}, opts: { removeOnComplete: 30, removeOnFail: 100 } });
  }
}
