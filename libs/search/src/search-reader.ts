import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { SearchService } from './search.service';

/** The same key uid for the same index prefix, so every boot (and every API instance) reuses one key. */
export function searchKeyUid(indexPrefix: string): string {
  const h = createHash('sha256').update(`zhirong-search-key:${indexPrefix}`).digest('hex');
  // Meilisearch wants a UUID v4 layout: version nibble 4, variant 8–b.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function apiCode(error: unknown): string | undefined {
  return error instanceof MeilisearchApiError ? error.cause?.code : undefined;
}

/**
 * Creates (or finds) the key that may only `search` this deployment's indexes (`<prefix>*`), using
 * the master key; answers its secret.
 */
export async function ensureSearchKey(admin: Meilisearch, indexPrefix: string): Promise<string> {
  const uid = searchKeyUid(indexPrefix);
  try {
    return (await admin.getKey(uid)).key;
  } catch (error) {
    if (apiCode(error) !== 'api_key_not_found') throw error;
  }
  try {
    const created = await admin.createKey({
      uid,
      name: `zhirong search ${indexPrefix || '(no prefix)'}`,
      description: 'Search-only key of the Zhirong API, created at boot with the master key',
      actions: ['search'],
      indexes: [`${indexPrefix}*`],
      expiresAt: null,
    });
    return created.key;
  } catch (error) {
    // Another instance created it in between.
    if (apiCode(error) !== 'api_key_already_exists') throw error;
    return (await admin.getKey(uid)).key;
  }
}

/**
 * The client the API searches with: a search-only key, never the master key, so a flaw in a search
 * path cannot add, delete or reconfigure documents. Indexing, the outbox relay and index admin keep
 * SearchService.client (master key). Built on first use and again after a failure, so Meilisearch
 * being down at boot does not stop the API. Its requests time out after SEARCH_TIMEOUT_MS, so a
 * search during an outage answers SERVICE_UNAVAILABLE promptly instead of hanging.
 */
@Injectable()
export class SearchReader {
  private pending: Promise<Meilisearch> | null = null;

  constructor(
    private readonly search: SearchService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  client(): Promise<Meilisearch> {
    this.pending ??= this.connect().catch((error: unknown) => {
      this.pending = null;
      throw error;
    });
    return this.pending;
  }

  private async connect(): Promise<Meilisearch> {
    // The key lookup is on a search's path too: it gets the search timeout, not the admin client's.
    const timeout = this.search.tuning.searchTimeoutMs;
    const keys = new Meilisearch({ host: this.config.meili.url, apiKey: this.config.meili.masterKey, timeout });
    const apiKey = await ensureSearchKey(keys, this.config.meili.indexPrefix);
    return new Meilisearch({ host: this.config.meili.url, apiKey, timeout });
  }
}
