import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { ABUSE_REDIS, createAbuseRedis } from './abuse-redis';
import { FailureLimiter } from './failure-limiter';

/** The Redis connection of the rate limits and the failure counters (login lock-out). */
@Global()
@Module({
  providers: [{ provide: ABUSE_REDIS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createAbuseRedis(config.redis.url) }, FailureLimiter],
  exports: [ABUSE_REDIS, FailureLimiter],
})
export class AbuseModule implements OnApplicationShutdown {
  constructor(@Inject(ABUSE_REDIS) private readonly redis: IORedis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
