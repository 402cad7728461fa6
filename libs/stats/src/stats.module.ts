import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

@Module({
  providers: [StatisticsService, StatisticsResolver],
  controllers: [StatisticsController],
  exports: [StatisticsService],
})
export class StatsModule {}
