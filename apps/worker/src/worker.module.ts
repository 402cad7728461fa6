import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, loadConfig, loggerParams } from '@zhirong/core';
import { EventsJobsModule } from '@zhirong/events';
import { LoansJobsModule } from '@zhirong/loans';
import { JobWorkerModule } from '@zhirong/jobs';
import { PlatformCoreModule } from '@zhirong/platform';
import { PledgesJobsModule } from '@zhirong/pledges';
import { MatchingJobsModule } from '@zhirong/matching';
import { NotificationJobsModule } from '@zhirong/notifications';
import { SearchIndexingWorkerModule } from '@zhirong/search-indexing';
import { StatsJobsModule } from '@zhirong/stats';
import { WhitelistJobsModule } from '@zhirong/whitelist';
import { LoggerModule } from 'nestjs-pino';

/** Each domain's jobs module is imported here as the domains gain jobs. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot(loggerParams(config)),
        PlatformCoreModule.forRoot(config),
        JobWorkerModule.forRoot(),
        MatchingJobsModule,
        SearchIndexingWorkerModule,
        WhitelistJobsModule,
        NotificationJobsModule,
        EventsJobsModule,
        LoansJobsModule,
        PledgesJobsModule,
        StatsJobsModule,
      ],
    };
  }
}
