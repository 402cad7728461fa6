import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppConfig, InjectConfig, Public } from '@zhirong/core';
import { JobQueue, lastHeartbeat, outboxStats } from '@zhirong/jobs';
import { SearchService } from '@zhirong/search';
import { DataSource } from 'typeorm';

/** Each dependency answers within this, or is reported down: /health itself never hangs. */
export const HEALTH_TIMEOUT_MS = 2000;

/** Resolves with the promise's value, or rejects after `ms` (the dependency is stalled, not refusing). */
function within<T>(promise: Promise<T>, ms = HEALTH_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** GET /health: up only when Postgres, Redis and Meilisearch all answer, each within 2 s. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly search: SearchService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: HEALTH_TIMEOUT_MS }),
      async () => {
        // The job outbox lives in Postgres: its backlog is reported (a stalled relay shows here), not a reason to be down.
        const jobs = this.indicator.check('jobOutbox');
        try {
          return jobs.up({ ...(await within(outboxStats(this.dataSource.manager))) });
        } catch (e) {
          return jobs.down({ message: (e as Error).message });
        }
      },
      async () => {
        const redis = this.indicator.check('redis');
        try {
          await within(this.jobs.redis.ping());
          // The worker is reported, not required: the API serves reads without it.
          const heartbeat = await within(lastHeartbeat(this.jobs, this.config.redis.prefix));
          return redis.up({ workerLastSeen: heartbeat?.toISOString() ?? null });
        } catch (e) {
          return redis.down({ message: (e as Error).message });
        }
      },
      async () => {
        const meili = this.indicator.check('meilisearch');
        try {
          return (await within(this.search.isHealthy())) ? meili.up() : meili.down();
        } catch (e) {
          return meili.down({ message: (e as Error).message });
        }
      },
    ]);
  }
}
