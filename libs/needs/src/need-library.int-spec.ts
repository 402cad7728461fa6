import { EnterprisesModule, EnterpriseTag } from '@zhirong/enterprises';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { IdentityModule } from '@zhirong/identity';
import { IpAssetsModule } from '@zhirong/ip-assets';
import { MatchingModule, MatchService } from '@zhirong/matching';
import { createIdentityFixture, createTestApp, FixtureWho, GraphQLResult, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { ProductsModule } from '@zhirong/products';
import { WhitelistModule } from '@zhirong/whitelist';
import { NeedsModule } from './needs.module';

const LIBRARY = `query($filter: NeedLibraryFilter) { needLibrary(first: 20, filter: $filter) { totalCount edges { node {
  id amount { amountFen } termMonths maxRateBp ipTypes assetCount guaranteeAcceptable insuranceAcceptable industrySection industrySectionName cityRegionId cityName publishedAt
  match { productId productName eligible score checks { criterion passed } }
  myInterest { id status } } } } }`;
const INTEREST = 'id needId bankId bankName productId productName message status responseNote respondedAt closedAt';

interface LibraryNode {
  id: string;
  amount: { amountFen: string };
  ipTypes: string[];
  cityName: string;
  industrySection: string;
  match: { productId: string; eligible: boolean; checks: { criterion: string; passed: boolean }[] } | null;
  myInterest: { id: string; status: string } | null;
}
interface Interest {
  id: string;
  needId: string;
  bankName: string;
  productId: string;
  status: string;
  message: string | null;
}

describe('the need library: published needs reach banks anonymised, and consent opens the firm', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let serial = 0;
  const ids = { firm: '', need: '', need2: '', product: '', pricey: '', bank2Product: '' };
  const firmName = '闵行需求库科技有限公司';
  let creditCode = '';

  const q = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await t.dataSource.query(sql, params)) as T[];
  const one = async (sql: string, params: unknown[]): Promise<string> => (await q<{ id: string }>(sql, params))[0].id;
  const gql = async <T>(who: FixtureWho, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> => t.gql<T>(query, variables, await f.token(who));
  const code = (res: GraphQLResult<unknown>) => res.errors?.[0]?.extensions?.code;
  const data = <T>(res: GraphQLResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  async function needWithBundle(purpose: string): Promise<string> {
    const assetId = await one(
      `insert into ip_asset (type, number, title, enterprise_id, region_path, expires_on, implemented)
       values ('INVENTION_PATENT', $1, '一种固态电池电解质', $2, $3, '2040-01-01', true) returning id`,
      [`CN2024105678${String(++serial).padStart(2, '0')}.X`, ids.firm, f.regions.minhang.path],
    );
    await q(`insert into valuation (ip_asset_id, valuer_organization_id, method, value_fen, valued_on, valid_until) values ($1, $2, 'INCOME', 1000000000, current_date - 30, current_date + 335)`, [
      assetId,
      f.orgs.valuer.id,
    ]);
    const bundleId = await one(`insert into pledge_bundle (enterprise_id, name) values ($1, '专利组合') returning id`, [ids.firm]);
    await q('insert into pledge_bundle_asset (bundle_id, ip_asset_id) values ($1, $2)', [bundleId, assetId]);
    return one(
      `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, bundle_id, created_by_organization_id)
       values ($1, $2, 300000000, 12, $3, 500, $4, $5) returning id`,
      [ids.firm, f.regions.minhang.path, purpose, bundleId, f.orgs.firm.id],
    );
  }

  const product = (bankId: string, name: string, pledgeRateBp: number) =>
    one(
      `insert into loan_product (bank_organization_id, name, status, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, $2, 'ACTIVE', 100000000, 1000000000, 6, 36, 400, 600, '{INVENTION_PATENT}', $3, current_date - 10) returning id`,
      [bankId, name, JSON.stringify({ INVENTION_PATENT: pledgeRateBp })],
    );

  const library = async (who: FixtureWho, filter?: Record<string, unknown>) => data(await gql<{ needLibrary: { totalCount: number; edges: { node: LibraryNode }[] } }>(who, LIBRARY, { filter })).needLibrary;
  const express = (who: FixtureWho, input: Record<string, unknown>) =>
    gql<{ expressInterestInNeed: Interest }>(who, `mutation($input: ExpressNeedInterestInput!) { expressInterestInNeed(input: $input) { ${INTEREST} } }`, { input });
  const respond = (who: FixtureWho, input: Record<string, unknown>) =>
    gql<{ respondToNeedInterest: Interest }>(who, `mutation($input: RespondToNeedInterestInput!) { respondToNeedInterest(input: $input) { ${INTEREST} } }`, { input });
  const mutateId = (who: FixtureWho, field: string, id: string, select = 'id') => gql<Record<string, { id: string; status: string; publishedToBanksAt?: string | null }>>(who, `mutation($id: ID!) { ${field}(id: $id) { ${select} } }`, { id });
  const bankSeesFirm = async (who: FixtureWho) => code(await gql(who, 'query($id: ID!) { enterprise(id: $id) { name } }', { id: ids.firm })) === undefined;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, EnterprisesModule, IpAssetsModule, ProductsModule, NeedsModule, MatchingModule, WhitelistModule]);
    f = await createIdentityFixture(t);
    const firm = await insertTestEnterprise(t.dataSource.manager, { name: firmName, region: f.regions.minhang, organizationId: f.orgs.firm.id, foundedOn: '2015-03-01', tags: [EnterpriseTag.HIGH_TECH] });
    ids.firm = firm.id;
    creditCode = firm.creditCode;
    ids.need = await needWithBundle('扩建固态电池中试线');
    ids.need2 = await needWithBundle('第二条产线');
    ids.product = await product(f.orgs.bank.id, '知识产权质押贷', 5000);
    // 20% of ¥10,000,000 = ¥2,000,000 < ¥3,000,000: near misses, not in the banks' libraries.
    ids.pricey = await product(f.orgs.bank.id, '专利快贷', 2000);
    ids.bank2Product = await product(f.orgs.bank2.id, '科创贷', 2000);
    await t.module.get(MatchService).recomputeNeeds([ids.need, ids.need2]);
  });

  afterAll(() => t?.close());

  it('keeps an unpublished need out of every bank’s reach', async () => {
    expect((await library('bank')).totalCount).toBe(0);
    expect(code(await gql('bank', 'query($id: ID!) { publishedNeed(id: $id) { id } }', { id: ids.need }))).toBe('FORBIDDEN');
    expect(code(await express('bank', { needId: ids.need, productId: ids.product }))).toBe('FORBIDDEN');
    expect(code(await gql('bank', 'query($id: ID!) { financingNeed(id: $id) { id } }', { id: ids.need }))).toBe('FORBIDDEN');
  });

  it('lets only the firm publish: offices post for firms but never consent for them', async () => {
    for (const who of ['office', 'window', 'bank', 'firm2'] as const) expect(code(await mutateId(who, 'publishFinancingNeed', ids.need))).toBe('FORBIDDEN');
    const published = data(await mutateId('firm', 'publishFinancingNeed', ids.need, 'id publishedToBanksAt')).publishFinancingNeed;
    expect(published.publishedToBanksAt).toEqual(expect.any(String));
    // Publishing twice changes nothing.
    expect(data(await mutateId('firm', 'publishFinancingNeed', ids.need, 'id publishedToBanksAt')).publishFinancingNeed.publishedToBanksAt).toBe(published.publishedToBanksAt);
    const [audit] = await q<{ n: number }>(`select count(*)::int as n from audit_log where action = 'publishFinancingNeed' and entity_id = $1`, [ids.need]);
    expect(audit.n).toBe(1);
  });

  it('shows the bank whose product it matches an anonymised entry, and nobody else', async () => {
    const page = await library('bank');
    expect(page.totalCount).toBe(1);
    const node = page.edges[0].node;
    expect(node).toMatchObject({ id: ids.need, amount: { amountFen: '300000000' }, ipTypes: ['INVENTION_PATENT'], cityName: '上海市', myInterest: null });
    expect(node.industrySection).toMatch(/^[A-T]$/);
    expect(node.match).toMatchObject({ productId: ids.product, eligible: true });
    expect(node.match!.checks.length).toBeGreaterThan(10);
    expect(node.match!.checks.every((c) => c.passed)).toBe(true);
    const text = JSON.stringify(page);
    for (const identifying of [firmName, creditCode, ids.firm, '扩建固态电池中试线', f.regions.minhang.path, '闵行']) expect(text).not.toContain(identifying);

    // bank2's product does not match it; other roles have no library.
    expect((await library('bank2')).totalCount).toBe(0);
    expect(code(await gql('bank2', 'query($id: ID!) { publishedNeed(id: $id) { id } }', { id: ids.need }))).toBe('FORBIDDEN');
    expect(code(await express('bank2', { needId: ids.need, productId: ids.bank2Product }))).toBe('FORBIDDEN');
    expect(code(await gql('firm2', LIBRARY))).toBe('FORBIDDEN');
    // Filters narrow, and cannot pin a need below its city.
    expect((await library('bank', { productId: ids.product, ipType: 'INVENTION_PATENT', regionId: f.regions.shanghai.id })).totalCount).toBe(1);
    expect((await library('bank', { minAmount: { amountFen: '300000001' } })).totalCount).toBe(0);
    expect(code(await gql('bank', LIBRARY, { filter: { regionId: f.regions.minhang.id } }))).toBe('BAD_USER_INPUT');
    expect(code(await gql('bank', LIBRARY, { filter: { industrySection: 'Z' } }))).toBe('BAD_USER_INPUT');
    expect(code(await gql('bank', LIBRARY, { filter: { productId: ids.bank2Product } }))).toBe('BAD_USER_INPUT');
  });

  it('takes a bank’s interest only through a product of its own that the need matches, once', async () => {
    expect(code(await express('bank', { needId: ids.need, productId: ids.pricey }))).toBe('BAD_USER_INPUT');
    expect(code(await express('bank', { needId: ids.need, productId: ids.bank2Product }))).toBe('BAD_USER_INPUT');
    expect(code(await express('bank', { needId: ids.need, productId: ids.product, message: '长'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(code(await express('firm', { needId: ids.need, productId: ids.product }))).toBe('FORBIDDEN');
    const interest = data(await express('bank', { needId: ids.need, productId: ids.product, message: '可在一周内审批，联系人：张经理' })).expressInterestInNeed;
    expect(interest).toMatchObject({ needId: ids.need, status: 'PENDING', bankName: '测试银行', productId: ids.product });
    const again = await express('bank', { needId: ids.need, productId: ids.product });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INTEREST_EXISTS' });
    expect((await library('bank')).edges[0].node.myInterest).toEqual({ id: interest.id, status: 'PENDING' });
    // Interest is not consent: the firm stays hidden.
    expect(await bankSeesFirm('bank')).toBe(false);
  });

  it('lets the firm see who is interested, and only the firm answer', async () => {
    const need = data(await gql<{ financingNeed: { bankInterests: Interest[] } }>('firm', `query($id: ID!) { financingNeed(id: $id) { bankInterests { ${INTEREST} } } }`, { id: ids.need }));
    expect(need.financingNeed.bankInterests).toEqual([expect.objectContaining({ bankName: '测试银行', status: 'PENDING', message: '可在一周内审批，联系人：张经理' })]);
    const interestId = need.financingNeed.bankInterests[0].id;
    // The office of the region follows the matchmaking; other banks see nothing of it.
    expect(data(await gql<{ needInterests: { totalCount: number } }>('office', '{ needInterests { totalCount } }')).needInterests.totalCount).toBe(1);
    expect(data(await gql<{ needInterests: { totalCount: number } }>('bank2', '{ needInterests { totalCount } }')).needInterests.totalCount).toBe(0);
    for (const who of ['office', 'window', 'bank', 'firm2'] as const) expect(code(await respond(who, { interestId, accept: true }))).toBe('FORBIDDEN');

    const accepted = data(await respond('firm', { interestId, accept: true, note: '欢迎来访' })).respondToNeedInterest;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', responseNote: '欢迎来访', respondedAt: expect.any(String), closedAt: null });
    expect(await bankSeesFirm('bank')).toBe(true);
    expect(await bankSeesFirm('bank2')).toBe(false);
    const full = data(await gql<{ financingNeed: { purpose: string; enterpriseName: string } }>('bank', 'query($id: ID!) { financingNeed(id: $id) { purpose enterpriseName } }', { id: ids.need }));
    expect(full.financingNeed).toEqual({ purpose: '扩建固态电池中试线', enterpriseName: firmName });
    const grants = await q<{ reason: string; source_id: string }>('select reason::text, source_id from enterprise_bank_access where enterprise_id = $1 and bank_organization_id = $2', [ids.firm, f.orgs.bank.id]);
    expect(grants).toEqual([{ reason: 'NEED_PUBLISHED', source_id: interestId }]);
    const [audit] = await q<{ n: number }>(`select count(*)::int as n from audit_log where action = 'grantBankAccess' and entity_id = $1`, [ids.firm]);
    expect(audit.n).toBe(1);
    expect(code(await respond('firm', { interestId, accept: false }))).toBe('CONFLICT');
  });

  it('ends the access when the firm withdraws its consent, and tells the bank', async () => {
    const [{ id: interestId }] = await q<{ id: string }>(`select id from need_interest where need_id = $1 and status = 'ACCEPTED'`, [ids.need]);
    expect(code(await mutateId('bank2', 'withdrawNeedConsent', interestId))).toBe('FORBIDDEN');
    expect(data(await mutateId('firm', 'withdrawNeedConsent', interestId, 'id status')).withdrawNeedConsent.status).toBe('CONSENT_WITHDRAWN');
    expect(await bankSeesFirm('bank')).toBe(false);
    const inbox = data(await gql<{ bankAccessRevocations: { edges: { node: { enterpriseId: string; grantReason: string; reason: string; causeId: string } }[] } }>('bank', '{ bankAccessRevocations(first: 5) { edges { node { enterpriseId grantReason reason causeId } } } }'));
    expect(inbox.bankAccessRevocations.edges.map((e) => e.node)).toEqual([{ enterpriseId: ids.firm, grantReason: 'NEED_PUBLISHED', reason: 'CONSENT_WITHDRAWN', causeId: interestId }]);
  });

  it('leaves the firm anonymous when it declines', async () => {
    const interest = data(await express('bank', { needId: ids.need, productId: ids.product })).expressInterestInNeed;
    expect(data(await respond('firm', { interestId: interest.id, accept: false, note: '已获授信' })).respondToNeedInterest).toMatchObject({ status: 'DECLINED', closedAt: expect.any(String) });
    expect(await bankSeesFirm('bank')).toBe(false);
    expect(code(await mutateId('bank', 'withdrawNeedInterest', interest.id))).toBe('CONFLICT');
  });

  it('keeps access while another consent holds, and ends it with the last', async () => {
    data(await mutateId('firm', 'publishFinancingNeed', ids.need2));
    const first = data(await express('bank', { needId: ids.need, productId: ids.product })).expressInterestInNeed;
    const second = data(await express('bank', { needId: ids.need2, productId: ids.product })).expressInterestInNeed;
    data(await respond('firm', { interestId: first.id, accept: true }));
    data(await respond('firm', { interestId: second.id, accept: true }));
    // The bank walks away from the first: the second consent still holds.
    expect(data(await mutateId('bank', 'withdrawNeedInterest', first.id, 'id status')).withdrawNeedInterest.status).toBe('WITHDRAWN');
    expect(await bankSeesFirm('bank')).toBe(true);
    // The firm withdraws the second need: the last consent ends with it.
    data(await mutateId('firm', 'withdrawFinancingNeed', ids.need2));
    expect(await bankSeesFirm('bank')).toBe(false);
    const [closed] = await q<{ status: string }>('select status::text from need_interest where id = $1', [second.id]);
    expect(closed.status).toBe('CLOSED');
    const reasons = await q<{ reason: string }>('select reason from bank_access_revocation where bank_organization_id = $1 order by revoked_at', [f.orgs.bank.id]);
    expect(reasons.map((r) => r.reason)).toEqual(['CONSENT_WITHDRAWN', 'NEED_CLOSED']);
    expect((await library('bank')).edges.map((e) => e.node.id)).toEqual([ids.need]);
  });

  it('closes pending interests when the firm unpublishes, and hides the need again', async () => {
    const interest = data(await express('bank', { needId: ids.need, productId: ids.product })).expressInterestInNeed;
    expect(data(await mutateId('firm', 'unpublishFinancingNeed', ids.need, 'id publishedToBanksAt')).unpublishFinancingNeed.publishedToBanksAt).toBeNull();
    const [row] = await q<{ status: string }>('select status::text from need_interest where id = $1', [interest.id]);
    expect(row.status).toBe('CLOSED');
    expect((await library('bank')).totalCount).toBe(0);
    expect(code(await respond('firm', { interestId: interest.id, accept: true }))).toBe('CONFLICT');
    expect(await bankSeesFirm('bank')).toBe(false);
  });
});
