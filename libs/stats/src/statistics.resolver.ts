import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@zhirong/core';
import { StatisticsFilter } from './dto/statistics.inputs';
import { FinancingStatistics } from './dto/statistics.objects';
import { StatisticsService } from './statistics.service';

@Resolver(() => FinancingStatistics)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => FinancingStatistics, {
    description:
      '融资统计 — new loans, balance, customers, pledge rate, NPL, year-on-year growth, patent implementation and satisfaction over the loans you may count (offices: their region subtree; banks: their own loans)',
  })
  async financingStatistics(@CurrentActor() actor: Actor, @Args('filter', { description: '统计条件' }) filter: StatisticsFilter): Promise<FinancingStatistics> {
    return this.statistics.financingStatistics(actor, filter);
  }
}
