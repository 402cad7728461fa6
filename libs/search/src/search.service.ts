import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { Meilisearch } from 'meilisearch';

/**
 * The admin Meilisearch client (master key: indexing, settings, swaps, keys), and index names with
 * this deployment's (or test file's) prefix. Searches go through SearchReader's search-only key.
 */
@Injectable()
export class SearchService {
  readonly client: Meilisearch;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.client = new Meilisearch({ host: config.meili.url, apiKey: config.meili.masterKey, timeout: 10_000 });
  }

  indexName(base: string): string {
    return `${this.config.meili.indexPrefix}${base}`;
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }
}
