import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SearchOutboxOperation } from './search-outbox.entity';

/** Logical index names; a deployment prefix is added by SearchService.indexName(). */
export enum SearchIndex {
  IP_ASSETS = 'ip_assets',
  FIRMS = 'firms',
  DISPOSAL_LISTINGS = 'disposal_listings',
}

export interface SearchChange {
  index: SearchIndex;
  /** Ids of the entities whose documents changed; duplicates are harmless. */
  ids: readonly string[];
  /** UPSERT rebuilds the document from Postgres (and deletes it if the row is gone); DELETE removes it. */
  operation?: SearchOutboxOperation | 'UPSERT' | 'DELETE';
}

/**
 * Records that search documents must be refreshed. Call it INSIDE the
 * transaction that writes the change (pass that transaction's manager): the
 * outbox row then commits or rolls back together with the change, and the
 * relay can never miss a committed write nor index an uncommitted one.
 */
@Injectable()
export class SearchOutboxService {
  async record(manager: EntityManager, change: SearchChange): Promise<void> {
    const ids = [...new Set(change.ids)];
    if (!ids.length) return;
    const operation = (change.operation ?? SearchOutboxOperation.UPSERT) as SearchOutboxOperation;
    // One statement with the ids as one array parameter: a round trip and no per-row parameter
    // bookkeeping whatever the batch size (a QueryBuilder insert of thousands of rows is slow).
    await manager.query(
      `INSERT INTO search_outbox (index_name, document_id, operation) SELECT $1, unnest($2::text[]), $3`,
      [change.index, ids, operation],
    );
  }
}
