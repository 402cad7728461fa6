import { testConfig, testRunId } from '@zhirong/core/testing';
import { MeilisearchApiError } from 'meilisearch';
import { ensureSearchKey, SearchReader, searchKeyUid } from './search-reader';
import { SearchService } from './search.service';

describe('SearchReader on a real Meilisearch', () => {
  const config = testConfig(testRunId());
  const search = new SearchService(config);
  const reader = new SearchReader(search, config);
  const own = search.indexName('reader_docs');

  const apiCode = async (promise: Promise<unknown>): Promise<string | undefined> => {
    try {
      await promise;
    } catch (error) {
      return error instanceof MeilisearchApiError ? error.cause?.code : String(error);
    }
    return 'no error';
  };

  beforeAll(async () => {
    await search.client.index(own).addDocuments([{ id: '1', title: '一种锂电池正极材料的制备方法' }], { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  });

  afterAll(async () => {
    const { results } = await search.client.getIndexes({ limit: 100 });
    for (const index of results) if (index.uid.startsWith(search.indexName(''))) await search.client.deleteIndex(index.uid).waitTask();
    await search.client.deleteKey(searchKeyUid(config.meili.indexPrefix)).catch(() => undefined);
  });

  it('searches this deployment’s indexes with a key that is not the master key', async () => {
    const client = await reader.client();
    expect(client.config.apiKey).not.toBe(config.meili.masterKey);
    expect((await client.index(own).search('锂电池')).hits.map((h) => h.id)).toEqual(['1']);
  });

  it('cannot add or delete documents, change settings, delete indexes or manage keys', async () => {
    const client = await reader.client();
    expect(await apiCode(client.index(own).addDocuments([{ id: '2', title: 'x' }]))).toBe('invalid_api_key');
    expect(await apiCode(client.index(own).deleteAllDocuments())).toBe('invalid_api_key');
    expect(await apiCode(client.index(own).updateSettings({ searchableAttributes: ['id'] }))).toBe('invalid_api_key');
    expect(await apiCode(client.deleteIndex(own))).toBe('invalid_api_key');
    expect(await apiCode(client.getKeys())).toBe('invalid_api_key');
    expect((await search.client.index(own).getStats()).numberOfDocuments).toBe(1);
  });

  it('cannot search another prefix’s indexes', async () => {
    const other = 'zz_other_prefix_docs';
    await search.client.index(other).addDocuments([{ id: '1' }], { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    try {
      expect(await apiCode((await reader.client()).index(other).search(''))).toBe('invalid_api_key');
    } finally {
      await search.client.deleteIndex(other).waitTask();
    }
  });

  it('reuses one key per prefix across boots', async () => {
    const first = await ensureSearchKey(search.client, config.meili.indexPrefix);
    expect(await ensureSearchKey(search.client, config.meili.indexPrefix)).toBe(first);
    const key = await search.client.getKey(searchKeyUid(config.meili.indexPrefix));
    expect({ actions: key.actions, indexes: key.indexes }).toEqual({ actions: ['search'], indexes: [`${config.meili.indexPrefix}*`] });
  });
});
