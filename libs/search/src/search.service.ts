import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { Meilisearch, Task } from 'meilisearch';
import { waitForTask, WaitForTaskOptions } from './meilisearch-calls';
import { loadSearchTuning, SearchTuning } from './search.config';

/** GET /health answers within this however Meilisearch is doing. */
export const HEALTH_TIMEOUT_MS = 2000;

/**
 * The admin Meilisearch client (master key: indexing, settings, swaps, keys), and index names with
 * this deployment's (or test file's) prefix. Searches go through SearchReader's search-only key.
 * Every request has a timeout: a hung Meilisearch makes calls fail, never hang.
 */
@Injectable()
export class SearchService {
  readonly client: Meilisearch;
  readonly tuning: SearchTuning;
  /** The health check's own client, so a probe never waits as long as a large indexing request may. */
  private readonly probe: Meilisearch;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.tuning = loadSearchTuning();
    this.client = new Meilisearch({ host: config.meili.url, apiKey: config.meili.masterKey, timeout: this.tuning.adminTimeoutMs });
    this.probe = new Meilisearch({ host: config.meili.url, apiKey: config.meili.masterKey, timeout: HEALTH_TIMEOUT_MS });
  }

  indexName(base: string): string {
    return `${this.config.meili.indexPrefix}${base}`;
  }

  /** Waits for a task of the admin client without the client's listener leak (see waitForTask). */
  waitForTask(taskUid: number, options: WaitForTaskOptions): Promise<Task> {
    return waitForTask(this.client, taskUid, options);
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.probe.health()).status === 'available';
    } catch {
      return false;
    }
  }
}
