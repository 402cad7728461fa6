// `npm run bench -- matching`: (a) one need against every product through the API,
// (b) a full recompute of every need × product pair against a naive per-pair SQL baseline.
import { AccessService } from '@zhirong/access';
import { Test } from '@nestjs/testing';
import { loadConfig, todayInShanghai } from '@zhirong/core';
import { IdentityModule } from '@zhirong/identity';
import { evaluate, MatchFactsRepository, MatchingModule, MatchService } from '@zhirong/matching';
import { configureHttpApp, PlatformCoreModule, platformGraphQLModule } from '@zhirong/platform';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { benchDatabase, fmt, percentiles, printTable, timed } from './support';

export const description = 'one need vs all products over GraphQL (p50/p95), full recompute vs per-pair SQL baseline';

const SCALE = 100_000;
const API_NEEDS = 200;
const BASELINE_PAIRS = 2_000;
const QUERY = `query($needId: ID!) { matchesForNeed(needId: $needId, first: 20) {
  totalCount edges { node { eligible score failedCriteria product { id name bankName } hints } } } }`;

/** The naive way: for each pair, load its facts with SQL, evaluate, and write the row, one pair at a time. */
async function baseline(dataSource: DataSource, pairs: { needId: string; productId: string }[]): Promise<number> {
  const facts = new MatchFactsRepository(dataSource);
  const today = todayInShanghai();
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  try {
    await qr.query('CREATE TEMP TABLE IF NOT EXISTS match_baseline (LIKE match INCLUDING ALL)');
    const start = process.hrtime.bigint();
    for (const pair of pairs) {
      const [[need], [product]] = [await facts.needsByIds([pair.needId], today), await facts.productsByIds([pair.productId])];
      const r = evaluate(need, product, today);
      const failed = r.checks.filter((c) => !c.passed).map((c) => c.criterion);
      if (failed.length <= 2) {
        await qr.query(
          `INSERT INTO match_baseline (need_id, product_id, eligible, score, failed_criteria, computed_at) VALUES ($1, $2, $3, $4, $5, now())
           ON CONFLICT (need_id, product_id) DO UPDATE SET eligible = EXCLUDED.eligible, score = EXCLUDED.score, failed_criteria = EXCLUDED.failed_criteria`,
          [pair.needId, pair.productId, r.eligible, r.score, failed],
        );
      }
    }
    return Number(process.hrtime.bigint() - start) / 1e6;
  } finally {
    await qr.release();
  }
}

export async function run(): Promise<void> {
  const { url, dataSource } = await benchDatabase(SCALE);
  const service = new MatchService(dataSource, new MatchFactsRepository(dataSource), new AccessService(dataSource));

  // (b) Full recompute, every open need × every active product.
  console.log('\n(b) full recompute …');
  const full = await timed(() => service.recomputeAll());
  const stats = full.value;
  const fullRate = stats.pairs / (full.ms / 1000);

  const needIds = (await dataSource.query<{ id: string }[]>(`SELECT id FROM financing_need WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT $1`, [API_NEEDS])).map((r) => r.id);
  const productIds = (await dataSource.query<{ id: string }[]>(`SELECT id FROM loan_product WHERE status = 'ACTIVE' ORDER BY md5(id::text) LIMIT $1`, [BASELINE_PAIRS / 20])).map((r) => r.id);
  const pairs = needIds.slice(0, 20).flatMap((needId) => productIds.map((productId) => ({ needId, productId })));
  console.log(`baseline: ${pairs.length} pairs one by one …`);
  const baseMs = await baseline(dataSource, pairs);
  const baseRate = pairs.length / (baseMs / 1000);

  printTable('(b) recompute throughput', [
    { run: 'full recompute (bulk facts, in-memory screen, COPY)', pairs: stats.pairs, time: fmt(full.ms), 'pairs/s': Math.round(fullRate), stored: stats.stored, eligible: stats.eligible },
    { run: 'naive baseline (SQL per pair)', pairs: pairs.length, time: fmt(baseMs), 'pairs/s': Math.round(baseRate), stored: '-', eligible: '-' },
  ]);
  console.log(`ratio: ${(fullRate / baseRate).toFixed(0)}× the baseline's per-pair throughput (target ≥ 20×)`);

  // (a) The API in process on the bench database, as the platform admin.
  process.env.DATABASE_URL = url;
  const config = loadConfig();
  const module = await Test.createTestingModule({ imports: [PlatformCoreModule.forRoot(config), platformGraphQLModule(config), IdentityModule, MatchingModule] }).compile();
  const app = configureHttpApp(module.createNestApplication({ logger: false }));
  await app.init();
  try {
    const server = app.getHttpServer();
    const login = await request(server)
      .post('/graphql')
      .send({ query: 'mutation { login(input: { email: "admin@zhirong.test", password: "zhirong-demo-2026" }) { accessToken } }' });
    const token = (login.body as { data?: { login?: { accessToken: string } } }).data?.login?.accessToken;
    if (!token) throw new Error(`bench admin login failed: ${JSON.stringify(login.body)}`);
    const ask = async (needId: string) => {
      const res = await request(server).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: QUERY, variables: { needId } });
      const body = res.body as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    for (const id of needIds.slice(0, 10)) await ask(id);
    const samples: number[] = [];
    for (const id of needIds) samples.push((await timed(() => ask(id))).ms);
    const p = percentiles(samples);
    printTable('(a) matchesForNeed over GraphQL (first 20, ranked, with hints)', [
      { needs: p.n, products: stats.products, p50: fmt(p.p50), p95: fmt(p.p95), p99: fmt(p.p99), mean: fmt(p.mean), 'target p95': '< 50 ms' },
    ]);
  } finally {
    await app.close();
    await dataSource.destroy();
  }
}
