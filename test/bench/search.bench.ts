// `npm run bench -- search`: the search API against Meilisearch queried directly, and
// indexing through the outbox against a direct bulk addDocuments, on 100,000 IP assets.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Actor, AppConfig, loadConfig, OrganizationType, Role, TokenService } from '@zhirong/core';
import { IdentityModule } from '@zhirong/identity';
import { IpType, LegalStatus } from '@zhirong/ip-assets';
import { configureHttpApp, PlatformCoreModule, platformGraphQLModule } from '@zhirong/platform';
import { SearchIndex, SearchService } from '@zhirong/search';
import {
  IP_ASSETS_INDEX,
  ipAssetDocuments,
  IpAssetDocument,
  IpAssetSearchFilter,
  OutboxRelay,
  SearchIndexAdmin,
  SearchIndexingModule,
  SearchQueryService,
} from '@zhirong/search-indexing';
import { benchDatabase, fmt, percentiles, printTable, timed } from './support';

export const description = 'search API p50/p95 vs direct Meilisearch (500 queries); outbox indexing vs bulk addDocuments (100k assets)';

/** Generated firms (5 IP assets each); `npm run bench -- search --scale 1000` for a quick run. */
const DEFAULT_SCALE = 20_000;
const QUERIES = 500;
const TERMS = ['锂电池', '新能源汽车', '人工智能', '芯片', 'software copyright', 'H01M', '软著', '锂离子电池正极材料', '图像识别', '生物医药',
  '工业机器人', '石墨烯', '医疗器械', '商标', 'invention patent', '储能', '半导体封装', '电池管理系统', 'G06N', '可降解塑料', 'EV', 'chip', ''];

@Module({})
class BenchRoot {}

function mixedQueries(n: number): { query: string; filter: IpAssetSearchFilter }[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const filter: IpAssetSearchFilter = {};
    if (i % 3 === 1) filter.types = [pick([IpType.INVENTION_PATENT, IpType.UTILITY_MODEL, IpType.SOFTWARE_COPYRIGHT, IpType.TRADEMARK])];
    if (i % 4 === 2) filter.legalStatuses = [LegalStatus.VALID];
    if (i % 5 === 3) filter.regionPath = pick(['310000', '110000', '310000/310112', '410000']);
    if (i % 7 === 4) filter.minValuationFen = '100000000';
    return { query: pick(TERMS), filter };
  });
}

export async function run(args: string[] = []): Promise<void> {
  const at = args.indexOf('--scale');
  const scale = at >= 0 ? Number(args[at + 1]) : DEFAULT_SCALE;
  if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale takes a whole number of firms');
  const { url, dataSource } = await benchDatabase(scale);
  const base = loadConfig();
  const config: AppConfig = {
    ...base,
    env: 'test', // no settings at boot: the bench creates its indexes itself
    database: { ...base.database, url, poolSize: 10 },
    meili: { ...base.meili, indexPrefix: `bench${Date.now().toString(36)}_` },
    logLevel: 'silent',
  };
  const app = configureHttpApp(
    await NestFactory.create({ module: BenchRoot, imports: [PlatformCoreModule.forRoot(config), platformGraphQLModule(config), IdentityModule, SearchIndexingModule] }, { logger: false }),
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const search = app.get(SearchService);
  const admin = app.get(SearchIndexAdmin);
  const relay = app.get(OutboxRelay);
  const queries = app.get(SearchQueryService);
  try {
    await dataSource.query('delete from search_outbox');
    const total = await ipAssetDocuments.count(dataSource);
    console.log(`${total} IP assets in ${url.replace(/.*\//, '')}`);

    // (b) indexing. Direct: documents built beforehand (not timed), sent with addDocuments.
    const docs: IpAssetDocument[] = [];
    for (let after: string | null = null; ; ) {
      const page = await ipAssetDocuments.page(dataSource, after, 10_000);
      if (!page.length) break;
      docs.push(...page);
      after = page[page.length - 1].id;
    }
    const directDef = { ...IP_ASSETS_INDEX, name: 'direct_ip_assets' as SearchIndex };
    await admin.ensureIndexes([directDef]);
    const directUid = search.indexName('direct_ip_assets');
    const direct = await timed(async () => {
      // One request would exceed Meilisearch's 100 MB payload limit: 10,000 documents a request, all enqueued at once.
      const tasks = await Promise.all(
        Array.from({ length: Math.ceil(docs.length / 10_000) }, (_, i) => search.client.index(directUid).addDocuments(docs.slice(i * 10_000, (i + 1) * 10_000), { primaryKey: 'id' })),
      );
      for (const t of tasks) {
        // Not the client's tasks.waitForTask: it leaves abort listeners on one signal per poll (see waitForTask in @zhirong/search).
        const done = await search.waitForTask(t.taskUid, { timeoutMs: 30 * 60_000, intervalMs: 50 });
        if (done.status !== 'succeeded') throw new Error(`direct indexing: ${done.error?.message}`);
      }
    });
    await admin.ensureIndexes([IP_ASSETS_INDEX]);
    const outbox = await timed(async () => {
      await dataSource.query("insert into search_outbox (index_name, document_id, operation) select 'ip_assets', id::text, 'UPSERT' from ip_asset");
      let processed = 0;
      while ((await relay.backlog()) > 0) processed += (await relay.relay()).processed;
      return processed;
    });
    const liveCount = (await search.client.index(search.indexName('ip_assets')).getStats()).numberOfDocuments;
    printTable(`(b) indexing ${total.toLocaleString('en')} IP assets`, [
      { path: 'direct addDocuments (documents prebuilt)', documents: docs.length, time: fmt(direct.ms), ratio: '1.00×' },
      { path: 'outbox rows → relay → Meilisearch', documents: liveCount, time: fmt(outbox.ms), ratio: `${(outbox.ms / direct.ms).toFixed(2)}×` },
    ]);

    // (a) queries: the same Meilisearch request through the API and directly, interleaved.
    // A real account: the API honours a token only while its user exists and is active.
    const [benchUser] = (await dataSource.query(
      `with org as (insert into organization (name, type, region_id) select '基准测试平台', 'PLATFORM', id from region order by path limit 1 returning id, region_id)
       insert into app_user (email, password_hash, display_name, roles, organization_id)
       select 'bench-' || gen_random_uuid() || '@zhirong.test', 'not-a-hash', 'bench', '{PLATFORM_ADMIN}', org.id from org
       returning id, email, organization_id, (select r.path from region r join org on r.id = org.region_id) as region_path`,
    )) as { id: string; email: string; organization_id: string; region_path: string }[];
    const actor: Actor = { userId: benchUser.id, email: benchUser.email, roles: [Role.PLATFORM_ADMIN], organizationId: benchUser.organization_id, organizationType: OrganizationType.PLATFORM, regionPath: benchUser.region_path };
    const token = app.get(TokenService).issue(actor, 0).accessToken;
    const endpoint = `http://127.0.0.1:${address.port}/graphql`;
    const gql = `query($q: String!, $f: IpAssetSearchFilter, $first: Int) { searchIpAssets(query: $q, filter: $f, first: $first) {
      totalHits processingTimeMs hits { id title ownerName type valuation { amountFen } highlights { field snippet } } facets { field values { value count } } } }`;
    const viaApi = async (q: { query: string; filter: IpAssetSearchFilter }) => {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: gql, variables: { q: q.query, f: q.filter, first: 20 } }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const liveIndex = search.client.index(search.indexName('ip_assets'));
    const viaMeili = async (q: { query: string; filter: IpAssetSearchFilter }) => {
      const request = queries.ipAssetRequest(actor, { query: q.query, first: 20 }, q.filter);
      await liveIndex.search(request.query, request.params);
    };
    const mixed = mixedQueries(QUERIES);
    for (const q of mixed.slice(0, 30)) {
      await viaApi(q);
      await viaMeili(q);
    }
    const api: number[] = [];
    const meili: number[] = [];
    for (const [i, q] of mixed.entries()) {
      // Alternate which goes first so neither always meets a warm cache.
      if (i % 2) {
        api.push((await timed(() => viaApi(q))).ms);
        meili.push((await timed(() => viaMeili(q))).ms);
      } else {
        meili.push((await timed(() => viaMeili(q))).ms);
        api.push((await timed(() => viaApi(q))).ms);
      }
    }
    const a = percentiles(api);
    const m = percentiles(meili);
    printTable(`(a) ${QUERIES} mixed queries, platform admin`, [
      { path: 'Meilisearch direct (same request)', p50: fmt(m.p50), p95: fmt(m.p95), mean: fmt(m.mean) },
      { path: 'GraphQL API over HTTP', p50: fmt(a.p50), p95: fmt(a.p95), mean: fmt(a.mean) },
      { path: 'ratio API / direct', p50: `${(a.p50 / m.p50).toFixed(2)}×`, p95: `${(a.p95 / m.p95).toFixed(2)}×`, mean: `${(a.mean / m.mean).toFixed(2)}×` },
    ]);
    console.log(`\ntargets: API p50 ≤ 1.3× direct; outbox indexing ≤ 1.3× direct`);
  } finally {
    await dataSource.query('delete from search_outbox').catch(() => undefined);
    await admin.dropAll().catch(() => undefined);
    await app.close();
    await dataSource.destroy();
  }
}
