import { AppConfig, isDevelopmentOrTest } from '@zhirong/core';
import { z } from 'zod';
import { WebhookAddressPolicy } from './webhook-address';

/**
 * The key `npm start` and the tests encrypt webhook secrets with: in the repository, so refused
 * outside NODE_ENV=development|test like the development JWT secret.
 */
export const DEV_WEBHOOK_SECRET_KEY = '7a6869726f6e672d6465762d776562686f6f6b2d7365637265742d6b65792121';

/** 32 bytes, as 64 hex digits or base64; null when the text is neither. */
export function parseSecretKey(text: string): Buffer | null {
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) return null;
  const key = Buffer.from(text, 'base64');
  return key.length === 32 ? key : null;
}

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
  /** Lets webhooks reach loopback (the development receiver, tests); refused in production. */
  WEBHOOK_ALLOW_LOOPBACK: z.enum(['true', 'false']).default('false'),
  /** AES-256-GCM key of the webhook secrets at rest. */
  WEBHOOK_SECRET_KEY: z
    .string()
    .default(DEV_WEBHOOK_SECRET_KEY)
    .refine((v) => parseSecretKey(v) !== null, 'must be 32 bytes: 64 hex digits or base64'),
});

export interface WhitelistDeliveryConfig {
  attempts: number;
  backoffMs: number;
  jitter: number;
  timeoutMs: number;
  chunkSize: number;
  concurrency: number;
  /** Which addresses a webhook may connect to (webhook-address.ts). */
  addresses: WebhookAddressPolicy;
  /** Encrypts and decrypts the stored webhook secrets (webhook-secret-box.ts). */
  secretKey: Buffer;
}

export function loadWhitelistDeliveryConfig(source: NodeJS.ProcessEnv = process.env, appEnv: AppConfig['env'] = 'production'): WhitelistDeliveryConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([k, v]) => /^(WHITELIST|WEBHOOK)_/.test(k) && v !== undefined && v !== ''));
  const parsed = schema
    .superRefine((env, ctx) => {
      if (isDevelopmentOrTest(appEnv)) return;
      if (env.WEBHOOK_ALLOW_LOOPBACK === 'true') ctx.addIssue({ code: 'custom', path: ['WEBHOOK_ALLOW_LOOPBACK'], message: 'is refused outside NODE_ENV=development|test' });
      if (env.WEBHOOK_SECRET_KEY === DEV_WEBHOOK_SECRET_KEY) {
        ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET_KEY'], message: 'must be set (the development key is refused outside NODE_ENV=development|test)' });
      }
    })
    .safeParse(present);
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
    addresses: { allowLoopback: env.WEBHOOK_ALLOW_LOOPBACK === 'true' },
    secretKey: parseSecretKey(env.WEBHOOK_SECRET_KEY)!,
  };
}
