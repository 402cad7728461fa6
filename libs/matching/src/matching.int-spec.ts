import { BankAccessReason, CreditRating, EnterprisesModule, EnterpriseTag } from '@zhirong/enterprises';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { IdentityModule } from '@zhirong/identity';
import { IpAssetsModule, IpType } from '@zhirong/ip-assets';
import { JobOutbox, JobWorkerModule } from '@zhirong/jobs';
import { createIdentityFixture, createTestApp, FixtureWho, GraphQLResult, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { ProductsModule } from '@zhirong/products';
import { MatchingJobsModule, MatchingModule } from './matching.module';
import { MatchService, READ_RECOMPUTE_LIMIT } from './match.service';

const NODE = `need { id amount { amountFen } termMonths } product { id name bankId bankName } eligible score failedCriteria
  checks { criterion passed detail detailEn } hints computedAt`;
const FOR_NEED = `query($needId: ID!, $first: Int, $after: String, $eligibleOnly: Boolean) {
  matchesForNeed(needId: $needId, first: $first, after: $after, eligibleOnly: $eligibleOnly) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NODE} } } } }`;
const FOR_PRODUCT = `query($productId: ID!, $eligibleOnly: Boolean) {
  matchesForProduct(productId: $productId, eligibleOnly: $eligibleOnly) { totalCount edges { node { ${NODE} } } } }`;
const EXPLAIN = `query($needId: ID!, $productId: ID!) { explainMatch(needId: $needId, productId: $productId) { ${NODE} } }`;

interface MatchNode {
  need: { id: string; amount: { amountFen: string }; termMonths: number };
  product: { id: string; name: string; bankId: string; bankName: string };
  eligible: boolean;
  score: number;
  failedCriteria: string[];
  checks: { criterion: string; passed: boolean; detail: string; detailEn: string }[];
  hints: string[];
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: MatchNode }[];
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('matching over GraphQL', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let serial = 0;
  const ids = { need: '', haidianNeed: '', eligible: '', guarantee: '', pricey: '', bank2Product: '', firm: '' };

  const q = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await t.dataSource.query(sql, params)) as T[];
  const one = async (sql: string, params: unknown[]): Promise<string> => (await q<{ id: string }>(sql, params))[0].id;

  async function enterprise(name: string, region: { id: string; path: string }, organizationId: string | null): Promise<string> {
    const firm = await insertTestEnterprise(t.dataSource.manager, { name, region, organizationId, foundedOn: '2015-03-01', tags: [EnterpriseTag.HIGH_TECH], creditRating: CreditRating.AA });
    return firm.id;
  }

  /** A bundle of one invention patent valued `valueFen`, and an open need for `amountFen` over 12 months. */
  async function needWithBundle(enterpriseId: string, regionPath: string, valueFen: string, amountFen: string, createdBy: string): Promise<string> {
    const assetId = await one(
      `insert into ip_asset (type, number, title, enterprise_id, region_path, expires_on, implemented)
       values ('INVENTION_PATENT', $1, '一种锂电池极片', $2, $3, '2040-01-01', true) returning id`,
      [`CN2023101234${String(++serial).padStart(2, '0')}.X`, enterpriseId, regionPath],
    );
    await q(
      `insert into valuation (ip_asset_id, valuer_organization_id, method, value_fen, valued_on, valid_until)
       values ($1, $2, 'INCOME', $3, current_date - 30, current_date + 335)`,
      [assetId, f.orgs.valuer.id, valueFen],
    );
    const bundleId = await one(`insert into pledge_bundle (enterprise_id, name) values ($1, '专利组合') returning id`, [enterpriseId]);
    await q('insert into pledge_bundle_asset (bundle_id, ip_asset_id) values ($1, $2)', [bundleId, assetId]);
    return one(
      `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, bundle_id, created_by_organization_id)
       values ($1, $2, $3, 12, '研发投入', 500, $4, $5) returning id`,
      [enterpriseId, regionPath, amountFen, bundleId, createdBy],
    );
  }

  async function product(bankId: string, name: string, over: { minRateBp?: number; guaranteeRequired?: boolean; pledgeRateBp?: number } = {}): Promise<string> {
    return one(
      `insert into loan_product (bank_organization_id, name, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp,
         accepted_ip_types, pledge_rates, guarantee_required, active_from)
       values ($1, $2, 100000000, 1000000000, 6, 36, $3, 600, '{INVENTION_PATENT}', $4, $5, current_date - 10) returning id`,
      [bankId, name, over.minRateBp ?? 400, JSON.stringify({ [IpType.INVENTION_PATENT]: over.pledgeRateBp ?? 3000 }), over.guaranteeRequired ?? false],
    );
  }

  async function forNeed(who: FixtureWho, variables: Record<string, unknown>): Promise<GraphQLResult<{ matchesForNeed: Page }>> {
    return t.gql<{ matchesForNeed: Page }>(FOR_NEED, variables, await f.token(who));
  }
  const code = (res: GraphQLResult<unknown>) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await createTestApp([
      IdentityModule,
      EnterprisesModule,
      IpAssetsModule,
      ProductsModule,
      MatchingModule,
      MatchingJobsModule,
      JobWorkerModule.forRoot({ requireAllHandlers: false }),
    ]);
    f = await createIdentityFixture(t);
    ids.firm = await enterprise('闵行测试科技有限公司', f.regions.minhang, f.orgs.firm.id);
    const haidian = await enterprise('海淀测试科技有限公司', f.regions.haidian, f.orgs.firm2.id);
    // ¥3,000,000 against a ¥10,000,000 patent.
    ids.need = await needWithBundle(ids.firm, f.regions.minhang.path, '1000000000', '300000000', f.orgs.firm.id);
    ids.haidianNeed = await needWithBundle(haidian, f.regions.haidian.path, '1000000000', '300000000', f.orgs.firm2.id);
    ids.eligible = await product(f.orgs.bank.id, '知识产权质押贷（优惠）', { minRateBp: 380 });
    ids.guarantee = await product(f.orgs.bank.id, '担保增信贷', { guaranteeRequired: true });
    // 20% of ¥10,000,000 = ¥2,000,000 < ¥3,000,000.
    ids.pricey = await product(f.orgs.bank.id, '专利快贷', { pledgeRateBp: 2000 });
    ids.bank2Product = await product(f.orgs.bank2.id, '科创贷', { minRateBp: 450 });
  });

  afterAll(() => t.close());

  it('shows a firm its need’s matches, eligible first and by score, with checks and computed hints', async () => {
    const res = await forNeed('firm', { needId: ids.need });
    expect(res.errors).toBeUndefined();
    const page = res.data!.matchesForNeed;
    expect(page.totalCount).toBe(4);
    const nodes = page.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.product.id, n.eligible])).toEqual([
      [ids.eligible, true],
      [ids.bank2Product, true],
      // Near misses after, each failing one check.
      ...nodes.slice(2).map((n) => [n.product.id, false]),
    ]);
    expect(nodes[0].score).toBeGreaterThan(nodes[1].score);
    expect(nodes[0]).toMatchObject({ need: { id: ids.need, amount: { amountFen: '300000000' }, termMonths: 12 }, product: { name: '知识产权质押贷（优惠）', bankName: '测试银行' }, hints: [] });
    expect(nodes[0].checks).toHaveLength(17);
    const guarantee = nodes.find((n) => n.product.id === ids.guarantee)!;
    expect(guarantee.failedCriteria).toEqual(['GUARANTEE']);
    expect(guarantee.hints).toEqual(['增加担保 (add a guarantee)']);
    const pricey = nodes.find((n) => n.product.id === ids.pricey)!;
    expect(pricey.failedCriteria).toEqual(['PLEDGE_RATE']);
    expect(pricey.hints).toEqual([
      '质押组合评估价值至少需要 ¥15,000,000 (a valuation of at least ¥15,000,000 for the bundle)',
      '将金额降至 ¥2,000,000 (reduce the amount to ¥2,000,000)',
    ]);
    expect(pricey.checks.find((c) => c.criterion === 'PLEDGE_RATE')).toMatchObject({ passed: false, detail: expect.stringContaining('¥2,000,000') });
  });

  it('filters eligible only and pages with cursors', async () => {
    const eligible = (await forNeed('firm', { needId: ids.need, eligibleOnly: true })).data!.matchesForNeed;
    expect(eligible.totalCount).toBe(2);
    expect(eligible.edges.every((e) => e.node.eligible)).toBe(true);
    const first = (await forNeed('firm', { needId: ids.need, first: 3 })).data!.matchesForNeed;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await forNeed('firm', { needId: ids.need, first: 3, after: first.pageInfo.endCursor })).data!.matchesForNeed;
    expect(rest.edges).toHaveLength(1);
    expect(new Set([...first.edges, ...rest.edges].map((e) => e.node.product.id)).size).toBe(4);
  });

  it('lets offices and windows of the need’s region see it, not others; a firm only its own', async () => {
    expect((await forNeed('office', { needId: ids.need })).data?.matchesForNeed.totalCount).toBe(4);
    expect((await forNeed('window', { needId: ids.need })).data?.matchesForNeed.totalCount).toBe(4);
    expect((await forNeed('admin', { needId: ids.need })).data?.matchesForNeed.totalCount).toBe(4);
    expect(code(await forNeed('office.bj', { needId: ids.need }))).toBe('FORBIDDEN');
    expect(code(await forNeed('firm2', { needId: ids.need }))).toBe('FORBIDDEN');
    expect(code(await forNeed('bank', { needId: ids.need }))).toBe('FORBIDDEN');
    expect(code(await forNeed('firm', { needId: UNKNOWN }))).toBe('NOT_FOUND');
  });

  it('shows a bank the matching needs of firms it may see only (pushed, applied, consent); an office the needs of its region', async () => {
    // Two needs match the bank's product, but no firm was pushed to it: it learns of neither.
    const none = await t.gql<{ matchesForProduct: Page }>(FOR_PRODUCT, { productId: ids.eligible }, await f.token('bank'));
    expect(none.errors).toBeUndefined();
    expect(none.data!.matchesForProduct.edges).toEqual([]);
    await q('insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason) values ($1, $2, $3)', [ids.firm, f.orgs.bank.id, BankAccessReason.WHITELIST_PUSH]);
    const mine = await t.gql<{ matchesForProduct: Page }>(FOR_PRODUCT, { productId: ids.eligible }, await f.token('bank'));
    expect(mine.data!.matchesForProduct.edges.map((e) => e.node.need.id)).toEqual([ids.need]);
    await q('delete from enterprise_bank_access where enterprise_id = $1 and bank_organization_id = $2', [ids.firm, f.orgs.bank.id]);
    const other = await t.gql<{ matchesForProduct: Page }>(FOR_PRODUCT, { productId: ids.eligible }, await f.token('bank2'));
    expect(code(other)).toBe('FORBIDDEN');
    const office = await t.gql<{ matchesForProduct: Page }>(FOR_PRODUCT, { productId: ids.eligible }, await f.token('office'));
    expect(office.data!.matchesForProduct.edges.map((e) => e.node.need.id)).toEqual([ids.need]);
    expect(code(await t.gql(FOR_PRODUCT, { productId: UNKNOWN }, await f.token('admin')))).toBe('NOT_FOUND');
  });

  it('explains one pair live; unknown ids are NOT_FOUND', async () => {
    const res = await t.gql<{ explainMatch: MatchNode }>(EXPLAIN, { needId: ids.need, productId: ids.guarantee }, await f.token('firm'));
    expect(res.data!.explainMatch).toMatchObject({ eligible: false, failedCriteria: ['GUARANTEE'], hints: ['增加担保 (add a guarantee)'] });
    expect(code(await t.gql(EXPLAIN, { needId: UNKNOWN, productId: ids.guarantee }, await f.token('admin')))).toBe('NOT_FOUND');
    expect(code(await t.gql(EXPLAIN, { needId: ids.need, productId: UNKNOWN }, await f.token('admin')))).toBe('NOT_FOUND');
    expect(code(await t.gql(EXPLAIN, { needId: ids.need, productId: ids.guarantee }, await f.token('firm2')))).toBe('FORBIDDEN');
    // A bank explains its product against a firm pushed to it, not against others.
    expect(code(await t.gql(EXPLAIN, { needId: ids.need, productId: ids.guarantee }, await f.token('bank')))).toBe('FORBIDDEN');
    await q('insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason) values ($1, $2, $3)', [ids.firm, f.orgs.bank.id, BankAccessReason.WHITELIST_PUSH]);
    expect((await t.gql<{ explainMatch: MatchNode }>(EXPLAIN, { needId: ids.need, productId: ids.guarantee }, await f.token('bank'))).data?.explainMatch.eligible).toBe(false);
  });

  it('names the product’s regions in words in its checks and hints', async () => {
    const elsewhere = await product(f.orgs.bank.id, '海淀科创贷');
    await q('update loan_product set region_paths = $2 where id = $1', [elsewhere, [f.regions.haidian.path]]);
    const res = await t.gql<{ explainMatch: MatchNode }>(EXPLAIN, { needId: ids.need, productId: elsewhere }, await f.token('firm'));
    expect(res.data!.explainMatch.failedCriteria).toEqual(['REGION']);
    const region = res.data!.explainMatch.checks.find((c) => c.criterion === 'REGION')!;
    expect(region.detail).toContain(`企业所在地区 ${f.regions.shanghai.name}${f.regions.minhang.name}`);
    expect(res.data!.explainMatch.hints[0]).toContain(`产品仅面向 ${f.regions.beijing.name}${f.regions.haidian.name} 的企业`);
    expect(JSON.stringify(res.data)).not.toContain(f.regions.haidian.path);
  });

  it('never serves matches older than a change: a read after an edit recomputes first', async () => {
    // The guarantee becomes acceptable: the guarantee product turns eligible at once.
    await q('update financing_need set guarantee_acceptable = true, updated_at = now() where id = $1', [ids.need]);
    const page = (await forNeed('firm', { needId: ids.need, eligibleOnly: true })).data!.matchesForNeed;
    expect(page.edges.map((e) => e.node.product.id)).toContain(ids.guarantee);
    // A product edit counts too (its cache is keyed by the library's max(updated_at)).
    await q('update loan_product set min_rate_bp = 520, updated_at = now() where id = $1', [ids.bank2Product]);
    await new Promise((r) => setTimeout(r, 2_100));
    const after = (await forNeed('firm', { needId: ids.need })).data!.matchesForNeed;
    expect(after.edges.find((e) => e.node.product.id === ids.bank2Product)?.node.failedCriteria).toEqual(['RATE']);
  });

  it('recomputes a need in the worker when the job outbox says it changed, once for a burst', async () => {
    const service = t.module.get(MatchService);
    await service.recomputeNeed(ids.haidianNeed);
    const [before] = await q<{ computed_at: Date }>('select computed_at from match_need_state where need_id = $1', [ids.haidianNeed]);
    // Twice in one transaction, as a mutation writing two changes would: one job.
    await t.dataSource.transaction(async (m) => {
      await q('update financing_need set amount_fen = 50000000, updated_at = now() where id = $1', [ids.haidianNeed]);
      await t.module.get(JobOutbox).matchingChanged(m, { needId: ids.haidianNeed });
      await t.module.get(JobOutbox).matchingChanged(m, { needId: ids.haidianNeed });
    });
    let rows: { eligible: boolean; failed_criteria: string[] }[] = [];
    for (let i = 0; i < 100; i++) {
      const [state] = await q<{ computed_at: Date }>('select computed_at from match_need_state where need_id = $1', [ids.haidianNeed]);
      if (state.computed_at > before.computed_at) {
        rows = await q('select eligible, failed_criteria from match where need_id = $1', [ids.haidianNeed]);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    // ¥500,000 is below every product's ¥1,000,000 minimum.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => !r.eligible && r.failed_criteria.includes('AMOUNT_RANGE'))).toBe(true);
    const sent = await q<{ sent_as: string }>(`select distinct sent_as from job_outbox where payload->>'needId' = $1`, [ids.haidianNeed]);
    expect(sent).toHaveLength(1);
  });

  it('lets concurrent recomputes of one need, its firm and a product queue instead of colliding or deadlocking', async () => {
    const service = t.module.get(MatchService);
    const runs = [
      ...Array.from({ length: 4 }, () => service.recomputeNeed(ids.need)),
      service.recomputeEnterprises([ids.firm]),
      service.recomputeProduct(ids.eligible),
      service.recomputeProduct(ids.guarantee),
      service.recomputeNeeds([ids.need, ids.haidianNeed]),
    ];
    const results = await Promise.allSettled(runs);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const [{ n }] = await q<{ n: number }>('select count(*)::int as n from match where need_id = $1', [ids.need]);
    const [{ stored }] = await q<{ stored: number }>('select stored_pairs as stored from match_need_state where need_id = $1', [ids.need]);
    expect(n).toBe(stored);
  });

  it('recomputes at most a few unseen needs inside a read, and says when the rest is still refreshing', async () => {
    const firm = await enterprise('闵行批量科技有限公司', f.regions.minhang, null);
    for (let i = 0; i < READ_RECOMPUTE_LIMIT + 5; i++) await needWithBundle(firm, f.regions.minhang.path, '1000000000', '300000000', f.orgs.office.id);
    const res = await t.gql<{ matchesForProduct: { refreshing: boolean; totalCount: number } }>(
      'query($productId: ID!) { matchesForProduct(productId: $productId) { refreshing totalCount } }',
      { productId: ids.eligible },
      await f.token('admin'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.matchesForProduct.refreshing).toBe(true);
    const [{ unseen }] = await q<{ unseen: number }>(
      `select count(*)::int as unseen from financing_need n where n.enterprise_id = $1 and not exists (select 1 from match_need_state s where s.need_id = n.id)`,
      [firm],
    );
    expect(unseen).toBe(5);
  });
});
