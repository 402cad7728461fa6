import { z } from 'zod';

const DEV_JWT_SECRET = 'zhirong-development-secret-change-me-in-production';
/** The key `npm start` gives the Meilisearch it starts (tools/stack/services.mjs): public, so never a real one. */
const DEV_MEILI_MASTER_KEY = 'zhirong-local-master-key-not-secret';

/** Only these say "a developer's machine"; anything else, a missing NODE_ENV included, is treated as production. */
export function isDevelopmentOrTest(env: string | undefined): env is 'development' | 'test' {
  return env === 'development' || env === 'test';
}

/**
 * Every setting the platform reads, validated once at start-up so a process with
 * bad configuration refuses to start instead of failing on the first request.
 */
const configSchema = z
  .object({
    // A process started without NODE_ENV (a container, a systemd unit) must not run with development defaults.
    NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:55432/zhirong'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z.string().url().default('redis://127.0.0.1:56379'),
    /** Prefix of every BullMQ key, so tests and tenants never share queues. */
    REDIS_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('zhirong'),
    /** The longest any producer-side Redis command may take before it counts as Redis being away. */
    REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(2000),
    /** How often the worker moves due job_outbox rows to BullMQ. */
    JOB_OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
    /** A job sent this long ago and neither done nor failed is looked up in BullMQ, and sent again if Redis lost it. */
    JOB_OUTBOX_RESEND_AFTER_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(30),
    /** Done job_outbox rows are kept this long (for the audit of effects), then pruned. */
    JOB_OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24),
    MEILI_URL: z.string().url().default('http://127.0.0.1:57700'),
    MEILI_MASTER_KEY: z.string().min(16).default(DEV_MEILI_MASTER_KEY),
    /** Prefix of every Meilisearch index name, for the same reason. */
    MEILI_INDEX_PREFIX: z.string().regex(/^[a-z0-9_]*$/).default(''),
    JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
    JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
    /** The web app's httpOnly refresh cookie lives this long from the last sign-in or refresh (a working day). */
    JWT_REFRESH_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(12 * 3600),
    // How long a process trusts its cached token version: the most a signed-out token lives on elsewhere.
    TOKEN_VERSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(30),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    // A page of 100 firms with their assets and valuations costs about 12,000.
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(25000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
    GRAPHQL_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).default(20),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
    /** Failed sign-ins per account (and per address) before sign-in is locked for LOGIN_LOCK_SECONDS. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    // Generous per address: a whole office or bank branch may sit behind one NAT.
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
    LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(900),
    /** GraphQL operations per window: per address while signed out, per account when signed in. */
    THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    THROTTLE_ANONYMOUS_LIMIT: z.coerce.number().int().min(1).default(300),
    THROTTLE_ACCOUNT_LIMIT: z.coerce.number().int().min(1).default(600),
    /** Where notification mail goes, e.g. `smtp://user:pass@mail.example.cn:587` (`?ignoreTLS=true` for a local catcher). Unset: mail is recorded as SKIPPED, the inbox still works. */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
    MAIL_FROM: z.string().min(3).default('知融平台 <noreply@zhirong.test>'),
    /** The web app's address, for the links in mail (a notification's link is a path). */
    WEB_URL: z.string().url().default('http://127.0.0.1:3000'),
    /** Development only: the directory the local mail catcher writes `.eml` files to; the administrator's caughtMail reads it. */
    MAIL_CATCHER_DIR: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (isDevelopmentOrTest(env.NODE_ENV)) return;
    // Both are in the repository: with them anyone could sign tokens or read and rewrite every index.
    if (env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set (the development secret is refused outside NODE_ENV=development|test)' });
    }
    if (env.MEILI_MASTER_KEY === DEV_MEILI_MASTER_KEY) {
      ctx.addIssue({ code: 'custom', path: ['MEILI_MASTER_KEY'], message: 'must be set (the development key is refused outside NODE_ENV=development|test)' });
    }
  });

export type Env = z.infer<typeof configSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  isDevelopment: boolean;
  port: number;
  database: { url: string; poolSize: number };
  redis: { url: string; prefix: string; commandTimeoutMs: number };
  jobs: { outboxPollMs: number; resendAfterSeconds: number; retentionHours: number };
  meili: { url: string; masterKey: string; indexPrefix: string };
  jwt: { secret: string; ttlSeconds: number; refreshTtlSeconds: number; versionCacheSeconds: number };
  logLevel: Env['LOG_LEVEL'];
  graphql: { maxDepth: number; maxComplexity: number; maxAliases: number; maxRootFields: number; maxTokens: number };
  login: { maxFailures: number; maxFailuresPerIp: number; lockSeconds: number };
  throttle: { windowSeconds: number; anonymousLimit: number; accountLimit: number };
  mail: { smtpUrl: string | null; from: string; webUrl: string; catcherDir: string | null };
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws one error listing every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    isDevelopment: env.NODE_ENV === 'development',
    port: env.PORT,
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE },
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX, commandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS },
    jobs: { outboxPollMs: env.JOB_OUTBOX_POLL_MS, resendAfterSeconds: env.JOB_OUTBOX_RESEND_AFTER_SECONDS, retentionHours: env.JOB_OUTBOX_RETENTION_HOURS },
    meili: { url: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY, indexPrefix: env.MEILI_INDEX_PREFIX },
    jwt: { secret: env.JWT_SECRET, ttlSeconds: env.JWT_TTL_SECONDS, refreshTtlSeconds: env.JWT_REFRESH_TTL_SECONDS, versionCacheSeconds: env.TOKEN_VERSION_CACHE_SECONDS },
    logLevel: env.LOG_LEVEL,
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxRootFields: env.GRAPHQL_MAX_ROOT_FIELDS,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
    },
    login: { maxFailures: env.LOGIN_MAX_FAILURES, maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP, lockSeconds: env.LOGIN_LOCK_SECONDS },
    throttle: { windowSeconds: env.THROTTLE_WINDOW_SECONDS, anonymousLimit: env.THROTTLE_ANONYMOUS_LIMIT, accountLimit: env.THROTTLE_ACCOUNT_LIMIT },
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM, webUrl: env.WEB_URL.replace(/\/+$/, ''), catcherDir: env.MAIL_CATCHER_DIR ?? null },
  };
}
