import { Controller, Get, Header, Query } from '@nestjs/common';
import { Actor, CurrentActor } from '@zhirong/core';
import { StatisticsFilter } from './dto/statistics.inputs';
import { statisticsCsv } from './statistics-csv';
import { StatisticsService } from './statistics.service';

/**
 * GET /api/statistics.csv?from=2026-01&to=2026-12&groupBy=BANK… with the bearer token:
 * the same figures and the same access as `financingStatistics`, for Excel.
 */
@Controller('api')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('statistics.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('cache-control', 'no-store')
  async csv(@CurrentActor() actor: Actor, @Query() filter: StatisticsFilter): Promise<string> {
    const s = await this.statistics.financingStatistics(actor, filter);
    return statisticsCsv(s);
  }
}
