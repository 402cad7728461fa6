import { IdentityModule } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { addDays, todayInShanghai } from '@zhirong/core';
import { SearchIndexingWorkerModule } from './search-indexing.module';
import { SearchJobs } from './search.jobs';
import { insertAsset, insertFirm } from './testing/search-fixture';


describe('daily refresh of assets whose valuation lapsed', () => {
  let t: TestApp;
  let fx: IdentityFixture;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, SearchIndexingWorkerModule]);
    fx = await createIdentityFixture(t);
  });
  afterAll(() => t.close());

  it('queues the assets whose valuation lapsed in the last days, and no others', async () => {
    const firm = await insertFirm(t.dataSource, { name: '估值过期科技有限公司', regionId: fx.regions.minhang.id, regionPath: fx.regions.minhang.path });
    const today = todayInShanghai();
    const lapsed = await insertAsset(t.dataSource, firm, { title: '昨天过期的专利' });
    const valid = await insertAsset(t.dataSource, firm, { title: '仍然有效的专利' });
    const long = await insertAsset(t.dataSource, firm, { title: '很久以前过期的专利' });
    const valuation = (asset: string, validUntil: string) =>
      t.dataSource.query(
        `insert into valuation (ip_asset_id, valuer_organization_id, method, value_fen, valued_on, valid_until) values ($1, $2, 'INCOME', 100000000, $3, $4)`,
        [asset, fx.orgs.valuer.id, addDays(validUntil, -365), validUntil],
      );
    await valuation(lapsed, addDays(today, -1));
    await valuation(valid, addDays(today, 30));
    await valuation(long, addDays(today, -60));
    await t.dataSource.query('delete from search_outbox');

    const result = await t.app.get(SearchJobs).valuationsExpired({});
    expect(result.assets).toBe(1);
    const rows = await t.dataSource.query<{ document_id: string }[]>("select document_id from search_outbox where index_name = 'ip_assets'");
    expect(rows.map((r) => r.document_id)).toEqual([lapsed]);
  });
});
