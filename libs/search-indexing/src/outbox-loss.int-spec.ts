import { Module } from '@nestjs/common';
import { AppConfig } from '@zhirong/core';
import { IdentityModule } from '@zhirong/identity';
import { PlatformCoreModule, platformGraphQLModule } from '@zhirong/platform';
import { createIdentityFixture, createTestApp, TestApp } from '@zhirong/platform/testing';
import { SearchIndex, SearchOutboxService, SearchService } from '@zhirong/search';
import { OutboxRelay } from './outbox-relay.service';
import { SearchIndexAdmin } from './search-index-admin.service';
import { SearchIndexingModule } from './search-indexing.module';
import { OwnMeilisearch } from './testing/own-meilisearch';
import { FixtureFirm, insertAsset, insertFirm, recordChanges } from './testing/search-fixture';

@Module({})
class LossTestRoot {}

describe('the outbox loses nothing while Meilisearch is down', () => {
  let meili: OwnMeilisearch;
  let t: TestApp;
  let relay: OutboxRelay;
  let outbox: SearchOutboxService;
  let search: SearchService;
  let firm: FixtureFirm;

  beforeAll(async () => {
    meili = await OwnMeilisearch.start('loss-test-master-key-0123456789');
    // The API as it runs, but pointed at this test's own Meilisearch.
    t = await createTestApp((config: AppConfig) => {
      const own: AppConfig = { ...config, meili: { ...config.meili, url: meili.url, masterKey: meili.masterKey } };
      return { module: LossTestRoot, imports: [PlatformCoreModule.forRoot(own), platformGraphQLModule(own), IdentityModule, SearchIndexingModule] };
    });
    relay = t.module.get(OutboxRelay);
    outbox = t.module.get(SearchOutboxService);
    search = t.module.get(SearchService);
    await t.module.get(SearchIndexAdmin).ensureIndexes();
    const fx = await createIdentityFixture(t);
    firm = await insertFirm(t.dataSource, { name: '断线测试科技有限公司', regionId: fx.regions.minhang.id, regionPath: fx.regions.minhang.path });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await meili?.destroy();
  });

  it('keeps the changes while it is down and delivers every one after the restart', async () => {
    const index = () => search.client.index(search.indexName('ip_assets'));
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await insertAsset(t.dataSource, firm, { title: `初始专利${i}号 锂电池` }));
    await recordChanges(t.dataSource, outbox, SearchIndex.IP_ASSETS, ids);
    expect((await relay.relay()).processed).toBe(30);
    expect((await index().getStats()).numberOfDocuments).toBe(30);

    await meili.stop();

    // Writes while search is down: each records its outbox row in its own transaction.
    const updated = ids.slice(0, 10);
    for (const id of updated) {
      await t.dataSource.transaction(async (manager) => {
        await manager.query("update ip_asset set title = title || ' 已更新' where id = $1", [id]);
        await outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [id] });
      });
    }
    const added: string[] = [];
    for (let i = 0; i < 10; i++) {
      const id = await insertAsset(t.dataSource, firm, { title: `断线期间新增专利${i}号` });
      await recordChanges(t.dataSource, outbox, SearchIndex.IP_ASSETS, [id]);
      added.push(id);
    }
    const deleted = ids.slice(20, 25);
    for (const id of deleted) {
      await t.dataSource.transaction(async (manager) => {
        await manager.query('delete from ip_asset where id = $1', [id]);
        await outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [id], operation: 'DELETE' });
      });
    }

    const down = await relay.relay();
    expect(down.processed).toBe(0);
    expect(down.failed).toBeGreaterThan(0);
    // A second attempt while down also keeps everything.
    await relay.relay();
    expect(await relay.backlog()).toBe(25);
    const [{ attempts }] = await t.dataSource.query<{ attempts: number }[]>('select min(attempts) as attempts from search_outbox where processed_at is null');
    expect(attempts).toBeGreaterThanOrEqual(1);

    await meili.restart();
    const up = await relay.relay();
    expect(up.processed).toBe(25);
    expect(await relay.backlog()).toBe(0);

    expect((await index().getStats()).numberOfDocuments).toBe(30 + 10 - 5);
    for (const id of updated) expect(String((await index().getDocument(id))['title'])).toMatch(/已更新$/);
    for (const id of added) expect((await index().getDocument(id))['id']).toBe(id);
    for (const id of deleted) await expect(index().getDocument(id)).rejects.toThrow();
    const found = await index().search('断线期间新增', { limit: 50, matchingStrategy: 'all' });
    expect(found.hits.map((h) => h['id']).sort()).toEqual([...added].sort());
  }, 120_000);
});
