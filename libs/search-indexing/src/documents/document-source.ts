import { SearchIndex } from '@zhirong/search';

/** Something that runs SQL: a DataSource or a transaction's EntityManager. */
export interface SqlRunner {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

export interface SearchDocument {
  id: string;
}

/**
 * Builds an index's documents from Postgres, either for given ids (the outbox
 * relay) or page by page in id order (the full reindex).
 */
export interface DocumentSource<D extends SearchDocument = SearchDocument> {
  index: SearchIndex;
  byIds(db: SqlRunner, ids: readonly string[]): Promise<D[]>;
  page(db: SqlRunner, after: string | null, limit: number): Promise<D[]>;
  count(db: SqlRunner): Promise<number>;
  /** Other documents whose content embeds these (a firm's name is in its assets' documents). */
  dependents?(db: SqlRunner, ids: readonly string[]): Promise<{ index: SearchIndex; ids: string[] }[]>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only well-formed uuids reach a `uuid[]` parameter; anything else cannot name a row anyway. */
export function uuidsOnly(ids: readonly string[]): string[] {
  return ids.filter((id) => UUID.test(id));
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date: an integer Meilisearch can sort and range-filter. */
export function epochDays(date: string | null): number | null {
  if (!date) return null;
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * Integer fen as a Meilisearch number. Meilisearch stores numbers as float64, exact
 * for integers up to 2^53 fen (≈ ¥90 trillion), far above any single IP valuation or
 * listing price; a larger figure (a data error) is clamped rather than silently rounded.
 */
export function fenNumber(fen: string | null): number | null {
  if (fen === null) return null;
  const n = Number(fen);
  return Number.isSafeInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}
