import { testConfig, testRunId } from '@zhirong/core/testing';
import { IpType, IP_TYPE_LABELS } from '@zhirong/ip-assets';
import { SearchService } from '@zhirong/search';
import { IP_ASSETS_INDEX } from '@zhirong/search-indexing';
import corpus from './relevance-corpus.json';
import relevance from './relevance.json';

interface CorpusDoc {
  id: string;
  type: string;
  number: string;
  title: string;
  abstract: string;
  ownerName: string;
  ipcClasses: string[];
  niceClasses: number[];
}

/**
 * The relevance set: each query must put exactly its expected assets at the top
 * (in any order). The corpus is indexed with the production settings of `ip_assets`.
 */
describe('search relevance (test/search/relevance.json)', () => {
  const search = new SearchService(testConfig(testRunId()));
  const uid = search.indexName('relevance_ip_assets');

  beforeAll(async () => {
    await search.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    await search.client.index(uid).updateSettings(IP_ASSETS_INDEX.settings).waitTask({ timeout: 60_000 });
    const docs = (corpus as CorpusDoc[]).map((d) => ({ ...d, typeLabel: IP_TYPE_LABELS[d.type as IpType] }));
    const task = await search.client.index(uid).addDocuments(docs).waitTask({ timeout: 60_000 });
    expect(task.status).toBe('succeeded');
  }, 120_000);

  afterAll(async () => {
    await search.client.deleteIndex(uid).waitTask({ timeout: 60_000 });
  });

  it('has at least 30 queries', () => {
    expect(relevance.queries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(relevance.queries.map((q) => [q.query, q.expectTop, q.why] as const))('%s → %j (%s)', async (query, expected) => {
    const { hits } = await search.client.index(uid).search(query, { limit: expected.length });
    expect(hits.map((h) => String(h['id'])).sort()).toEqual([...expected].sort());
  });
});
