import IORedis, { RedisOptions } from 'ioredis';

/** BullMQ workers need `maxRetriesPerRequest: null` so blocking commands survive reconnects. */
export function createRedis(url: string, options: RedisOptions = {}): IORedis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}
