import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobPayloads, JobQueue, OnJob, QueueName } from '@zhirong/jobs';
import { StatisticsRefresh } from '../statistics-refresh.service';

/** The statistics view's refreshes: debounced after loan changes (JobOutbox.statisticsChanged) and nightly. */
@Injectable()
export class StatsJobs implements OnApplicationBootstrap {
  constructor(
    private readonly refreshes: StatisticsRefresh,
    private readonly jobs: JobQueue,
  ) {}

  @OnJob({ name: JobName.STATS_REFRESH })
  async refresh(_data: JobPayloads[JobName.STATS_REFRESH]): Promise<{ refreshedAt: string; tookMs: number }> {
    const r = await this.refreshes.refresh();
    return { refreshedAt: r.refreshedAt.toISOString(), tookMs: r.tookMs };
  }

  async onApplicationBootstrap(): Promise<void> {
    // After the overdue sweep (00:10) has moved loans to DEFAULTED; also catches rows written outside the services.
    await this.jobs
      .queue(QueueName.STATS)
      .upsertJobScheduler(
        'stats-refresh-nightly',
        { pattern: '40 0 * * *', tz: 'Asia/Shanghai' },
        { name: JobName.STATS_REFRESH, data: { reason: 'nightly' }, opts: { removeOnComplete: 30, removeOnFail: 100 } },
      );
  }
}
