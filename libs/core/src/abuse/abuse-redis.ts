import { Logger } from '@nestjs/common';
import IORedis from 'ioredis';

export const ABUSE_REDIS = Symbol('ABUSE_REDIS');

const logger = new Logger('AbuseLimits');
let lastWarning = 0;

/** One line per 30 s at most, so a Redis outage does not flood the log. */
export function warnRedisDown(error: unknown): void {
  if (Date.now() - lastWarning < 30_000) return;
  lastWarning = Date.now();
  logger.warn(`Redis does not answer, so rate limits are not enforced (failing open): ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * The connection the throttles and login counters use. Commands fail at once
 * rather than queue while Redis is away, so a request never waits on a limit.
 */
export async function createAbuseRedis(url: string): Promise<IORedis> {
  const redis = new IORedis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000 });
  redis.on('error', warnRedisDown);
  // Wait briefly for the first connection, so the first requests after start-up are counted.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return redis;
}
