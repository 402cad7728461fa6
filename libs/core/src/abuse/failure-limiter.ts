import { Inject, Injectable } from '@nestjs/common';
import IORedis from 'ioredis';
import { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { ABUSE_REDIS, warnRedisDown } from './abuse-redis';

export interface FailureCounter {
  /** What is counted, e.g. `login:account:bank@zhirong.test`. */
  key: string;
  /** Failures allowed in the window before the key is locked. */
  max: number;
}

/**
 * Counts failures per key in Redis (shared by every API process) over a fixed window
 * that starts with the first failure. Redis being down lets attempts through (the
 * throttles and argon2's cost still bound them) rather than locking everyone out.
 */
@Injectable()
export class FailureLimiter {
  constructor(
    @Inject(ABUSE_REDIS) private readonly redis: IORedis,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Seconds until the most locked of the counters opens again; 0 when none is locked. */
  async lockedForSeconds(counters: FailureCounter[]): Promise<number> {
    try {
      const pipeline = this.redis.multi();
      for (const c of counters) pipeline.get(this.key(c.key)).pttl(this.key(c.key));
      const results = (await pipeline.exec()) ?? [];
      let wait = 0;
      counters.forEach((c, i) => {
        const count = Number(results[2 * i]?.[1] ?? 0);
        const ttl = Number(results[2 * i + 1]?.[1] ?? -1);
        if (count >= c.max) wait = Math.max(wait, ttl > 0 ? Math.ceil(ttl / 1000) : 1);
      });
      return wait;
    } catch (error) {
      warnRedisDown(error);
      return 0;
    }
  }

  /** Counts one failure on each key; the window opens with the first. */
  async fail(keys: string[], windowSeconds: number): Promise<void> {
    try {
      const pipeline = this.redis.multi();
      for (const key of keys) pipeline.incr(this.key(key)).expire(this.key(key), windowSeconds, 'NX');
      await pipeline.exec();
    } catch (error) {
      warnRedisDown(error);
    }
  }

  async reset(key: string): Promise<void> {
    try {
      await this.redis.del(this.key(key));
    } catch (error) {
      warnRedisDown(error);
    }
  }

  private key(key: string): string {
    return `${this.config.redis.prefix}:failures:${key}`;
  }
}
