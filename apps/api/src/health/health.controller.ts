import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppConfig, InjectConfig, Public } from '@zhirong/core';
import { JobQueue, lastHeartbeat } from '@zhirong/jobs';
import { SearchService } from '@zhirong/search';

/** GET /health: up only when Postgres, Redis and Meilisearch all answer. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly jobs: JobQueue,
    private readonly search: SearchService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2000 }),
      async () => {
        const redis = this.indicator.check('redis');
        try {
          await this.jobs.redis.ping();
          // The worker is reported, not required: the API serves reads without it.
          const heartbeat = await lastHeartbeat(this.jobs, this.config.redis.prefix);
          return redis.up({ workerLastSeen: heartbeat?.toISOString() ?? null });
        } catch (e) {
          return redis.down({ message: (e as Error).message });
        }
      },
      async () => {
        const meili = this.indicator.check('meilisearch');
        return (await this.search.isHealthy()) ? meili.up() : meili.down();
      },
    ]);
  }
}
