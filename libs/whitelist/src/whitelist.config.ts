import { AppConfig } from '@zhirong/core';
import { z } from 'zod';

/**
 * Delivery tuning, read from the environment once and validated (a bad value stops the
 * process at start-up). Tests shorten the backoff; production keeps seconds-scale retries.
 */
const schema = z.object({
  WHITELIST_WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** First retry delay; each later one doubles (BullMQ exponential backoff). */
  WHITELIST_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).max(600_000).default(2000),
  /** Share of each delay that is randomised, so retries of a down bank do not arrive in lockstep. */
  WHITELIST_WEBHOOK_JITTER: z.coerce.number().min(0).max(1).default(0.5),
  WHITELIST_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /**
   * Deliveries per chunk job: large enough that per-job costs (Redis, a transaction during which
   * the job sends nothing) are amortised, small enough that a graceful stop is quick. 200 gave
   * ~15% more deliveries/s than 100 in `npm run bench -- whitelist`; 50 gave ~15% fewer.
   */
  WHITELIST_CHUNK_SIZE: z.coerce.number().int().min(1).max(1000).default(200),
  /** Webhooks in flight per chunk job (times the worker's concurrency overall), so one bank is never flooded. */
  WHITELIST_WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(16),
});

export interface WhitelistDeliveryConfig {
  attempts: number;
  backoffMs: number;
  jitter: number;
  timeoutMs: number;
  chunkSize: number;
  concurrency: number;
  /** Outside production a webhook may only target loopback, so dev and test never call out. */
  loopbackOnly: boolean;
}

export function loadWhitelistDeliveryConfig(source: NodeJS.ProcessEnv = process.env, appEnv: AppConfig['env'] = 'development'): WhitelistDeliveryConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([k, v]) => k.startsWith('WHITELIST_') && v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Invalid whitelist configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const env = parsed.data;
  return {
    attempts: env.WHITELIST_WEBHOOK_ATTEMPTS,
    backoffMs: env.WHITELIST_WEBHOOK_BACKOFF_MS,
    jitter: env.WHITELIST_WEBHOOK_JITTER,
    timeoutMs: env.WHITELIST_WEBHOOK_TIMEOUT_MS,
    chunkSize: env.WHITELIST_CHUNK_SIZE,
    concurrency: env.WHITELIST_WEBHOOK_CONCURRENCY,
    loopbackOnly: appEnv !== 'production',
  };
}
