import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobPayloads, JobQueue, OnJob, QueueName } from '@zhirong/jobs';
import { OutboxRelay, RelayResult } from './outbox-relay.service';

/** Often enough that a change is searchable about a second after it commits. */
export const RELAY_EVERY_MS = 1000;

/** Runs the outbox relay in the worker, every second and on demand. */
@Injectable()
export class SearchJobs {
  constructor(private readonly relay: OutboxRelay) {}

  @OnJob({ name: JobName.SEARCH_RELAY_OUTBOX })
  async relayOutbox(_data: JobPayloads[JobName.SEARCH_RELAY_OUTBOX]): Promise<RelayResult> {
    return this.relay.relay();
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
  }
}
