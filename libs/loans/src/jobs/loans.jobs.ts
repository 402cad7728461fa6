import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { clock, todayInShanghai } from '@zhirong/core';
import { JobName, JobPayloads, JobQueue, OnJob, QueueName } from '@zhirong/jobs';
import { LoanService, OverdueSweepResult } from '../loan.service';

/** The daily overdue sweep of loans. */
@Injectable()
export class LoansJobs implements OnApplicationBootstrap {
  constructor(
    private readonly loans: LoanService,
    private readonly jobs: JobQueue,
  ) {}

  @OnJob({ name: JobName.MONITORING_LOANS_OVERDUE })
  async overdue(data: JobPayloads[JobName.MONITORING_LOANS_OVERDUE]): Promise<OverdueSweepResult> {
    return this.loans.sweepOverdue(data.today ?? todayInShanghai(clock.now()));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Ten past midnight in China: yesterday's due instalments are past due from today.
    await this.jobs
      .queue(QueueName.MONITORING)
      .upsertJobScheduler(
        'loans-overdue',
        { pattern: '10 0 * * *', tz: 'Asia/Shanghai' },
        { name: JobName.MONITORING_LOANS_OVERDUE, data: {}, opts: { removeOnComplete: 30, removeOnFail: 100 } },
      );
  }
}
