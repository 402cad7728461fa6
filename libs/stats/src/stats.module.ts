import { Module } from '@nestjs/common';
import { StatsJobs } from './jobs/stats.jobs';
import { StatisticsController } from './statistics.controller';
import { StatisticsRefresh } from './statistics-refresh.service';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

@Module({
  providers: [StatisticsService, StatisticsRefresh, StatisticsResolver],
  controllers: [StatisticsController],
  exports: [StatisticsService, StatisticsRefresh],
})
export class StatsModule {}

/** The worker's side: refreshes of the statistics view. */
@Module({
  providers: [StatisticsRefresh, StatsJobs],
  exports: [StatisticsRefresh],
})
export class StatsJobsModule {}
