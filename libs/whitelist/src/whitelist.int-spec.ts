// Short retries so the reliability tests run in seconds; read when the services are built.
process.env.WHITELIST_WEBHOOK_ATTEMPTS = '4';
process.env.WHITELIST_WEBHOOK_BACKOFF_MS = '20';
process.env.WHITELIST_WEBHOOK_TIMEOUT_MS = '2000';
// Chunks of 2 firms, 2 webhooks in flight each: a 9-firm push spans several chunk jobs, so a
// worker can be stopped between chunks and a chunk can partly fail.
process.env.WHITELIST_CHUNK_SIZE = '2';
process.env.WHITELIST_WEBHOOK_CONCURRENCY = '2';

import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { todayInShanghai } from '@zhirong/core';
import { CreditRating, Enterprise, EnterpriseTag, EnterprisesModule } from '@zhirong/enterprises';
import { insertTestEnterprise, TestEnterpriseValues } from '@zhirong/enterprises/testing';
import { IdentityModule } from '@zhirong/identity';
import { IpAsset, IpType, LegalStatus, Valuation, ValuationMethod } from '@zhirong/ip-assets';
import { JobQueue, JobWorkerModule, QueueName } from '@zhirong/jobs';
import { PlatformCoreModule } from '@zhirong/platform';
import { createIdentityFixture, createTestApp, firstError, FixtureWho, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { verifyWebhook, WEBHOOK_HEADERS } from './webhook-signing';
import { WhitelistPushService } from './whitelist-push.service';
import { WhitelistJobsModule, WhitelistModule } from './whitelist.module';

const SECRET = 'integration-test-secret-0123456789';
const ZERO_ID = '00000000-0000-4000-8000-000000000000';

const DEFINE = `mutation($input: DefineScreeningRulesInput!) { defineScreeningRules(input: $input) { id version minScore criteria { criterion threshold weight required } } }`;
const RUN = `mutation { runWhitelistScreening(input: {}) { id version status } }`;
const BATCH = `query($id: ID!) { whitelistBatch(id: $id) {
  id version status includedCount supersededById
  entries { enterpriseId enterpriseName score included nominated manualChange manualReason reasons { criterion passed value threshold reasonZh reasonEn } }
  pushes { id total perBank { bank { id name } queued delivered failed dead total } }
} }`;
const PUBLISH = `mutation($id: ID!) { publishWhitelistBatch(batchId: $id) { id status publishedAt } }`;
const ADD = `mutation($input: WhitelistEntryChangeInput!) { addWhitelistFirm(input: $input) { enterpriseId included manualChange manualReason score } }`;
const REMOVE = `mutation($input: WhitelistEntryChangeInput!) { removeWhitelistFirm(input: $input) { enterpriseId included manualChange } }`;
const NOMINATE = `mutation($input: NominateWhitelistFirmInput!) { nominateWhitelistFirm(input: $input) { id enterpriseId } }`;
const PUSH = `mutation($id: ID!, $banks: [ID!]) { pushWhitelistBatch(batchId: $id, bankIds: $banks) { id total perBank { bank { id } queued delivered failed dead } } }`;
const REDRIVE = `mutation($id: ID!) { redriveWhitelistDeliveries(pushId: $id) }`;
const HOOK = `mutation($url: String!, $secret: String!) { configureBankWebhook(url: $url, secret: $secret) { url } }`;
const RESPOND = `mutation($input: WhitelistResponseInput!) { respondToWhitelistedFirm(input: $input) { id status creditLine { amountFen } reason } }`;
const RESPONSES = `query($id: ID!, $filter: WhitelistResponseFilter) { whitelistResponses(batchId: $id, filter: $filter) {
  totalCount edges { node { enterpriseId enterpriseName bank { id name } status creditLine { amountFen } reason } } } }`;
const INTEREST = `query { myWhitelistInterest { bank { id name } status creditLine { amountFen } reason } }`;
const FIRMS = `query($first: Int, $after: String, $filter: WhitelistedFirmFilter) { whitelistedFirms(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id name tags myResponse pushedAt ipSummary { total validInventionPatents totalLatestValuation { amountFen } byType { type count } } openNeeds { id } } } } }`;

interface Entry {
  enterpriseId: string;
  enterpriseName: string;
  score: number;
  included: boolean;
  nominated: boolean;
  manualChange: string | null;
  reasons: { criterion: string; passed: boolean; value: string | null; threshold: string | null; reasonZh: string; reasonEn: string }[];
}
interface Progress {
  bank: { id: string; name?: string };
  queued: number;
  delivered: number;
  failed: number;
  dead: number;
  total?: number;
}
interface Batch {
  id: string;
  version: number;
  status: string;
  includedCount: number;
  supersededById: string | null;
  entries: Entry[];
  pushes: { id: string; total: number; perBank: Progress[] }[];
}

/** A bank's webhook endpoint: verifies signatures, processes each idempotency key once, can be down or slow. */
class Receiver {
  server!: Server;
  url = '';
  /** Requests to refuse with 503 before answering normally; Infinity = down. */
  failNext = 0;
  delayMs = 0;
  processed = new Map<string, number>();
  requests = 0;
  badSignatures = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    this.requests++;
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failNext > 0) {
      this.failNext--;
      res.writeHead(503).end();
      return;
    }
    const ts = String(req.headers[WEBHOOK_HEADERS.timestamp] ?? '');
    const sig = String(req.headers[WEBHOOK_HEADERS.signature] ?? '');
    const key = String(req.headers[WEBHOOK_HEADERS.idempotencyKey] ?? '');
    if (!verifyWebhook(SECRET, ts, body, sig)) {
      this.badSignatures++;
      res.writeHead(401).end();
      return;
    }
    // Dedupe: a key seen before is acknowledged but not processed again.
    if (!this.processed.has(key)) this.processed.set(key, (JSON.parse(body) as { idempotencyKey: string }).idempotencyKey === key ? 1 : -1);
    res.writeHead(200).end('ok');
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

describe('whitelist: screening, push, answers, browsing', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let worker: INestApplication | null = null;
  const receiver = new Receiver();
  let serial = 0;
  const good: Enterprise[] = [];
  let firmEnt: Enterprise;
  let dishonestEnt: Enterprise;
  let weakEnt: Enterprise;
  let haidianEnt: Enterprise;
  let g60Ent: Enterprise;
  let batch1: Batch;

  async function gql<T>(who: FixtureWho, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await t.gql<T>(query, variables, await f.token(who));
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }
  async function gqlError(who: FixtureWho, query: string, variables: Record<string, unknown> = {}) {
    const res = await t.gql(query, variables, await f.token(who));
    expect(res.errors?.length).toBeGreaterThan(0);
    return res.errors![0];
  }
  const auditCount = async (action: string): Promise<number> =>
    (await t.dataSource.query('select count(*)::int as n from audit_log where action = $1', [action]))[0].n;

  type RegionRef = { id: string; path: string };
  async function enterprise(name: string, region: RegionRef, over: Partial<TestEnterpriseValues> = {}, park?: RegionRef): Promise<Enterprise> {
    return insertTestEnterprise(t.dataSource.manager, {
      name,
      region,
      park,
      foundedOn: '2018-05-01',
      tags: [EnterpriseTag.HIGH_TECH],
      creditRating: CreditRating.AA,
      employees: 80,
      ...over,
    });
  }
  async function patent(owner: Enterprise, valueFen: string | null): Promise<void> {
    const m = t.dataSource.manager;
    const asset = await m.save(
      m.create(IpAsset, { type: IpType.INVENTION_PATENT, number: `CN2023101${String(++serial).padStart(5, '0')}.X`, title: '一种电池管理方法', enterpriseId: owner.id, regionPath: owner.regionPath, legalStatus: LegalStatus.VALID, filedOn: '2023-01-01' }),
    );
    if (valueFen) {
      await m.save(m.create(Valuation, { ipAssetId: asset.id, valuerOrganizationId: f.orgs.valuer.id, method: ValuationMethod.INCOME, valueFen, valuedOn: '2026-01-10', validUntil: '2099-01-01' }));
    }
  }

  async function startWorker(concurrency = 4): Promise<INestApplication> {
    const module = await Test.createTestingModule({
      imports: [PlatformCoreModule.forRoot(t.config), JobWorkerModule.forRoot({ requireAllHandlers: false, concurrency }), WhitelistJobsModule],
    }).compile();
    const app = module.createNestApplication({ logger: false });
    await app.init();
    return app;
  }

  async function counts(pushId: string): Promise<Record<string, number>> {
    const rows = (await t.dataSource.query('select status, count(*)::int as n from whitelist_delivery where push_id = $1 group by status', [pushId])) as { status: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
  async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  /** Sets the first or last delivered chunk of bank2 back to QUEUED, as a run that died before recording it leaves it. */
  async function requeueChunkOfBank2(which: 'first' | 'last'): Promise<{ push_id: string; rows: { id: string; idempotency_key: string }[] }> {
    const [one] = (await t.dataSource.query(
      `select push_id, chunk from whitelist_delivery where bank_organization_id = $1 order by chunk ${which === 'first' ? 'asc' : 'desc'} limit 1`,
      [f.orgs.bank2.id],
    )) as { push_id: string; chunk: number }[];
    const [rows] = (await t.dataSource.query(
      `update whitelist_delivery set status = 'QUEUED', delivered_at = null where push_id = $1 and bank_organization_id = $2 and chunk = $3 returning id, idempotency_key`,
      [one.push_id, f.orgs.bank2.id, one.chunk],
    )) as [{ id: string; idempotency_key: string }[], number];
    return { push_id: one.push_id, rows };
  }
  const batchOf = async (id: string, who: FixtureWho = 'office') => (await gql<{ whitelistBatch: Batch }>(who, BATCH, { id })).whitelistBatch;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, EnterprisesModule, WhitelistModule]);
    f = await createIdentityFixture(t);
    await receiver.start();
    firmEnt = await enterprise('闵行测试科技有限公司', f.regions.minhang, { organizationId: f.orgs.firm.id });
    await patent(firmEnt, '300000000');
    await patent(firmEnt, null);
    for (let i = 0; i < 8; i++) {
      const e = await enterprise(`闵行优质企业${i}`, f.regions.minhang);
      await patent(e, '150000000');
      good.push(e);
    }
    dishonestEnt = await enterprise('闵行失信企业', f.regions.minhang, { dishonest: true });
    weakEnt = await enterprise('闵行初创企业', f.regions.minhang, { tags: [], creditRating: CreditRating.BB, employees: 5 });
    haidianEnt = await enterprise('海淀企业', f.regions.haidian);
    g60Ent = await enterprise('G60园区企业', f.regions.songjiang, { tags: [], employees: 3 }, f.regions.g60);
    await t.dataSource.query(
      `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, created_by_organization_id) values ($1, $2, 500000000, 12, '研发投入', 450, $3)`,
      [firmEnt.id, firmEnt.regionPath, f.orgs.firm.id],
    );
  });

  afterAll(async () => {
    if (worker) await worker.close();
    await receiver.close();
    await t.close();
  });

  describe('screening rules and batches', () => {
    it('refuses to screen before rules exist, and refuses banks and firms', async () => {
      expect((await gqlError('office', RUN)).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_RULE_SET' });
      expect((await gqlError('bank', RUN)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('firm', DEFINE, { input: { minScore: 1, criteria: [{ criterion: 'NO_DISHONESTY', weight: 1, required: true }] } })).extensions?.code).toBe('FORBIDDEN');
    });

    it('rejects a bad threshold with the exact field', async () => {
      const err = await gqlError('office', DEFINE, {
        input: { minScore: 50, criteria: [{ criterion: 'NO_DISHONESTY', weight: 10, required: true }, { criterion: 'MIN_CREDIT_RATING', threshold: 'Z', weight: 10, required: false }] },
      });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.criteria.1.threshold' });
      const weight = await gqlError('office', DEFINE, { input: { minScore: 50, criteria: [{ criterion: 'NO_DISHONESTY', weight: 500, required: true }] } });
      expect(weight.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.criteria.0.weight' });
    });

    it('screens the office’s subtree into a versioned draft with scores and bilingual reasons', async () => {
      const rules = await gql<{ defineScreeningRules: { version: number } }>('office', DEFINE, {
        input: {
          minScore: 60,
          criteria: [
            { criterion: 'NO_DISHONESTY', weight: 20, required: true },
            { criterion: 'MIN_CREDIT_RATING', threshold: 'A', weight: 20, required: false },
            { criterion: 'VALID_INVENTION_PATENTS', threshold: '1', weight: 20, required: false },
            { criterion: 'TOTAL_VALUATION', threshold: '100000000', weight: 20, required: false },
            { criterion: 'TAGS', threshold: 'HIGH_TECH,SPECIALIZED_NEW', weight: 10, required: false },
            { criterion: 'LOCAL_CONTRIBUTION', threshold: '20', weight: 10, required: false },
            { criterion: 'REVENUE_GROWTH', threshold: '1000', weight: 0, required: false },
          ],
        },
      });
      expect(rules.defineScreeningRules.version).toBe(1);
      // The firm reported two recent fiscal years (+12%); a good firm only a year too old to count.
      const year = Number(todayInShanghai().slice(0, 4)) - 1;
      await t.dataSource.query(
        `insert into enterprise_annual_revenue (enterprise_id, year, revenue_fen) values ($1, $2, 1120000000), ($1, $3, 1000000000), ($4, $5, 900000000), ($4, $6, 100000000)`,
        [firmEnt.id, year, year - 1, good[0].id, year - 2, year - 3],
      );
      const run = (await gql<{ runWhitelistScreening: { id: string; version: number; status: string } }>('office', RUN)).runWhitelistScreening;
      expect(run).toMatchObject({ version: 1, status: 'DRAFT' });
      batch1 = await batchOf(run.id);
      const byId = new Map(batch1.entries.map((e) => [e.enterpriseId, e]));
      expect(byId.has(haidianEnt.id)).toBe(false);
      expect(byId.has(g60Ent.id)).toBe(false);
      expect(byId.get(firmEnt.id)).toMatchObject({ score: 100, included: true, nominated: false });
      expect(byId.get(firmEnt.id)!.reasons.find((r) => r.criterion === 'REVENUE_GROWTH')).toMatchObject({ passed: true, value: '1200', threshold: '1000' });
      expect(byId.get(good[0].id)!.reasons.find((r) => r.criterion === 'REVENUE_GROWTH')).toMatchObject({ passed: false, value: null });
      const dishonest = byId.get(dishonestEnt.id)!;
      expect(dishonest.included).toBe(false);
      expect(dishonest.reasons.find((r) => r.criterion === 'NO_DISHONESTY')).toMatchObject({ passed: false, reasonZh: '列入失信被执行人名单' });
      const weak = byId.get(weakEnt.id)!;
      expect(weak).toMatchObject({ included: false, score: 20 });
      expect(weak.reasons.find((r) => r.criterion === 'TOTAL_VALUATION')).toMatchObject({ passed: false, value: '0', threshold: '100000000' });
      expect(weak.reasons.find((r) => r.criterion === 'REVENUE_GROWTH')).toMatchObject({ passed: false, value: null });
      expect(batch1.includedCount).toBe(9);
    });

    it('hands out a batch’s entries a page at a time, in rank order, and refuses an oversized page', async () => {
      const PAGE = `query($id: ID!, $first: Int, $offset: Int) { whitelistBatch(id: $id) { entryCount entries(first: $first, offset: $offset) { enterpriseId } } }`;
      const all = batch1.entries.map((e) => e.enterpriseId);
      const page = async (first: number, offset: number) => (await gql<{ whitelistBatch: { entryCount: number; entries: { enterpriseId: string }[] } }>('office', PAGE, { id: batch1.id, first, offset })).whitelistBatch;
      const [a, b] = [await page(3, 0), await page(3, 3)];
      expect(a.entryCount).toBe(all.length);
      expect([...a.entries, ...b.entries].map((e) => e.enterpriseId)).toEqual(all.slice(0, 6));
      const tooMany = await t.gql(PAGE, { id: batch1.id, first: 101, offset: 0 }, await f.token('office'));
      expect(firstError(tooMany).extensions!.code).toBe('BAD_USER_INPUT');
      const negative = await t.gql(PAGE, { id: batch1.id, first: 10, offset: -1 }, await f.token('office'));
      expect(firstError(negative).extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('lets the office add and remove firms of a draft by hand, audited', async () => {
      const before = await auditCount('addWhitelistFirm');
      const added = await gql<{ addWhitelistFirm: { included: boolean; manualChange: string } }>('office', ADD, { input: { batchId: batch1.id, enterpriseId: weakEnt.id, reason: '园区重点培育企业' } });
      expect(added.addWhitelistFirm).toMatchObject({ included: true, manualChange: 'ADDED' });
      expect(await auditCount('addWhitelistFirm')).toBe(before + 1);
      const removed = await gql<{ removeWhitelistFirm: { included: boolean } }>('office', REMOVE, { input: { batchId: batch1.id, enterpriseId: good[7].id, reason: '企业申请暂缓' } });
      expect(removed.removeWhitelistFirm.included).toBe(false);
      expect(await auditCount('removeWhitelistFirm')).toBe(1);
      expect((await gqlError('office', ADD, { input: { batchId: batch1.id, enterpriseId: haidianEnt.id, reason: 'x' } })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('office', ADD, { input: { batchId: batch1.id, enterpriseId: firmEnt.id, reason: 'x' } })).extensions).toMatchObject({ code: 'CONFLICT' });
      expect((await gqlError('office', ADD, { input: { batchId: batch1.id, enterpriseId: firmEnt.id, reason: '' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    });

    it('keeps other regions’ offices and unknown ids out', async () => {
      expect((await gqlError('office.sj', BATCH, { id: batch1.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('bank', BATCH, { id: batch1.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('office', BATCH, { id: ZERO_ID })).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError('office.sj', PUBLISH, { id: batch1.id })).extensions?.code).toBe('FORBIDDEN');
    });

    it('pushes only published batches, and a published batch never changes', async () => {
      expect((await gqlError('office', PUSH, { id: batch1.id })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'BATCH_NOT_PUBLISHED' });
      const published = await gql<{ publishWhitelistBatch: { status: string } }>('office', PUBLISH, { id: batch1.id });
      expect(published.publishWhitelistBatch.status).toBe('PUBLISHED');
      expect((await gqlError('office', ADD, { input: { batchId: batch1.id, enterpriseId: dishonestEnt.id, reason: '补录' } })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'BATCH_NOT_DRAFT' });
      expect((await gqlError('office', PUBLISH, { id: batch1.id })).extensions?.code).toBe('CONFLICT');
      expect((await gqlError('firm', PUSH, { id: batch1.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('office', PUSH, { id: batch1.id, banks: [f.orgs.valuer.id] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bankIds.0' });
      expect(await auditCount('publishWhitelistBatch')).toBe(1);
    });

    it('lists the office’s own batches newest first, with the banks each may be pushed to', async () => {
      const LIST = `query($after: String) { whitelistBatches(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id version pushableBanks { id name } } } } }`;
      const page = (await gql<{ whitelistBatches: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { id: string; pushableBanks: { id: string }[] } }[] } }>('office', LIST)).whitelistBatches;
      expect(page.totalCount).toBe(1);
      expect(page.edges[0].node.id).toBe(batch1.id);
      const banks = page.edges[0].node.pushableBanks.map((b) => b.id);
      expect(banks).toEqual(expect.arrayContaining([f.orgs.bank.id, f.orgs.bank2.id]));
      expect(banks).not.toContain(f.orgs.valuer.id);
      expect((await gql<{ whitelistBatches: { totalCount: number } }>('office.sj', LIST)).whitelistBatches.totalCount).toBe(0);
      expect((await gqlError('bank', LIST)).extensions?.code).toBe('FORBIDDEN');
    });

    it('merges a park’s nomination into the higher office’s next batch, marked nominated', async () => {
      await gql('park', NOMINATE, { input: { enterpriseId: g60Ent.id, reason: '园区推荐：核心专利产业化' } });
      expect((await gqlError('park', NOMINATE, { input: { enterpriseId: firmEnt.id, reason: '越界' } })).extensions?.code).toBe('FORBIDDEN');
      await gql('office.sj', DEFINE, { input: { minScore: 90, criteria: [{ criterion: 'NO_DISHONESTY', weight: 10, required: true }, { criterion: 'TAGS', threshold: 'HIGH_TECH', weight: 90, required: false }] } });
      const run = (await gql<{ runWhitelistScreening: { id: string } }>('office.sj', RUN)).runWhitelistScreening;
      const sj = await batchOf(run.id, 'office.sj');
      expect(sj.entries).toEqual([expect.objectContaining({ enterpriseId: g60Ent.id, nominated: true, included: true, score: 10 })]);
      const again = (await gql<{ runWhitelistScreening: { id: string } }>('office.sj', RUN)).runWhitelistScreening;
      expect((await batchOf(again.id, 'office.sj')).entries[0]).toMatchObject({ nominated: false, included: false });
    });
  });

  describe('push and delivery', () => {
    it('rejects webhook URLs that are not http(s) or point at a refused address', async () => {
      expect((await gqlError('bank', HOOK, { url: 'ftp://127.0.0.1/x', secret: SECRET })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect((await gqlError('bank', HOOK, { url: 'http://10.0.0.8/hook', secret: SECRET })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect((await gqlError('bank', HOOK, { url: receiver.url, secret: 'short' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'secret' });
      expect((await gqlError('office', HOOK, { url: receiver.url, secret: SECRET })).extensions?.code).toBe('FORBIDDEN');
      await gql('bank', HOOK, { url: receiver.url, secret: SECRET });
    });

    it('(a) delivers every firm once per key while the receiver is down for the first attempts', async () => {
      receiver.failNext = 5;
      const push = (await gql<{ pushWhitelistBatch: { id: string; total: number; perBank: Progress[] } }>('office', PUSH, { id: batch1.id, banks: [f.orgs.bank.id] })).pushWhitelistBatch;
      expect(push.total).toBe(9);
      expect(push.perBank).toEqual([{ bank: { id: f.orgs.bank.id }, queued: 9, delivered: 0, failed: 0, dead: 0 }]);
      worker = await startWorker();
      await waitFor(async () => (await counts(push.id)).DELIVERED === 9, 'all deliveries');
      expect(receiver.failNext).toBe(0);
      expect(receiver.badSignatures).toBe(0);
      const keys = (await t.dataSource.query('select idempotency_key, webhook_attempts from whitelist_delivery where push_id = $1', [push.id])) as { idempotency_key: string; webhook_attempts: number }[];
      expect(keys.every((k) => receiver.processed.get(k.idempotency_key) === 1)).toBe(true);
      expect(keys.reduce((s, k) => s + k.webhook_attempts, 0)).toBe(9 + 5);
      const access = (await t.dataSource.query(`select count(*)::int as n from enterprise_bank_access where bank_organization_id = $1 and reason = 'WHITELIST_PUSH' and source_id = $2`, [f.orgs.bank.id, batch1.id]))[0].n;
      expect(access).toBe(9);
      const progress = (await batchOf(batch1.id)).pushes[0].perBank[0];
      expect(progress).toMatchObject({ queued: 0, delivered: 9, failed: 0, dead: 0, total: 9 });
      const outbox = (await t.dataSource.query(`select count(distinct document_id)::int as n from search_outbox where index_name = 'firms'`))[0].n;
      expect(outbox).toBe(9);
    });

    it('(c) shows a bank only firms pushed to it, with IP summary and open needs; bank2 sees none of them', async () => {
      const page = (await gql<{ whitelistedFirms: { totalCount: number; edges: { node: { id: string; ipSummary: { total: number; validInventionPatents: number; totalLatestValuation: { amountFen: string } }; openNeeds: unknown[]; pushedAt: string | null } }[] } }>('bank', FIRMS, { first: 100 })).whitelistedFirms;
      expect(page.totalCount).toBe(9);
      const mine = page.edges.find((e) => e.node.id === firmEnt.id)!.node;
      expect(mine.ipSummary).toMatchObject({ total: 2, validInventionPatents: 2, totalLatestValuation: { amountFen: '300000000' } });
      expect(mine.openNeeds).toHaveLength(1);
      expect(mine.pushedAt).not.toBeNull();
      expect(page.edges.some((e) => e.node.id === dishonestEnt.id || e.node.id === good[7].id)).toBe(false);

      const paged = (await gql<{ whitelistedFirms: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>('bank', FIRMS, { first: 5 })).whitelistedFirms;
      expect(paged.pageInfo.hasNextPage).toBe(true);
      const next = (await gql<{ whitelistedFirms: { edges: { node: { id: string } }[] } }>('bank', FIRMS, { first: 5, after: paged.pageInfo.endCursor })).whitelistedFirms;
      expect(new Set([...paged.edges, ...next.edges].map((e) => e.node.id)).size).toBe(9);

      const filtered = (await gql<{ whitelistedFirms: { totalCount: number } }>('bank', FIRMS, { filter: { hasOpenNeed: true, minValuation: { amountFen: '200000000' } } })).whitelistedFirms;
      expect(filtered.totalCount).toBe(1);
      expect((await gql<{ whitelistedFirms: { totalCount: number } }>('bank', FIRMS, { filter: { tags: ['SPECIALIZED_NEW'] } })).whitelistedFirms.totalCount).toBe(0);
      expect((await gqlError('bank', FIRMS, { filter: { minValuation: { amountFen: '-1' } } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minValuation.amountFen' });

      expect((await gql<{ whitelistedFirms: { totalCount: number } }>('bank2', FIRMS)).whitelistedFirms.totalCount).toBe(0);
      const ents = await t.gql<{ enterprises: { totalCount: number } }>('query { enterprises { totalCount } }', {}, await f.token('bank2'));
      expect(ents.data?.enterprises.totalCount).toBe(0);
      expect((await gqlError('bank2', 'query($id: ID!) { enterprise(id: $id) { id } }', { id: firmEnt.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('bank2', RESPOND, { input: { enterpriseId: firmEnt.id, status: 'INTERESTED' } })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FIRM_NOT_PUSHED' });
      expect((await gqlError('bank2', BATCH, { id: batch1.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('bank2', RESPONSES, { id: batch1.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('firm', FIRMS)).extensions?.code).toBe('FORBIDDEN');
      expect((await gql<{ whitelistedFirms: { totalCount: number } }>('office', FIRMS)).whitelistedFirms.totalCount).toBe(9);
    });

    it('lets the bank answer, keeps history, shows the office every answer and the firm only shared reasons', async () => {
      expect((await gqlError('bank', RESPOND, { input: { enterpriseId: firmEnt.id, status: 'CREDIT_LINE_OFFERED' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.creditLine' });
      expect((await gqlError('bank', RESPOND, { input: { enterpriseId: firmEnt.id, status: 'DECLINED' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
      expect((await gqlError('bank', RESPOND, { input: { enterpriseId: ZERO_ID, status: 'INTERESTED' } })).extensions?.code).toBe('NOT_FOUND');
      await gql('bank', RESPOND, { input: { enterpriseId: firmEnt.id, status: 'DECLINED', reason: '评估值不足', shareReasonWithFirm: false } });
      let interest = (await gql<{ myWhitelistInterest: { status: string; reason: string | null; creditLine: { amountFen: string } | null }[] }>('firm', INTEREST)).myWhitelistInterest;
      expect(interest).toEqual([expect.objectContaining({ status: 'DECLINED', reason: null })]);
      await gql('bank', RESPOND, { input: { enterpriseId: firmEnt.id, status: 'CREDIT_LINE_OFFERED', creditLine: { amountFen: '300000000' } } });
      await gql('bank', RESPOND, { input: { enterpriseId: good[0].id, status: 'DECLINED', reason: '行业不符', shareReasonWithFirm: true } });
      interest = (await gql<{ myWhitelistInterest: { status: string; reason: string | null; creditLine: { amountFen: string } | null }[] }>('firm', INTEREST)).myWhitelistInterest;
      expect(interest).toEqual([expect.objectContaining({ bank: { id: f.orgs.bank.id, name: '测试银行' }, status: 'CREDIT_LINE_OFFERED', creditLine: { amountFen: '300000000' } })]);

      const latest = (await gql<{ whitelistResponses: { totalCount: number; edges: { node: { enterpriseId: string; status: string; reason: string | null } }[] } }>('office', RESPONSES, { id: batch1.id })).whitelistResponses;
      expect(latest.totalCount).toBe(2);
      expect(latest.edges.find((e) => e.node.enterpriseId === good[0].id)?.node).toMatchObject({ status: 'DECLINED', reason: '行业不符' });
      const history = (await gql<{ whitelistResponses: { totalCount: number } }>('office', RESPONSES, { id: batch1.id, filter: { latestOnly: false, enterpriseId: firmEnt.id } })).whitelistResponses;
      expect(history.totalCount).toBe(2);
      expect((await gql<{ whitelistedFirms: { totalCount: number } }>('bank', FIRMS, { filter: { responseStatus: 'CREDIT_LINE_OFFERED' } })).whitelistedFirms.totalCount).toBe(1);
      expect((await gql<{ whitelistedFirms: { totalCount: number } }>('bank', FIRMS, { filter: { unanswered: true } })).whitelistedFirms.totalCount).toBe(7);
      const one = (await gql<{ whitelistedFirms: { edges: { node: { id: string; myResponse: string } }[] } }>('bank', FIRMS, { filter: { enterpriseId: firmEnt.id } })).whitelistedFirms;
      expect(one.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id: firmEnt.id, myResponse: 'CREDIT_LINE_OFFERED' })]);
      expect((await gql<{ whitelistedFirms: { totalCount: number } }>('bank2', FIRMS, { filter: { enterpriseId: firmEnt.id } })).whitelistedFirms.totalCount).toBe(0);
      expect(await auditCount('respondToWhitelistedFirm')).toBe(3);
    });

    it('dead-letters deliveries after the last retry and re-drives them', async () => {
      const v2 = (await gql<{ runWhitelistScreening: { id: string; version: number } }>('office', RUN)).runWhitelistScreening;
      expect(v2.version).toBe(2);
      await gql('office', PUBLISH, { id: v2.id });
      expect((await batchOf(batch1.id)).status).toBe('SUPERSEDED');
      receiver.failNext = Number.POSITIVE_INFINITY;
      const push = (await gql<{ pushWhitelistBatch: { id: string; total: number } }>('office', PUSH, { id: v2.id, banks: [f.orgs.bank.id] })).pushWhitelistBatch;
      await waitFor(async () => (await counts(push.id)).DEAD === push.total, 'dead letters');
      const progress = (await batchOf(v2.id)).pushes[0].perBank[0];
      expect(progress).toMatchObject({ dead: push.total, delivered: 0 });
      receiver.failNext = 0;
      expect((await gql<{ redriveWhitelistDeliveries: number }>('office', REDRIVE, { id: push.id })).redriveWhitelistDeliveries).toBe(push.total);
      await waitFor(async () => (await counts(push.id)).DELIVERED === push.total, 're-driven deliveries');
      // Every delivery used its 4 attempts, then one more after the re-drive; each key processed once.
      const rows = (await t.dataSource.query('select idempotency_key, webhook_attempts, redrives from whitelist_delivery where push_id = $1', [push.id])) as {
        idempotency_key: string;
        webhook_attempts: number;
        redrives: number;
      }[];
      expect(rows.every((r) => r.webhook_attempts === 5 && r.redrives === 1 && receiver.processed.get(r.idempotency_key) === 1)).toBe(true);
      expect((await gql<{ redriveWhitelistDeliveries: number }>('office', REDRIVE, { id: push.id })).redriveWhitelistDeliveries).toBe(0);
      expect((await gqlError('office.sj', REDRIVE, { id: push.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('office', REDRIVE, { id: ZERO_ID })).extensions?.code).toBe('NOT_FOUND');
    });

    it('(b) loses nothing and delivers nothing twice when the worker is killed mid-push', async () => {
      await gql('bank2', HOOK, { url: receiver.url, secret: SECRET });
      await worker!.close();
      worker = null;
      const v2 = (await t.dataSource.query(`select id from whitelist_batch where status = 'PUBLISHED' and office_organization_id = $1`, [f.orgs.office.id]))[0].id as string;
      const push = (await gql<{ pushWhitelistBatch: { id: string; total: number } }>('office', PUSH, { id: v2, banks: [f.orgs.bank2.id] })).pushWhitelistBatch;
      expect(push.total).toBeGreaterThan(4);
      const queue = t.app.get(JobQueue).queue(QueueName.WHITELIST);
      receiver.delayMs = 150;
      worker = await startWorker(1);
      // Stop (gracefully, as on SIGTERM) while a chunk job is running and others wait.
      await waitFor(async () => ((await counts(push.id)).DELIVERED ?? 0) >= 2 && (await queue.getActiveCount()) > 0, 'some deliveries and a chunk in flight');
      await worker.close();
      worker = null;
      const midway = (await counts(push.id)).DELIVERED ?? 0;
      expect(midway).toBeLessThan(push.total);
      expect(await queue.getWaitingCount()).toBeGreaterThan(0);
      receiver.delayMs = 0;
      worker = await startWorker();
      await waitFor(async () => (await counts(push.id)).DELIVERED === push.total, 'the rest after restart');
      const rows = (await t.dataSource.query('select idempotency_key from whitelist_delivery where push_id = $1', [push.id])) as { idempotency_key: string }[];
      expect(rows).toHaveLength(push.total);
      expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(push.total);
      expect(rows.every((r) => receiver.processed.get(r.idempotency_key) === 1)).toBe(true);
      const access = (await t.dataSource.query(`select count(*)::int as n from enterprise_bank_access where bank_organization_id = $1 and reason = 'WHITELIST_PUSH'`, [f.orgs.bank2.id]))[0].n;
      expect(access).toBe(push.total);
      expect((await gql<{ whitelistedFirms: { totalCount: number } }>('bank2', FIRMS)).whitelistedFirms.totalCount).toBe(push.total);
    });

    it('(b) a chunk run again after dying between its webhooks and recording them writes nothing twice', async () => {
      // A hard kill (no graceful close) after the POSTs and before the final update leaves the rows
      // not DELIVERED; BullMQ's stalled-job check runs the chunk again. Replay that second run.
      const { push_id: pushId, rows: rowsOfChunk } = await requeueChunkOfBank2('first');
      const outboxBefore = (await t.dataSource.query(`select count(*)::int as n from search_outbox`))[0].n;
      const requestsBefore = receiver.requests;
      expect(await worker!.get(WhitelistPushService).deliverChunk(rowsOfChunk[0].id, 1)).toEqual({ sent: rowsOfChunk.length, failed: 0, stopped: false });
      expect(receiver.requests - requestsBefore).toBe(rowsOfChunk.length);
      expect(rowsOfChunk.every((r) => receiver.processed.get(r.idempotency_key) === 1)).toBe(true);
      expect((await t.dataSource.query(`select count(*)::int as n from search_outbox`))[0].n).toBe(outboxBefore);
      const access = (await t.dataSource.query(`select count(*)::int as n from enterprise_bank_access where bank_organization_id = $1 and reason = 'WHITELIST_PUSH'`, [f.orgs.bank2.id]))[0].n;
      expect(access).toBe((await counts(pushId)).DELIVERED);
      // A third run finds nothing left to send.
      expect(await worker!.get(WhitelistPushService).deliverChunk(rowsOfChunk[0].id, 1)).toEqual({ sent: 0, failed: 0, stopped: false });
    });

    it('sends no further webhook of a chunk once its worker stops, records what went out, and leaves the rest', async () => {
      const { rows } = await requeueChunkOfBank2('first');
      expect(rows).toHaveLength(2);
      // One webhook at a time, so the worker stops with the first in flight and the second not sent.
      process.env.WHITELIST_WEBHOOK_CONCURRENCY = '1';
      const stopping = await startWorker(1);
      process.env.WHITELIST_WEBHOOK_CONCURRENCY = '2';
      receiver.delayMs = 300;
      const requestsBefore = receiver.requests;
      try {
        const run = stopping.get(WhitelistPushService).deliverChunk(rows[0].id, 1);
        await waitFor(async () => receiver.requests > requestsBefore, 'the first webhook');
        const closed = stopping.close();
        expect(await run).toEqual({ sent: 1, failed: 0, stopped: true });
        await closed;
      } finally {
        receiver.delayMs = 0;
      }
      expect(receiver.requests - requestsBefore).toBe(1);
      const states = (await t.dataSource.query(`select status from whitelist_delivery where id = any($1::uuid[]) order by status`, [rows.map((r) => r.id)])) as { status: string }[];
      expect(states.map((r) => r.status)).toEqual(['QUEUED', 'DELIVERED']);
      expect(await worker!.get(WhitelistPushService).deliverChunk(rows[0].id, 1)).toEqual({ sent: 1, failed: 0, stopped: false });
      expect(rows.every((r) => receiver.processed.get(r.idempotency_key) === 1)).toBe(true);
    });

    it('fails a delivery whose bank does not answer within the timeout, and sends it again on the next run', async () => {
      const { rows } = await requeueChunkOfBank2('last');
      const pushes = worker!.get(WhitelistPushService);
      receiver.delayMs = 2600; // WHITELIST_WEBHOOK_TIMEOUT_MS is 2000
      try {
        await expect(pushes.deliverChunk(rows[0].id, 1)).rejects.toThrow(`${rows.length} of ${rows.length} webhooks failed (first: webhook timed out after 2000 ms)`);
      } finally {
        receiver.delayMs = 0;
      }
      const failed = (await t.dataSource.query(`select status, last_error from whitelist_delivery where id = any($1::uuid[])`, [rows.map((r) => r.id)])) as { status: string; last_error: string }[];
      expect(failed).toEqual(rows.map(() => ({ status: 'FAILED', last_error: 'webhook timed out after 2000 ms' })));
      expect(await pushes.deliverChunk(rows[0].id, 2)).toEqual({ sent: rows.length, failed: 0, stopped: false });
      expect(rows.every((r) => receiver.processed.get(r.idempotency_key) === 1)).toBe(true);
    });

    it('ends a bank’s push access when a superseding batch drops the firm, tells the bank and audits it', async () => {
      const ENTERPRISE = 'query($id: ID!) { enterprise(id: $id) { id name } }';
      expect((await gql<{ enterprise: { id: string } }>('bank', ENTERPRISE, { id: firmEnt.id })).enterprise.id).toBe(firmEnt.id);
      const revokedBefore = await auditCount('revokeBankAccess');
      const draft = (await gql<{ runWhitelistScreening: { id: string } }>('office', RUN)).runWhitelistScreening;
      await gql('office', REMOVE, { input: { batchId: draft.id, enterpriseId: firmEnt.id, reason: '信用记录待核实' } });
      await gql('office', PUBLISH, { id: draft.id });

      expect((await gqlError('bank', ENTERPRISE, { id: firmEnt.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError('bank', RESPOND, { input: { enterpriseId: firmEnt.id, status: 'INTERESTED' } })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FIRM_NOT_PUSHED' });
      // Firms still on the new batch keep their access.
      expect((await gql<{ enterprise: { id: string } }>('bank', ENTERPRISE, { id: good[0].id })).enterprise.id).toBe(good[0].id);
      const inbox = (
        await gql<{ bankAccessRevocations: { totalCount: number; edges: { node: { enterpriseId: string; enterpriseName: string; grantReason: string; reason: string; causeId: string } }[] } }>(
          'bank',
          '{ bankAccessRevocations(first: 10) { totalCount edges { node { enterpriseId enterpriseName grantReason reason causeId } } } }',
        )
      ).bankAccessRevocations;
      expect(inbox.edges.map((e) => e.node)).toContainEqual({
        enterpriseId: firmEnt.id,
        enterpriseName: firmEnt.name,
        grantReason: 'WHITELIST_PUSH',
        reason: 'DROPPED_FROM_WHITELIST',
        causeId: draft.id,
      });
      // No firm the new batch includes lost its access (an earlier batch's publish may have revoked others).
      const included = (await t.dataSource.query('select enterprise_id from whitelist_entry where batch_id = $1 and included', [draft.id])) as { enterprise_id: string }[];
      const kept = new Set(included.map((r) => r.enterprise_id));
      expect(inbox.edges.filter((e) => e.node.causeId === draft.id && kept.has(e.node.enterpriseId))).toEqual([]);
      expect((await gqlError('firm', '{ bankAccessRevocations { totalCount } }')).extensions?.code).toBe('FORBIDDEN');
      // One audit row per revocation, of every bank the publish touched.
      const [{ n }] = (await t.dataSource.query('select count(*)::int as n from bank_access_revocation where cause_id = $1', [draft.id])) as { n: number }[];
      expect(await auditCount('revokeBankAccess')).toBe(revokedBefore + n);
    });
  });
});
