import { testConfig, testRunId } from '@zhirong/core/testing';
import { SearchService } from './search.service';

describe('SearchService on a real Meilisearch', () => {
  const search = new SearchService(testConfig(testRunId()));

  afterAll(async () => {
    const { results } = await search.client.getIndexes({ limit: 100 });
    for (const index of results) if (index.uid.startsWith(search.indexName(''))) await search.client.deleteIndex(index.uid).waitTask();
  });

  it('reports the server healthy', async () => {
    expect(await search.isHealthy()).toBe(true);
  });

  it('prefixes index names per test file', () => {
    expect(search.indexName('ip_assets')).toMatch(/^t[0-9a-z]+_ip_assets$/);
  });

  it('finds Chinese words inside longer Chinese text', async () => {
    const index = search.client.index(search.indexName('smoke'));
    await index
      .addDocuments([
        { id: '1', title: '一种锂电池正极材料的制备方法' },
        { id: '2', title: '新能源汽车电机控制系统' },
      ])
      // Other test files load the shared server too: allow more than the client's 5 s default.
      .waitTask({ timeout: 60_000 });
    const result = await index.search('锂电池');
    expect(result.hits.map((h) => h.id)).toEqual(['1']);
  });

  it('reports a dead server unhealthy rather than throwing', async () => {
    const dead = new SearchService({ ...testConfig(testRunId()), meili: { url: 'http://127.0.0.1:1', masterKey: 'x'.repeat(16), indexPrefix: '' } });
    expect(await dead.isHealthy()).toBe(false);
  });
});
