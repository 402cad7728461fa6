import { z } from 'zod';

/**
 * Search tuning, read from the environment once and validated (a bad value stops the process at
 * start-up, like AppConfig). Tests shorten the backoff and the attempts.
 */
const schema = z.object({
  /** Per request to Meilisearch from the API's search path; a search answers within about this, then SERVICE_UNAVAILABLE. */
  SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(2000).default(1500),
  /** Per request of the admin client (indexing, settings, keys, tasks): generous for large document batches, never unbounded. */
  MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Rejections by Meilisearch (a failed task, a refused request) before an outbox row becomes a dead letter. */
  SEARCH_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(2).max(100).default(8),
  /** Delay before an outbox row rejected on its own is retried; doubles with each rejection (capped at 15 minutes). */
  SEARCH_OUTBOX_BACKOFF_MS: z.coerce.number().int().min(1).max(600_000).default(5000),
  /**
   * Hours a relayed outbox row is kept before the hourly prune deletes it. At least one hour: the
   * reindex replays rows written while it ran, so the retention must outlast the longest reindex.
   */
  SEARCH_OUTBOX_RETENTION_HOURS: z.coerce.number().min(1).max(24 * 365).default(24),
});

export interface SearchTuning {
  searchTimeoutMs: number;
  adminTimeoutMs: number;
  outbox: { maxAttempts: number; backoffMs: number; retentionHours: number };
}

export function loadSearchTuning(source: NodeJS.ProcessEnv = process.env): SearchTuning {
  const present = Object.fromEntries(Object.entries(source).filter(([k, v]) => /^(SEARCH|MEILI)_/.test(k) && v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Invalid search configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const env = parsed.data;
  return {
    searchTimeoutMs: env.SEARCH_TIMEOUT_MS,
    adminTimeoutMs: env.MEILI_TIMEOUT_MS,
    outbox: { maxAttempts: env.SEARCH_OUTBOX_MAX_ATTEMPTS, backoffMs: env.SEARCH_OUTBOX_BACKOFF_MS, retentionHours: env.SEARCH_OUTBOX_RETENTION_HOURS },
  };
}
