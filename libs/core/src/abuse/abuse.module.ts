import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import IORedis from 'ioredis';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { ABUSE_REDIS, createAbuseRedis } from './abuse-redis';
import { FailureLimiter } from './failure-limiter';
import { RequestThrottleGuard, throttlerOptions } from './request-throttle';

/** Request throttling and the failure counters (login lock-out), both counted in Redis. */
@Global()
@Module({
  imports: [ThrottlerModule.forRootAsync({ inject: [APP_CONFIG, ABUSE_REDIS], useFactory: throttlerOptions })],
  providers: [
    { provide: ABUSE_REDIS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createAbuseRedis(config.redis.url) },
    FailureLimiter,
    // Registered after AuthModule's guard, so the actor is known when the tracker is chosen.
    { provide: APP_GUARD, useClass: RequestThrottleGuard },
  ],
  exports: [ABUSE_REDIS, FailureLimiter],
})
export class AbuseModule implements OnApplicationShutdown {
  constructor(@Inject(ABUSE_REDIS) private readonly redis: IORedis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
