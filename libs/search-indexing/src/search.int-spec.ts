import { IdentityModule } from '@zhirong/identity';
import { IpType, PledgeStatus } from '@zhirong/ip-assets';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { SearchIndex, SearchOutboxService, SearchService } from '@zhirong/search';
import { DisposalListingDocument, DisposalMode, DisposalStatus } from './documents/disposal-listing.document';
import { DISPOSAL_LISTINGS_INDEX, IP_ASSETS_INDEX, SEARCH_INDEX_DEFINITIONS } from './indexes/index-definitions';
import { OutboxRelay } from './outbox-relay.service';
import { SearchIndexAdmin } from './search-index-admin.service';
import { SearchIndexingModule } from './search-indexing.module';
import { FixtureFirm, insertAsset, insertFirm, pushToBank, recordChanges } from './testing/search-fixture';

const IP_QUERY = `query($q: String!, $f: IpAssetSearchFilter, $first: Int, $offset: Int) {
  searchIpAssets(query: $q, filter: $f, first: $first, offset: $offset) {
    totalHits processingTimeMs
    hits { id title ownerName enterpriseId type valuation { amountFen } filedOn highlights { field snippet } }
    facets { field values { value count } }
  }
}`;
const FIRM_QUERY = `query($q: String!, $f: FirmSearchFilter, $first: Int, $offset: Int) {
  searchWhitelistedFirms(query: $q, filter: $f, first: $first, offset: $offset) {
    totalHits processingTimeMs hits { id name tagLabels: tags highlights { field snippet } } facets { field values { value count } }
  }
}`;
const DISPOSAL_QUERY = `query($q: String!, $f: DisposalSearchFilter, $first: Int) {
  searchDisposalListings(query: $q, filter: $f, first: $first) { totalHits hits { id title status price { amountFen } highlights { field snippet } } facets { field values { value count } } }
}`;

interface IpResult {
  searchIpAssets: { totalHits: number; processingTimeMs: number; hits: { id: string; title: string; enterpriseId: string; highlights: { field: string; snippet: string }[] }[]; facets: { field: string; values: { value: string; count: number }[] }[] };
}
interface FirmResult {
  searchWhitelistedFirms: { totalHits: number; hits: { id: string; name: string }[] };
}
interface DisposalResult {
  searchDisposalListings: { totalHits: number; hits: { id: string; title: string; status: string }[] };
}

describe('search over Postgres through the outbox, on a real Meilisearch', () => {
  let t: TestApp;
  let fx: IdentityFixture;
  let admin: SearchIndexAdmin;
  let relay: OutboxRelay;
  let outbox: SearchOutboxService;
  let search: SearchService;
  let minhangFirm: FixtureFirm;
  let haidianFirm: FixtureFirm;
  let songjiangFirm: FixtureFirm;
  const assets: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, SearchIndexingModule]);
    fx = await createIdentityFixture(t);
    admin = t.module.get(SearchIndexAdmin);
    relay = t.module.get(OutboxRelay);
    outbox = t.module.get(SearchOutboxService);
    search = t.module.get(SearchService);
    await admin.ensureIndexes();
    const { minhang, haidian, songjiang } = fx.regions;
    minhangFirm = await insertFirm(t.dataSource, { name: '上海闵行锂能科技有限公司', regionId: minhang.id, regionPath: minhang.path, organizationId: fx.orgs.firm.id, tags: ['HIGH_TECH', 'SPECIALIZED_NEW'] });
    haidianFirm = await insertFirm(t.dataSource, { name: '北京海淀智芯微电子有限公司', regionId: haidian.id, regionPath: haidian.path, organizationId: fx.orgs.firm2.id, industryCode: 'C39' });
    songjiangFirm = await insertFirm(t.dataSource, { name: '松江新能源汽车部件有限公司', regionId: songjiang.id, regionPath: songjiang.path, industryCode: 'C36' });
    assets.battery = await insertAsset(t.dataSource, minhangFirm, { title: '一种锂离子电池正极材料的制备方法', abstract: '本发明公开了一种高镍三元正极材料，提高能量密度。', ipcClasses: ['H01M 4/525'] });
    assets.software = await insertAsset(t.dataSource, minhangFirm, { type: IpType.SOFTWARE_COPYRIGHT, title: '电池管理系统嵌入式软件V1.0' });
    assets.chip = await insertAsset(t.dataSource, haidianFirm, { title: '低功耗存储芯片及其读写方法', ipcClasses: ['G11C 16/04'], pledgeStatus: PledgeStatus.PLEDGED });
    assets.ev = await insertAsset(t.dataSource, songjiangFirm, { type: IpType.UTILITY_MODEL, title: '电动汽车充电桩散热结构', ipcClasses: ['B60L 53/14'] });
    await t.dataSource.query(
      `insert into valuation (ip_asset_id, valuer_organization_id, method, value_fen, valued_on, valid_until) values ($1, $2, 'INCOME', 250000000, current_date - 10, current_date + 355)`,
      [assets.battery, fx.orgs.valuer.id],
    );
    await pushToBank(t.dataSource, minhangFirm.id, fx.orgs.bank.id);
    await pushToBank(t.dataSource, haidianFirm.id, fx.orgs.bank2.id);
    // songjiangFirm applied to bank (not a whitelist push): bank sees its IP, not it among whitelisted firms.
    await pushToBank(t.dataSource, songjiangFirm.id, fx.orgs.bank.id, 'APPLIED');
    await recordChanges(t.dataSource, outbox, SearchIndex.FIRMS, [minhangFirm.id, haidianFirm.id, songjiangFirm.id]);
    await relay.relay();
    // The firms' rows fan out into their assets' documents; relay those too.
    await relay.relay();
  }, 60_000);

  afterAll(async () => {
    await admin.dropAll();
    await t.close();
  });

  describe('indexes', () => {
    it('carry the settings defined in code', async () => {
      for (const def of SEARCH_INDEX_DEFINITIONS) {
        const settings = await search.client.index(search.indexName(def.name)).getSettings();
        expect(settings.filterableAttributes?.slice().sort()).toEqual([...(def.settings.filterableAttributes ?? [])].sort());
        expect(settings.sortableAttributes?.slice().sort()).toEqual([...(def.settings.sortableAttributes ?? [])].sort());
        expect(settings.searchableAttributes).toEqual(def.settings.searchableAttributes);
        expect(settings.rankingRules).toEqual(def.settings.rankingRules);
        expect(settings.synonyms).toEqual(def.settings.synonyms);
        expect(settings.pagination).toEqual(def.settings.pagination);
      }
    });

    it('are ensured idempotently', async () => {
      await admin.ensureIndexes([IP_ASSETS_INDEX]);
      await admin.ensureIndexes([IP_ASSETS_INDEX]);
      const stats = await search.client.index(search.indexName(IP_ASSETS_INDEX.name)).getStats();
      expect(stats.numberOfDocuments).toBe(4);
    });
  });

  describe('outbox relay', () => {
    it('marked every row processed with the task that carried it', async () => {
      expect(await relay.backlog()).toBe(0);
      const rows = await t.dataSource.query<{ processed: boolean; task: string | null }[]>(
        'select processed_at is not null as processed, task_uid::text as task from search_outbox',
      );
      expect(rows.length).toBeGreaterThanOrEqual(7);
      expect(rows.every((r) => r.processed && r.task !== null)).toBe(true);
    });

    it('builds documents from Postgres: owner name, region ancestors, IPC parts, valuation', async () => {
      const doc = await search.client.index(search.indexName('ip_assets')).getDocument(assets.battery);
      expect(doc).toMatchObject({ ownerName: minhangFirm.name, title: '一种锂离子电池正极材料的制备方法', valuationFen: 250000000 });
      // Access attributes are filterable but never displayed in search results.
      const { hits } = await search.client.index(search.indexName('ip_assets')).search('', { filter: `id = "${assets.battery}"` });
      expect(hits[0]['title']).toBeDefined();
      expect(hits[0]['bankIds']).toBeUndefined();
    });

    it('applies an update and a delete recorded in the writer’s transaction', async () => {
      await t.dataSource.transaction(async (manager) => {
        await manager.query("update ip_asset set title = '固态锂电池电解质及其制备方法' where id = $1", [assets.battery]);
        await outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [assets.battery] });
      });
      const gone = await insertAsset(t.dataSource, songjiangFirm, { title: '临时专利将被删除' });
      await recordChanges(t.dataSource, outbox, SearchIndex.IP_ASSETS, [gone]);
      await relay.relay();
      await t.dataSource.transaction(async (manager) => {
        await manager.query('delete from ip_asset where id = $1', [gone]);
        await outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [gone], operation: 'DELETE' });
      });
      await relay.relay();
      const index = search.client.index(search.indexName('ip_assets'));
      expect((await index.getDocument(assets.battery))['title']).toBe('固态锂电池电解质及其制备方法');
      await expect(index.getDocument(gone)).rejects.toThrow();
    });

    it('records nothing when the writer’s transaction rolls back', async () => {
      const before = await relay.backlog();
      await expect(
        t.dataSource.transaction(async (manager) => {
          await outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [assets.chip] });
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expect(await relay.backlog()).toBe(before);
    });
  });

  describe('searchIpAssets', () => {
    it('finds Chinese text with highlights, facets and timing', async () => {
      const res = await t.gql<IpResult>(IP_QUERY, { q: '锂电池' }, await fx.token('admin'));
      expect(res.errors).toBeUndefined();
      const r = res.data!.searchIpAssets;
      expect(r.hits[0].id).toBe(assets.battery);
      expect(r.hits[0].highlights.find((h) => h.field === 'title')?.snippet).toContain('<em>');
      expect(r.totalHits).toBeGreaterThanOrEqual(1);
      expect(typeof r.processingTimeMs).toBe('number');
      expect(r.facets.find((f) => f.field === 'type')?.values[0].count).toBeGreaterThanOrEqual(1);
    });

    it('finds by synonym and IPC code', async () => {
      const token = await fx.token('admin');
      const soft = await t.gql<IpResult>(IP_QUERY, { q: 'software copyright' }, token);
      expect(soft.data!.searchIpAssets.hits.map((h) => h.id)).toContain(assets.software);
      const ipc = await t.gql<IpResult>(IP_QUERY, { q: 'H01M' }, token);
      expect(ipc.data!.searchIpAssets.hits.map((h) => h.id)).toContain(assets.battery);
      const ev = await t.gql<IpResult>(IP_QUERY, { q: '新能源汽车' }, token);
      expect(ev.data!.searchIpAssets.hits.map((h) => h.id)).toContain(assets.ev);
    });

    it('paginates with first and offset', async () => {
      const token = await fx.token('admin');
      const all = await t.gql<IpResult>(IP_QUERY, { q: '', first: 10 }, token);
      const second = await t.gql<IpResult>(IP_QUERY, { q: '', first: 1, offset: 1 }, token);
      expect(second.data!.searchIpAssets.hits).toHaveLength(1);
      expect(second.data!.searchIpAssets.hits[0].id).toBe(all.data!.searchIpAssets.hits[1].id);
      expect(second.data!.searchIpAssets.totalHits).toBe(all.data!.searchIpAssets.totalHits);
    });

    it('filters by typed inputs', async () => {
      const res = await t.gql<IpResult>(IP_QUERY, { q: '', f: { ipcClasses: ['G11C'], pledgeStatuses: ['PLEDGED'] } }, await fx.token('admin'));
      expect(res.data!.searchIpAssets.hits.map((h) => h.id)).toEqual([assets.chip]);
      const valued = await t.gql<IpResult>(IP_QUERY, { q: '', f: { minValuationFen: '100000000' } }, await fx.token('admin'));
      expect(valued.data!.searchIpAssets.hits.map((h) => h.id)).toEqual([assets.battery]);
    });

    it('answers BAD_USER_INPUT to first: 101 and to an offset beyond 10,000', async () => {
      const token = await fx.token('admin');
      const big = await t.gql(IP_QUERY, { q: 'x', first: 101 }, token);
      expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const far = await t.gql(IP_QUERY, { q: 'x', offset: 10_001 }, token);
      expect(far.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const negative = await t.gql(FIRM_QUERY, { q: 'x', offset: -1 }, await fx.token('bank'));
      expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('access', () => {
    const ids = async (who: Parameters<IdentityFixture['token']>[0]) =>
      (await t.gql<IpResult>(IP_QUERY, { q: '', first: 100 }, await fx.token(who))).data!.searchIpAssets.hits.map((h) => h.id).sort();
    const firmIds = async (who: Parameters<IdentityFixture['token']>[0], f?: Record<string, unknown>) => {
      const res = await t.gql<FirmResult>(FIRM_QUERY, { q: '', f }, await fx.token(who));
      return res.data?.searchWhitelistedFirms.hits.map((h) => h.id).sort() ?? res.errors?.[0].extensions?.code;
    };

    it('lets a bank search only the firms pushed to it', async () => {
      expect(await firmIds('bank')).toEqual([minhangFirm.id]);
      expect(await firmIds('bank2')).toEqual([haidianFirm.id]);
    });

    it('scopes IP assets like their owner firm', async () => {
      expect(await ids('bank')).toEqual([assets.battery, assets.software, assets.ev].sort());
      expect(await ids('bank2')).toEqual([assets.chip]);
      expect(await ids('office')).toEqual([assets.battery, assets.software].sort());
      expect(await ids('park')).toEqual([]);
      expect(await ids('firm2')).toEqual([assets.chip]);
      expect(await ids('valuer')).toEqual([assets.battery]);
      expect((await ids('admin')).length).toBe(4);
    });

    it('refuses roles that do not search', async () => {
      const res = await t.gql(IP_QUERY, { q: '' }, await fx.token('guarantor'));
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await firmIds('firm')).toBe('FORBIDDEN');
      const anonymous = await t.gql(IP_QUERY, { q: '' });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    const ATTACKS = [
      '"',
      '" OR bankIds EXISTS OR "',
      `${'310000'}") OR (regionPaths = "110000`,
      'x" OR whitelisted = false OR "',
      '\\',
      '\\" OR 1 = 1 OR \\"',
      ') OR (',
      'OR',
    ];

    it('never lets filter input reach Meilisearch unescaped', async () => {
      const token = await fx.token('bank2');
      const stringInputs: Record<string, unknown>[] = ATTACKS.flatMap((a) => [{ regionPath: a }, { industryCodes: [a] }, { tags: [a] }]);
      for (const f of stringInputs) {
        const res = await t.gql<FirmResult>(FIRM_QUERY, { q: a(f), f }, token);
        // Either rejected as bad input, or answered within bank2's scope: never firms pushed only to bank.
        if (res.errors) expect(res.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
        else expect(res.data!.searchWhitelistedFirms.hits.map((h) => h.id)).not.toContain(minhangFirm.id);
      }
      const ipInputs: Record<string, unknown>[] = ATTACKS.flatMap((a) => [
        { regionPath: a }, { ipcSections: [a] }, { ipcClasses: [a] }, { enterpriseId: a }, { minValuationFen: a }, { maxValuationFen: a }, { types: [a] },
        { legalStatuses: [a] }, { pledgeStatuses: [a] }, { niceClasses: [a] }, { implemented: a }, { sort: a },
      ]);
      for (const f of ipInputs) {
        const res = await t.gql<IpResult>(IP_QUERY, { q: a(f), f }, token);
        if (res.errors) expect(res.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
        else expect(res.data!.searchIpAssets.hits.map((h) => h.enterpriseId).every((id) => id === haidianFirm.id)).toBe(true);
      }
      const disposalInputs: Record<string, unknown>[] = ATTACKS.flatMap((a) => [
        { regionPath: a }, { modes: [a] }, { statuses: [a] }, { assetTypes: [a] }, { minPriceFen: a }, { maxPriceFen: a }, { endsAfter: a }, { sort: a },
      ]);
      for (const f of disposalInputs) {
        const res = await t.gql<DisposalResult>(DISPOSAL_QUERY, { q: a(f), f });
        if (res.errors) expect(['BAD_USER_INPUT']).toContain(res.errors[0].extensions?.code);
        else expect(res.data!.searchDisposalListings.hits.every((h) => h.status === 'PUBLISHED')).toBe(true);
      }
      // The query text is search text, never a filter: quotes and operators in it are harmless.
      for (const q of ATTACKS) {
        const res = await t.gql<FirmResult>(FIRM_QUERY, { q }, token);
        expect(res.errors).toBeUndefined();
        expect(res.data!.searchWhitelistedFirms.hits.map((h) => h.id)).not.toContain(minhangFirm.id);
      }
    });

    function a(f: Record<string, unknown>): string {
      return String(Object.values(f)[0]).slice(0, 50);
    }
  });

  describe('searchDisposalListings (fixture documents: the disposal domain does not exist yet)', () => {
    const listing = (id: string, title: string, status: DisposalStatus, priceFen: number): DisposalListingDocument => ({
      id, title, description: '质押物处置', assetTitles: [title], assetNumbers: [], assetTypes: [IpType.INVENTION_PATENT], assetTypeLabels: ['发明专利'],
      mode: DisposalMode.AUCTION, status, priceFen, endsAt: Date.now() + 86_400_000, regionPath: '310000/310112', regionName: '闵行区',
      regionPaths: ['310000', '310000/310112'], createdAt: Date.now(),
    });

    beforeAll(async () => {
      await search.client
        .index(search.indexName(DISPOSAL_LISTINGS_INDEX.name))
        .addDocuments([
          listing('d1', '锂电池专利包拍卖', DisposalStatus.PUBLISHED, 1_000_000),
          listing('d2', '锂电池专利草稿', DisposalStatus.DRAFT, 2_000_000),
          listing('d3', '芯片专利转让', DisposalStatus.PUBLISHED, 3_000_000),
        ])
        .waitTask();
    });

    it('shows the public only published listings', async () => {
      const res = await t.gql<DisposalResult>(DISPOSAL_QUERY, { q: '锂电池' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.searchDisposalListings.hits.map((h) => h.id)).toEqual(['d1']);
      const asking = await t.gql(DISPOSAL_QUERY, { q: '', f: { statuses: ['DRAFT'] } });
      expect(asking.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('lets the platform see drafts and sort by price', async () => {
      const res = await t.gql<DisposalResult>(DISPOSAL_QUERY, { q: '', f: { statuses: ['DRAFT', 'PUBLISHED'], sort: 'PRICE_DESC' } }, await fx.token('admin'));
      expect(res.data!.searchDisposalListings.hits.map((h) => h.id)).toEqual(['d3', 'd2', 'd1']);
    });
  });

  describe('full reindex', () => {
    it('swaps in a rebuilt index while searches keep answering', async () => {
      const index = search.client.index(search.indexName('ip_assets'));
      let stop = false;
      const counts: number[] = [];
      const probe = (async () => {
        while (!stop) {
          counts.push((await index.search('', { limit: 0 })).estimatedTotalHits ?? 0);
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      // A change written during the rebuild is replayed after the swap.
      const during = admin.reindex(IP_ASSETS_INDEX, { batchSize: 1 });
      await insertAsset(t.dataSource, minhangFirm, { title: '重建期间新增的专利' }).then((id) => recordChanges(t.dataSource, outbox, SearchIndex.IP_ASSETS, [id]));
      const { documents } = await during;
      stop = true;
      await probe;
      expect(documents).toBeGreaterThanOrEqual(4);
      expect(counts.length).toBeGreaterThan(0);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(4);
      await relay.relay();
      const after = await index.search('重建期间新增');
      expect(after.hits).toHaveLength(1);
      const { results } = await search.client.getIndexes({ limit: 100 });
      expect(results.map((r) => r.uid).filter((uid) => uid.startsWith(search.indexName('ip_assets_')))).toEqual([]);
    });
  });
});
