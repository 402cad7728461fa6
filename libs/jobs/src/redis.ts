import IORedis, { RedisOptions } from 'ioredis';

/** BullMQ workers need `maxRetriesPerRequest: null` so blocking commands survive reconnects. */
export function createRedis(url: string, options: RedisOptions = {}): IORedis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}

/**
 * A connection whose every command ends within `commandTimeoutMs`: while Redis is away or
 * stalled, commands fail at once or at the timeout instead of queueing forever. For
 * producers and health checks, never for a worker's blocking reads.
 */
export function createBoundedRedis(url: string, commandTimeoutMs: number, options: RedisOptions = {}): IORedis {
  return new IORedis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: commandTimeoutMs,
    connectTimeout: commandTimeoutMs,
    enableReadyCheck: true,
    ...options,
  });
}
