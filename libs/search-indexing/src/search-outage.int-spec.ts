import { createServer, Server, Socket } from 'node:net';
import { Module } from '@nestjs/common';
import { Actor, AppConfig, CommonError, DomainError, OrganizationType, Role } from '@zhirong/core';
import { IdentityModule } from '@zhirong/identity';
import { PlatformCoreModule, platformGraphQLModule } from '@zhirong/platform';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { SearchIndex, SearchOutboxService, SearchReader, SearchService } from '@zhirong/search';
import { OutboxRelay } from './outbox-relay.service';
import { SearchIndexAdmin } from './search-index-admin.service';
import { SearchIndexingModule } from './search-indexing.module';
import { SearchQueryService } from './search-query.service';
import { RELAY_EVERY_MS } from './search.jobs';
import { OwnMeilisearch } from './testing/own-meilisearch';
import { FixtureFirm, insertAsset, insertFirm } from './testing/search-fixture';

@Module({})
class OutageTestRoot {}

const SEARCH = `query($q: String!) { searchIpAssets(query: $q) { totalHits hits { id title } } }`;

interface SearchResult {
  searchIpAssets: { totalHits: number; hits: { id: string; title: string }[] };
}

describe('search while Meilisearch is away', () => {
  let meili: OwnMeilisearch;
  let t: TestApp;
  let fx: IdentityFixture;
  let relay: OutboxRelay;
  let outbox: SearchOutboxService;
  let firm: FixtureFirm;
  const port = () => new URL(meili.url).port;

  beforeAll(async () => {
    meili = await OwnMeilisearch.start('outage-test-master-key-0123456789');
    t = await createTestApp((config: AppConfig) => {
      const own: AppConfig = { ...config, meili: { ...config.meili, url: meili.url, masterKey: meili.masterKey } };
      return { module: OutageTestRoot, imports: [PlatformCoreModule.forRoot(own), platformGraphQLModule(own), IdentityModule, SearchIndexingModule] };
    });
    fx = await createIdentityFixture(t);
    relay = t.module.get(OutboxRelay);
    outbox = t.module.get(SearchOutboxService);
    await t.module.get(SearchIndexAdmin).ensureIndexes();
    firm = await insertFirm(t.dataSource, { name: '停机测试科技有限公司', regionId: fx.regions.minhang.id, regionPath: fx.regions.minhang.path });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await meili?.destroy();
  });

  /** A write as a domain service does it: the row and its outbox entry in one transaction. */
  const writeAsset = async (title: string) => {
    const id = await insertAsset(t.dataSource, firm, { title });
    await t.dataSource.transaction((manager) => outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [id] }));
    return id;
  };

  it('answers SERVICE_UNAVAILABLE within 2 s without its address, keeps writes, and catches up when it is back', async () => {
    const before = await writeAsset('停机前的专利 储能电池');
    await relay.relay();
    const token = await fx.token('admin');
    const up = await t.gql<SearchResult>(SEARCH, { q: '停机前' }, token);
    expect(up.data?.searchIpAssets.hits.map((h) => h.id)).toEqual([before]);

    await meili.stop();
    const started = Date.now();
    const down = await t.gql<SearchResult>(SEARCH, { q: '停机前' }, token);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2000);
    expect(down.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const text = JSON.stringify(down.errors);
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain(port());
    expect(text).not.toMatch(/https?:\/\//);

    // Writes go on: they only add outbox rows, which wait.
    const during = await writeAsset('停机期间登记的专利 氢燃料');
    const relayDown = await relay.relay();
    expect(relayDown).toMatchObject({ processed: 0, dead: 0 });
    expect(await relay.backlog()).toBe(1);

    await meili.restart();
    const back = Date.now();
    // As the worker does: a relay run every RELAY_EVERY_MS until the write is found.
    let found: string[] = [];
    while (Date.now() - back < 30_000) {
      await relay.relay();
      const res = await t.gql<SearchResult>(SEARCH, { q: '氢燃料' }, token);
      found = res.data?.searchIpAssets.hits.map((h) => h.id) ?? [];
      if (found.length) break;
      await new Promise((r) => setTimeout(r, RELAY_EVERY_MS));
    }
    const catchUpMs = Date.now() - back;
    console.log(`search caught up ${catchUpMs} ms after Meilisearch came back`);
    expect(found).toEqual([during]);
    expect(catchUpMs).toBeLessThan(5000);
    expect(await relay.backlog()).toBe(0);
    const [{ rejections }] = await t.dataSource.query<{ rejections: number }[]>('select max(rejections)::int as rejections from search_outbox');
    expect(rejections).toBe(0);
  }, 90_000);

  describe('a Meilisearch that accepts connections and never answers', () => {
    let hole: Server;
    const sockets: Socket[] = [];
    let holeUrl: string;

    beforeAll(async () => {
      hole = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
      holeUrl = `http://127.0.0.1:${(hole.address() as { port: number }).port}`;
    });

    afterAll(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => hole.close(resolve));
    });

    const hung = (): AppConfig => ({ ...t.config, meili: { ...t.config.meili, url: holeUrl } });
    const admin: Actor = { userId: 'u', email: 'a@zhirong.test', roles: [Role.PLATFORM_ADMIN], organizationId: 'o', organizationType: OrganizationType.PLATFORM, regionPath: '310000' };

    it('still answers a search within 2 s, with SERVICE_UNAVAILABLE', async () => {
      const search = new SearchService(hung());
      const queries = new SearchQueryService(search, new SearchReader(search, hung()));
      const started = Date.now();
      const error = await queries.ipAssets(admin, { query: '电池' }).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(CommonError);
      expect((error as DomainError).apiCode).toBe('SERVICE_UNAVAILABLE');
      expect((error as Error).message).not.toContain(holeUrl);
    });

    it('reports it unhealthy within the health check’s 2 s', async () => {
      const started = Date.now();
      expect(await new SearchService(hung()).isHealthy()).toBe(false);
      expect(Date.now() - started).toBeLessThan(2200);
    });
  });
});
