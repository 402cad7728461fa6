// Few attempts, and a backoff the test skips by moving next_attempt_at; read when the app starts.
process.env.SEARCH_OUTBOX_MAX_ATTEMPTS = '3';
process.env.SEARCH_OUTBOX_BACKOFF_MS = '5000';
import { Module } from '@nestjs/common';
import { AppConfig } from '@zhirong/core';
import { IdentityModule } from '@zhirong/identity';
import { PlatformCoreModule, platformGraphQLModule } from '@zhirong/platform';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { SearchIndex, SearchOutboxService, SearchService } from '@zhirong/search';
import { IP_ASSETS_INDEX } from './indexes/index-definitions';
import { OutboxRelay } from './outbox-relay.service';
import { SearchIndexAdmin } from './search-index-admin.service';
import { SearchIndexingModule } from './search-indexing.module';
import { SearchOutboxAdmin } from './search-outbox-admin.service';
import { OwnMeilisearch } from './testing/own-meilisearch';
import { FixtureFirm, insertAsset, insertFirm, recordChanges } from './testing/search-fixture';

@Module({})
class HygieneTestRoot {}

const DEAD_LETTERS = `query($first: Int, $after: String) { searchDeadLetters(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id indexName documentId operation attempts rejections lastError deadAt } } } }`;
const REDRIVE = `mutation($ids: [ID!]) { redriveSearchDeadLetters(ids: $ids) }`;

interface OutboxState {
  attempts: number;
  rejections: number;
  dead: boolean;
  processed: boolean;
  /** Until next_attempt_at, from now (negative once due); null when it need not wait. */
  waiting_ms: number | null;
}

describe('search outbox upkeep: dead letters, re-drive, prune, reindex under writes', () => {
  let meili: OwnMeilisearch;
  let t: TestApp;
  let fx: IdentityFixture;
  let relay: OutboxRelay;
  let outbox: SearchOutboxService;
  let search: SearchService;
  let firm: FixtureFirm;
  const docIndex = () => search.client.index(search.indexName('ip_assets'));
  const has = (id: string) => docIndex().getDocument(id).then(() => true, () => false);
  const stateOf = async (documentId: string) =>
    (
      await t.dataSource.query<OutboxState[]>(
        `select attempts, rejections, dead_at is not null as dead, processed_at is not null as processed,
                extract(epoch from next_attempt_at - now()) * 1000 as waiting_ms
           from search_outbox where document_id = $1 order by id`,
        [documentId],
      )
    ).map((r) => ({ ...r, waiting_ms: r.waiting_ms === null ? null : Number(r.waiting_ms) }));

  beforeAll(async () => {
    // A request limit of 64 KB: a document of 90 KB is one Meilisearch refuses every time (413), however it is sent.
    meili = await OwnMeilisearch.start('hygiene-test-master-key-0123456789', ['--http-payload-size-limit', '65536']);
    t = await createTestApp((config: AppConfig) => {
      const own: AppConfig = { ...config, meili: { ...config.meili, url: meili.url, masterKey: meili.masterKey } };
      return { module: HygieneTestRoot, imports: [PlatformCoreModule.forRoot(own), platformGraphQLModule(own), IdentityModule, SearchIndexingModule] };
    });
    fx = await createIdentityFixture(t);
    relay = t.module.get(OutboxRelay);
    outbox = t.module.get(SearchOutboxService);
    search = t.module.get(SearchService);
    await t.module.get(SearchIndexAdmin).ensureIndexes();
    firm = await insertFirm(t.dataSource, { name: '死信测试科技有限公司', regionId: fx.regions.minhang.id, regionPath: fx.regions.minhang.path });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await meili?.destroy();
  });

  let poison: string;
  const adminActor = async () => {
    const user = fx.users.admin;
    return { userId: user.id, email: user.email, roles: user.roles, organizationId: fx.orgs.admin.id, organizationType: fx.orgs.admin.type, regionPath: fx.regions.shanghai.path };
  };

  it('retries a refused batch one document at a time, backs off the culprit and makes it a dead letter after N refusals', async () => {
    const innocent: string[] = [];
    for (let i = 0; i < 4; i++) innocent.push(await insertAsset(t.dataSource, firm, { title: `正常专利${i}号 锂电池` }));
    poison = await insertAsset(t.dataSource, firm, { title: '超大摘要的专利', abstract: '锂电池正极材料'.repeat(4300) });
    await recordChanges(t.dataSource, outbox, SearchIndex.IP_ASSETS, [...innocent, poison]);

    // One batch of five: refused as a whole (payload too large), one rejection each, no waiting.
    expect(await relay.relay()).toMatchObject({ processed: 0, failed: 5, dead: 0 });
    expect((await stateOf(poison))[0]).toMatchObject({ rejections: 1, dead: false, waiting_ms: null });

    // Next run: each document on its own. The four go through; the culprit is refused again and waits.
    expect(await relay.relay()).toMatchObject({ processed: 4, failed: 1, dead: 0 });
    for (const id of innocent) expect(await has(id)).toBe(true);
    const [second] = await stateOf(poison);
    expect(second).toMatchObject({ rejections: 2, dead: false });
    // Refused on its own: it waits SEARCH_OUTBOX_BACKOFF_MS × 2^1 before the next try.
    expect(second.waiting_ms).not.toBeNull();

    // While it waits, new changes flow past it instead of queueing behind it.
    const fresh = await insertAsset(t.dataSource, firm, { title: '后来登记的专利' });
    await recordChanges(t.dataSource, outbox, SearchIndex.IP_ASSETS, [fresh]);
    expect((await relay.relay()).processed).toBe(1);
    expect(await has(fresh)).toBe(true);
    expect((await stateOf(poison))[0].rejections).toBe(2);

    // Its 10 s wait passes.
    await t.dataSource.query('update search_outbox set next_attempt_at = now() where document_id = $1', [poison]);
    expect(await relay.relay()).toMatchObject({ processed: 0, dead: 1 });
    const [dead] = await stateOf(poison);
    expect(dead).toMatchObject({ attempts: 3, rejections: 3, dead: true, processed: false });
    // A dead letter is no longer tried, nor counted as backlog.
    await t.dataSource.query('update search_outbox set next_attempt_at = now() where document_id = $1', [poison]);
    expect(await relay.relay()).toMatchObject({ processed: 0, failed: 0, dead: 0 });
    expect(await relay.backlog()).toBe(0);
    expect(await has(poison)).toBe(false);
  }, 60_000);

  it('shows dead letters to the platform administrator only, who re-drives them (audited)', async () => {
    const office = await t.gql(DEAD_LETTERS, {}, await fx.token('office'));
    expect(office.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(REDRIVE, {}, await fx.token('bank'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(DEAD_LETTERS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const admin = await fx.token('admin');
    type Page = { searchDeadLetters: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { id: string; documentId: string; rejections: number; lastError: string } }[] } };
    const listed = await t.gql<Page>(DEAD_LETTERS, { first: 10 }, admin);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.searchDeadLetters.totalCount).toBe(1);
    const [{ node }] = listed.data!.searchDeadLetters.edges;
    expect(node).toMatchObject({ documentId: poison, rejections: 3 });
    expect(node.lastError).toMatch(/payload|large/i);
    expect((await t.gql(DEAD_LETTERS, { first: 101 }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // The cause is fixed (the abstract shortened), then the letter re-driven.
    await t.dataSource.query("update ip_asset set abstract = '已精简的摘要' where id = $1", [poison]);
    const redriven = await t.gql<{ redriveSearchDeadLetters: number }>(REDRIVE, { ids: [node.id] }, admin);
    expect(redriven.data?.redriveSearchDeadLetters).toBe(1);
    const [audit] = await t.dataSource.query<{ entity_id: string; actor_user_id: string; after: { redriven: number } }[]>(
      "select entity_id, actor_user_id, after from audit_log where action = 'redriveSearchDeadLetters'",
    );
    expect(audit).toMatchObject({ entity_id: node.id, actor_user_id: fx.users.admin.id, after: { redriven: 1 } });
    expect((await stateOf(poison))[0]).toMatchObject({ rejections: 0, dead: false });
    expect(await relay.backlog()).toBe(1);

    expect((await relay.relay()).processed).toBe(1);
    expect(await has(poison)).toBe(true);
    expect((await t.gql<Page>(DEAD_LETTERS, {}, admin)).data!.searchDeadLetters.totalCount).toBe(0);
    expect((await t.gql<{ redriveSearchDeadLetters: number }>(REDRIVE, {}, admin)).data?.redriveSearchDeadLetters).toBe(0);
  }, 30_000);

  it('counts a task Meilisearch accepted and then failed as a rejection too', async () => {
    // A firms index made by hand with the wrong primary key: every firm task fails once it runs.
    const firms = search.indexName('firms');
    const recreate = async (primaryKey: string) => {
      await search.waitForTask((await search.client.deleteIndex(firms)).taskUid, { timeoutMs: 60_000 });
      await search.waitForTask((await search.client.createIndex(firms, { primaryKey })).taskUid, { timeoutMs: 60_000 });
    };
    await recreate('creditCode');
    await recordChanges(t.dataSource, outbox, SearchIndex.FIRMS, [firm.id]);
    const skipWait = () => t.dataSource.query("update search_outbox set next_attempt_at = now() where index_name = 'firms'");
    // (Processed counts the firm's assets, whose documents embed it and are refreshed with it.)
    expect((await relay.relay()).dead).toBe(0);
    expect((await stateOf(firm.id))[0]).toMatchObject({ rejections: 1, dead: false, processed: false });
    await skipWait();
    expect((await relay.relay()).dead).toBe(0);
    await skipWait();
    expect((await relay.relay()).dead).toBe(1);
    const [row] = await t.dataSource.query<{ id: string; rejections: number; last_error: string }[]>(
      "select id::text, rejections, last_error from search_outbox where index_name = 'firms' and dead_at is not null",
    );
    expect(row.rejections).toBe(3);
    expect(row.last_error).toMatch(/failed: Index already has a primary key/);

    await recreate('id');
    expect(await t.module.get(SearchOutboxAdmin).redrive(await adminActor(), [row.id])).toBe(1);
    expect((await relay.relay()).processed).toBeGreaterThanOrEqual(1);
    expect((await search.client.index(firms).getDocument(firm.id))['id']).toBe(firm.id);
  }, 60_000);

  it('prunes relayed rows older than the retention, and nothing else', async () => {
    await t.dataSource.query('delete from search_outbox');
    await t.dataSource.query(
      `insert into search_outbox (index_name, document_id, operation, processed_at, dead_at) values
         ('ip_assets', 'old-done', 'UPSERT', now() - interval '25 hours', null),
         ('ip_assets', 'recent-done', 'UPSERT', now() - interval '23 hours', null),
         ('ip_assets', 'old-dead', 'UPSERT', null, now() - interval '48 hours'),
         ('ip_assets', 'old-pending', 'UPSERT', null, null)`,
    );
    await t.dataSource.query("update search_outbox set created_at = now() - interval '72 hours'");
    expect(await t.module.get(SearchOutboxAdmin).prune()).toBe(1);
    const left = await t.dataSource.query<{ document_id: string }[]>('select document_id from search_outbox order by document_id');
    expect(left.map((r) => r.document_id)).toEqual(['old-dead', 'old-pending', 'recent-done']);
    await t.dataSource.query('delete from search_outbox');
  });

  it('replays a write that took its outbox id before the reindex started and committed during it', async () => {
    // The smallest uuid: it would be on the first page, which is read before its transaction commits.
    const early = '00000000-0000-4000-8000-000000000001';
    const writer = t.dataSource.createQueryRunner();
    await writer.connect();
    await writer.startTransaction();
    await writer.query(
      `insert into ip_asset (id, type, number, title, enterprise_id, region_path, filed_on) values ($1, 'INVENTION_PATENT', 'CNT900000001', '重建期间提交的专利 固态电池', $2, $3, '2022-05-01')`,
      [early, firm.id, firm.regionPath],
    );
    await outbox.record(writer.manager, { index: SearchIndex.IP_ASSETS, ids: [early] });
    // A later id commits first: "ids above max(id) at the start" would skip the early one.
    const later = await insertAsset(t.dataSource, firm, { title: '先提交的专利' });
    await recordChanges(t.dataSource, outbox, SearchIndex.IP_ASSETS, [later]);
    const [{ mark }] = await t.dataSource.query<{ mark: string }[]>('select max(id)::text as mark from search_outbox');
    const [{ earlyId }] = await t.dataSource.query<{ earlyId: string }[]>('select min(id)::text as "earlyId" from search_outbox where document_id = $1', [later]);
    expect(BigInt(earlyId)).toBeLessThanOrEqual(BigInt(mark));

    let relayedToOld = false;
    const { replayed } = await t.module.get(SearchIndexAdmin).reindex(IP_ASSETS_INDEX, {
      batchSize: 1,
      onProgress: async ({ done }) => {
        if (done !== 1) return;
        // After the first page: the write commits and the relay sends it to the live index, which the swap replaces.
        await writer.commitTransaction();
        await relay.relay();
        relayedToOld = await has(early);
      },
    });
    await writer.release();
    expect(relayedToOld).toBe(true);
    // The rebuilt index did not read it and the old one is gone: only the replay can bring it back.
    expect(await has(early)).toBe(false);
    expect(replayed).toBeGreaterThanOrEqual(1);
    await relay.relay();
    expect(await has(early)).toBe(true);
    expect((await docIndex().search('固态电池')).hits.map((h) => h['id'])).toEqual([early]);
  }, 60_000);
});
