import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob, RescheduleJob } from '@zhirong/jobs';
import { WhitelistPushService } from '../whitelist-push.service';

/**
 * Handler of one push×bank×chunk of deliveries. The payload's `deliveryId` is the chunk's
 * lead delivery (the shape libs/jobs declares); the service finds the chunk from it and
 * makes a rerun after a crash safe.
 */
@Injectable()
export class DeliverWhitelistJob {
  constructor(private readonly pushes: WhitelistPushService) {}

  @OnJob({ name: JobName.WHITELIST_DELIVER })
  async handle(data: JobPayloads[JobName.WHITELIST_DELIVER], job: { id?: string; attemptsMade: number }): Promise<void> {
    // attemptsMade counts the finished attempts, so this run is number attemptsMade + 1.
    const result = await this.pushes.deliverChunk(data.deliveryId, job.attemptsMade + 1);
    // The worker is stopping: the unsent rest runs again after a restart, without using up an attempt.
    if (result.stopped) throw new RescheduleJob(1000, `worker stopping after ${result.sent} webhooks of chunk ${job.id ?? ''}`);
  }
}
