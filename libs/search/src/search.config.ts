import { z } from 'zod';

/**
 * Search tuning, read from the environment once and validated (a bad value stops the process at
 * start-up, like AppConfig).
 */
const schema = z.object({
  /** Per request to Meilisearch from the API's search path; a search answers within about this, then SERVICE_UNAVAILABLE. */
  SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(2000).default(1500),
  /** Per request of the admin client (indexing, settings, keys, tasks): generous for large document batches, never unbounded. */
  MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

export interface SearchTuning {
  searchTimeoutMs: number;
  adminTimeoutMs: number;
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
  };
}
