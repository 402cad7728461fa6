import { OrganizationType } from '@zhirong/core';
import { IdentityModule, Organization } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ProductsModule } from './products.module';

const FIELDS = `id name status bankId bank { id name } description
  amountRange { min { amountFen currency } max { amountFen currency } }
  termRange { minMonths maxMonths } rateRange { minBp maxBp }
  acceptedIpTypes pledgeRates { ipType rateBp } regions { id name path } regionPaths industries
  minFirmAgeYears requiredTags requiresNoDishonesty minCreditRating guaranteeRequired insuranceRequired
  whitelistOnly bundleAllowed batchPackage activeFrom activeUntil`;
const CREATE = `mutation($input: CreateLoanProductInput!) { createLoanProduct(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateLoanProductInput!) { updateLoanProduct(id: $id, input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveLoanProduct(id: $id) { id status } }`;
const GET = `query($id: ID!) { loanProduct(id: $id) { id name status } }`;
const LIST = `query($first: Int, $after: String, $filter: LoanProductFilter, $sort: LoanProductSort) {
  loanProducts(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }
  }
}`;

interface Product {
  id: string;
  name: string;
  status: string;
  bank: { id: string; name: string };
  regions: { id: string; name: string; path: string }[];
  [key: string]: unknown;
}
interface Page {
  loanProducts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; name: string } }[] };
}

function productInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '知识产权质押贷',
    minAmount: { amountFen: '100000000' },
    maxAmount: { amountFen: '3000000000' },
    minTermMonths: 6,
    maxTermMonths: 36,
    minRateBp: 350,
    maxRateBp: 600,
    acceptedIpTypes: ['INVENTION_PATENT', 'TRADEMARK'],
    pledgeRates: [
      { ipType: 'INVENTION_PATENT', rateBp: 2500 },
      { ipType: 'TRADEMARK', rateBp: 5000 },
    ],
    ...over,
  };
}

describe('loan products over GraphQL', () => {
  let t: TestApp;
  let f: IdentityFixture;

  const auditCount = async (action: string): Promise<number> =>
    (await t.dataSource.query('select count(*)::int as n from audit_log where action = $1', [action]))[0].n;
  const productCount = async (): Promise<number> => (await t.dataSource.query('select count(*)::int as n from loan_product'))[0].n;

  async function create(who: Parameters<IdentityFixture['token']>[0], over: Record<string, unknown> = {}): Promise<Product> {
    const res = await t.gql<{ createLoanProduct: Product }>(CREATE, { input: productInput(over) }, await f.token(who));
    if (!res.data?.createLoanProduct) throw new Error(JSON.stringify(res.errors));
    return res.data.createLoanProduct;
  }

  async function list(who: Parameters<IdentityFixture['token']>[0], variables: Record<string, unknown>): Promise<Page['loanProducts']> {
    const res = await t.gql<Page>(LIST, variables, await f.token(who));
    if (!res.data?.loanProducts) throw new Error(JSON.stringify(res.errors));
    return res.data.loanProducts;
  }

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, ProductsModule]);
    f = await createIdentityFixture(t);
  });

  afterAll(() => t.close());

  describe('publishing', () => {
    it('lets a bank officer publish a product for their own bank, audited', async () => {
      const before = await auditCount('createLoanProduct');
      const p = await create('bank', { regionIds: [f.regions.minhang.id], industries: ['C39', 'I'], description: '面向科技型中小企业', batchPackage: '2026年第一批' });
      expect(p).toMatchObject({
        status: 'ACTIVE',
        bank: { id: f.orgs.bank.id, name: '测试银行' },
        amountRange: { min: { amountFen: '100000000', currency: 'CNY' }, max: { amountFen: '3000000000', currency: 'CNY' } },
        termRange: { minMonths: 6, maxMonths: 36 },
        rateRange: { minBp: 350, maxBp: 600 },
        acceptedIpTypes: ['INVENTION_PATENT', 'TRADEMARK'],
        pledgeRates: [
          { ipType: 'INVENTION_PATENT', rateBp: 2500 },
          { ipType: 'TRADEMARK', rateBp: 5000 },
        ],
        regions: [{ id: f.regions.minhang.id, name: '闵行区', path: '310000/310112' }],
        regionPaths: ['310000/310112'],
        industries: ['C39', 'I'],
        minFirmAgeYears: 0,
        requiresNoDishonesty: true,
        bundleAllowed: true,
        whitelistOnly: false,
        batchPackage: '2026年第一批',
        activeUntil: null,
      });
      expect(p.activeFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await auditCount('createLoanProduct')).toBe(before + 1);
      const [row] = await t.dataSource.query('select entity_id, actor_organization_id, after from audit_log where action = $1 and entity_id = $2', [
        'createLoanProduct',
        p.id,
      ]);
      expect(row.actor_organization_id).toBe(f.orgs.bank.id);
      expect(row.after.maxAmountFen).toBe('3000000000');
    });

    it('refuses a firm, and a bank officer naming another bank, with FORBIDDEN and writes nothing', async () => {
      const [audits, products] = [await auditCount('createLoanProduct'), await productCount()];
      const firm = await t.gql(CREATE, { input: productInput() }, await f.token('firm'));
      expect(firm.errors![0].extensions!.code).toBe('FORBIDDEN');
      const other = await t.gql(CREATE, { input: productInput({ bankOrganizationId: f.orgs.bank2.id }) }, await f.token('bank'));
      expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(await auditCount('createLoanProduct')).toBe(audits);
      expect(await productCount()).toBe(products);
    });

    it('lets the platform administrator publish for a bank it names, and only a bank', async () => {
      const p = await create('admin', { bankOrganizationId: f.orgs.bank2.id });
      expect(p.bank.id).toBe(f.orgs.bank2.id);
      const admin = await f.token('admin');
      const unnamed = await t.gql(CREATE, { input: productInput() }, admin);
      expect(unnamed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bankOrganizationId' });
      const notBank = await t.gql(CREATE, { input: productInput({ bankOrganizationId: f.orgs.firm.id }) }, admin);
      expect(notBank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_BANK', field: 'input.bankOrganizationId' });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a zero minimum amount', { minAmount: { amountFen: '0' } }, 'input.minAmount.amountFen'],
      ['a negative amount', { maxAmount: { amountFen: '-100' } }, 'input.maxAmount.amountFen'],
      ['a fractional amount', { minAmount: { amountFen: '100.5' } }, 'input.minAmount.amountFen'],
      ['a currency other than CNY', { minAmount: { amountFen: '100', currency: 'USD' } }, 'input.minAmount.currency'],
      ['a minimum amount above the maximum', { minAmount: { amountFen: '3000000001' } }, 'input.maxAmount'],
      ['a term of 0 months', { minTermMonths: 0 }, 'input.minTermMonths'],
      ['a term of 121 months', { maxTermMonths: 121 }, 'input.maxTermMonths'],
      ['a shortest term above the longest', { minTermMonths: 37 }, 'input.maxTermMonths'],
      ['a rate of 0 bp', { minRateBp: 0 }, 'input.minRateBp'],
      ['a rate above 3600 bp', { maxRateBp: 3601 }, 'input.maxRateBp'],
      ['a lowest rate above the highest', { minRateBp: 601 }, 'input.maxRateBp'],
      ['no accepted IP type', { acceptedIpTypes: [], pledgeRates: [] }, 'input.acceptedIpTypes'],
      ['an unknown IP type', { acceptedIpTypes: ['PATENT'] }, 'input.acceptedIpTypes[0]'],
      ['a missing pledge rate', { pledgeRates: [{ ipType: 'INVENTION_PATENT', rateBp: 2500 }] }, 'input.pledgeRates'],
      [
        'a pledge rate for a type not accepted',
        { acceptedIpTypes: ['INVENTION_PATENT'], pledgeRates: [{ ipType: 'INVENTION_PATENT', rateBp: 2500 }, { ipType: 'TRADEMARK', rateBp: 5000 }] },
        'input.pledgeRates',
      ],
      ['a pledge rate of 99 bp', { pledgeRates: [{ ipType: 'INVENTION_PATENT', rateBp: 99 }, { ipType: 'TRADEMARK', rateBp: 5000 }] }, 'input.pledgeRates.0.rateBp'],
      ['a pledge rate above 9000 bp', { pledgeRates: [{ ipType: 'INVENTION_PATENT', rateBp: 2500 }, { ipType: 'TRADEMARK', rateBp: 9001 }] }, 'input.pledgeRates.1.rateBp'],
      ['an empty name', { name: '' }, 'input.name'],
      ['a 201-character name', { name: '贷'.repeat(201) }, 'input.name'],
      ['a 5001-character description', { description: '述'.repeat(5001) }, 'input.description'],
      ['an unknown region', { regionIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.regionIds'],
      ['a malformed industry code', { industries: ['C3'] }, 'input.industries'],
      ['a division outside its section', { industries: ['C05'] }, 'input.industries'],
      ['an impossible date', { activeFrom: '2026-02-30' }, 'input.activeFrom'],
      ['an end before the start', { activeFrom: '2026-03-01', activeUntil: '2026-02-01' }, 'input.activeUntil'],
      ['a status of ARCHIVED', { status: 'ARCHIVED' }, 'input.status'],
      ['an unknown credit rating', { minCreditRating: 'AAAA' }, 'input.minCreditRating'],
    ])('answers %s with BAD_USER_INPUT on the field, writing nothing', async (_what, over, field) => {
      const [audits, products] = [await auditCount('createLoanProduct'), await productCount()];
      const res = await t.gql(CREATE, { input: productInput(over) }, await f.token('bank'));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await auditCount('createLoanProduct')).toBe(audits);
      expect(await productCount()).toBe(products);
    });

    it('accepts equal minimum and maximum figures', async () => {
      const p = await create('bank', { minAmount: { amountFen: '500000000' }, maxAmount: { amountFen: '500000000' }, minTermMonths: 12, maxTermMonths: 12, minRateBp: 400, maxRateBp: 400 });
      expect(p.termRange).toEqual({ minMonths: 12, maxMonths: 12 });
    });
  });

  describe('changing and archiving', () => {
    it('lets the owning bank change its product, audited with before and after; another bank is FORBIDDEN', async () => {
      const p = await create('bank');
      const bank2 = await t.gql(UPDATE, { id: p.id, input: { name: '抢改' } }, await f.token('bank2'));
      expect(bank2.errors![0].extensions!.code).toBe('FORBIDDEN');
      const firm = await t.gql(UPDATE, { id: p.id, input: { name: '抢改' } }, await f.token('firm'));
      expect(firm.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(await auditCount('updateLoanProduct')).toBe(0);

      const bank = await f.token('bank');
      const res = await t.gql<{ updateLoanProduct: Product }>(
        UPDATE,
        {
          id: p.id,
          input: {
            name: '专利质押贷（升级版）',
            acceptedIpTypes: ['INVENTION_PATENT'],
            pledgeRates: [{ ipType: 'INVENTION_PATENT', rateBp: 3000 }],
            regionIds: [f.regions.songjiang.id],
            minCreditRating: 'A',
            activeUntil: '2099-12-31',
          },
        },
        bank,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateLoanProduct).toMatchObject({
        name: '专利质押贷（升级版）',
        acceptedIpTypes: ['INVENTION_PATENT'],
        pledgeRates: [{ ipType: 'INVENTION_PATENT', rateBp: 3000 }],
        regions: [{ name: '松江区' }],
        minCreditRating: 'A',
        activeUntil: '2099-12-31',
        termRange: { minMonths: 6, maxMonths: 36 },
      });
      const cleared = await t.gql<{ updateLoanProduct: Product }>(UPDATE, { id: p.id, input: { minCreditRating: null, activeUntil: null } }, bank);
      expect(cleared.data!.updateLoanProduct).toMatchObject({ minCreditRating: null, activeUntil: null, name: '专利质押贷（升级版）' });

      const audit = await t.dataSource.query('select before, after from audit_log where action = $1 and entity_id = $2 order by created_at', ['updateLoanProduct', p.id]);
      expect(audit).toHaveLength(2);
      expect(audit[0].before.name).toBe('知识产权质押贷');
      expect(audit[0].after.name).toBe('专利质押贷（升级版）');
    });

    it('judges an update against the merged product', async () => {
      const p = await create('bank');
      const bank = await f.token('bank');
      const reversed = await t.gql(UPDATE, { id: p.id, input: { maxTermMonths: 3 } }, bank);
      expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.maxTermMonths', reason: 'RANGE_REVERSED' });
      const widened = await t.gql(UPDATE, { id: p.id, input: { acceptedIpTypes: ['INVENTION_PATENT', 'TRADEMARK', 'UTILITY_MODEL'] } }, bank);
      expect(widened.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pledgeRates' });
      const tooSmall = await t.gql(UPDATE, { id: p.id, input: { maxAmount: { amountFen: '99999999' } } }, bank);
      expect(tooSmall.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.maxAmount' });
      const audit = await t.dataSource.query('select 1 from audit_log where entity_id = $1 and action = $2', [p.id, 'updateLoanProduct']);
      expect(audit).toHaveLength(0);
    });

    it('archives once: the product leaves the library and no longer changes', async () => {
      const p = await create('bank');
      const bank2 = await t.gql(ARCHIVE, { id: p.id }, await f.token('bank2'));
      expect(bank2.errors![0].extensions!.code).toBe('FORBIDDEN');

      const bank = await f.token('bank');
      const res = await t.gql<{ archiveLoanProduct: { status: string } }>(ARCHIVE, { id: p.id }, bank);
      expect(res.data!.archiveLoanProduct.status).toBe('ARCHIVED');
      expect(await t.dataSource.query('select 1 from audit_log where entity_id = $1 and action = $2', [p.id, 'archiveLoanProduct'])).toHaveLength(1);

      const again = await t.gql(ARCHIVE, { id: p.id }, bank);
      expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PRODUCT_ARCHIVED' });
      const edit = await t.gql(UPDATE, { id: p.id, input: { name: '复活' } }, bank);
      expect(edit.errors![0].extensions!.code).toBe('CONFLICT');

      const firm = await t.gql(GET, { id: p.id }, await f.token('firm'));
      expect(firm.errors![0].extensions!.code).toBe('FORBIDDEN');
      const own = await t.gql<{ loanProduct: { status: string } }>(GET, { id: p.id }, bank);
      expect(own.data!.loanProduct.status).toBe('ARCHIVED');
    });

    it.each([
      ['loanProduct', GET, {}],
      ['updateLoanProduct', UPDATE, { input: { name: '无' } }],
      ['archiveLoanProduct', ARCHIVE, {}],
    ])('answers NOT_FOUND from %s for an unknown id', async (_op, query, variables) => {
      const res = await t.gql(query, { id: '00000000-0000-4000-8000-000000000000', ...variables }, await f.token('bank'));
      expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    });
  });

  describe('the product library', () => {
    let bank3: Organization;
    let p1: Product;
    let p2: Product;
    let p3: Product;
    let p4: Product;
    const ids = (page: Page['loanProducts']) => page.edges.map((e) => e.node.id);
    const byBank3 = (filter: Record<string, unknown> = {}) => ({ filter: { bankId: bank3.id, ...filter } });

    beforeAll(async () => {
      const m = t.dataSource.manager;
      bank3 = await m.save(m.create(Organization, { name: '筛选银行', type: OrganizationType.BANK, regionId: f.regions.shanghai.id }));
      const forBank3 = (over: Record<string, unknown>) => create('admin', { bankOrganizationId: bank3.id, activeFrom: '2026-01-01', ...over });
      p1 = await forBank3({
        name: '闵行专利贷',
        minAmount: { amountFen: '100000000' },
        maxAmount: { amountFen: '1000000000' },
        minTermMonths: 6,
        maxTermMonths: 36,
        minRateBp: 350,
        maxRateBp: 500,
        acceptedIpTypes: ['INVENTION_PATENT'],
        pledgeRates: [{ ipType: 'INVENTION_PATENT', rateBp: 2500 }],
        regionIds: [f.regions.minhang.id],
        industries: ['C39'],
        activeUntil: '2026-06-30',
      });
      p2 = await forBank3({
        name: '商标贷 100%',
        minAmount: { amountFen: '500000000' },
        maxAmount: { amountFen: '3000000000' },
        minTermMonths: 12,
        maxTermMonths: 60,
        minRateBp: 400,
        maxRateBp: 600,
        acceptedIpTypes: ['TRADEMARK', 'UTILITY_MODEL'],
        pledgeRates: [
          { ipType: 'TRADEMARK', rateBp: 5000 },
          { ipType: 'UTILITY_MODEL', rateBp: 1500 },
        ],
        whitelistOnly: true,
        guaranteeRequired: true,
      });
      p3 = await forBank3({
        name: '松江软著贷',
        minAmount: { amountFen: '50000000' },
        maxAmount: { amountFen: '200000000' },
        minTermMonths: 1,
        maxTermMonths: 12,
        minRateBp: 450,
        maxRateBp: 550,
        acceptedIpTypes: ['INVENTION_PATENT', 'SOFTWARE_COPYRIGHT'],
        pledgeRates: [
          { ipType: 'INVENTION_PATENT', rateBp: 2000 },
          { ipType: 'SOFTWARE_COPYRIGHT', rateBp: 3000 },
        ],
        regionIds: [f.regions.songjiang.id],
        industries: ['I'],
      });
      p4 = await forBank3({ name: '草稿产品', status: 'DRAFT', minRateBp: 300 });
    });

    it('shows active products to everyone signed in, drafts only to their bank and the platform', async () => {
      expect(ids(await list('firm', byBank3()))).toEqual(expect.arrayContaining([p1.id, p2.id, p3.id]));
      expect(ids(await list('firm', byBank3()))).not.toContain(p4.id);
      expect((await list('valuer', byBank3())).totalCount).toBe(3);
      expect((await list('bank', byBank3())).totalCount).toBe(3);
      expect(ids(await list('admin', byBank3({ status: 'DRAFT' })))).toEqual([p4.id]);
      expect((await list('firm', byBank3({ status: 'DRAFT' }))).totalCount).toBe(0);

      const draft = await create('bank', { name: '我行草稿', status: 'DRAFT' });
      expect(ids(await list('bank', { filter: { bankId: f.orgs.bank.id, status: 'DRAFT' } }))).toEqual([draft.id]);
      expect((await list('bank2', { filter: { bankId: f.orgs.bank.id, status: 'DRAFT' } })).totalCount).toBe(0);
      const peek = await t.gql(GET, { id: draft.id }, await f.token('bank2'));
      expect(peek.errors![0].extensions!.code).toBe('FORBIDDEN');
      const own = await t.gql<{ loanProduct: { name: string } }>(GET, { id: draft.id }, await f.token('bank'));
      expect(own.data!.loanProduct.name).toBe('我行草稿');
      const published = await t.gql<{ updateLoanProduct: { status: string } }>(UPDATE, { id: draft.id, input: { status: 'ACTIVE' } }, await f.token('bank'));
      expect(published.data!.updateLoanProduct.status).toBe('ACTIVE');
      expect((await t.gql(GET, { id: draft.id }, await f.token('bank2'))).errors).toBeUndefined();
    });

    const sorted = (list: string[]) => [...list].sort();
    it.each<[string, Record<string, unknown>, () => Product[]]>([
      ['an accepted IP type', { ipType: 'INVENTION_PATENT' }, () => [p1, p3]],
      ['an amount inside the range', { amount: { amountFen: '600000000' } }, () => [p1, p2]],
      ['an amount on the boundary', { amount: { amountFen: '1000000000' } }, () => [p1, p2]],
      ['a term', { termMonths: 48 }, () => [p2]],
      ['a district (its own products and nationwide ones)', { regionId: 'minhang' }, () => [p1, p2]],
      ['a park below a covered district', { regionId: 'g60' }, () => [p2, p3]],
      ['a province only partly covered', { regionId: 'shanghai' }, () => [p2]],
      ['an industry division', { industry: 'C39' }, () => [p1, p2]],
      ['an industry section', { industry: 'C' }, () => [p1, p2]],
      ['a division of a covered section', { industry: 'I65' }, () => [p2, p3]],
      ['whitelist-only', { whitelistOnly: true }, () => [p2]],
      ['no guarantee required', { guaranteeRequired: false }, () => [p1, p3]],
      ['a day in the window', { activeOn: '2026-03-01' }, () => [p1, p2, p3]],
      ['a day after one window closed', { activeOn: '2026-07-01' }, () => [p2, p3]],
      ['a day before any window', { activeOn: '2025-12-31' }, () => []],
      ['a name fragment', { nameContains: '专利' }, () => [p1]],
      ['a LIKE wildcard taken literally', { nameContains: '100%' }, () => [p2]],
      ['a combination', { ipType: 'INVENTION_PATENT', termMonths: 24 }, () => [p1]],
    ])('filters by %s', async (_what, filter, expected) => {
      const regionId = typeof filter.regionId === 'string' ? f.regions[filter.regionId as keyof IdentityFixture['regions']].id : undefined;
      const page = await list('firm', byBank3({ ...filter, ...(regionId ? { regionId } : {}) }));
      expect(sorted(ids(page))).toEqual(sorted(expected().map((p) => p.id)));
      expect(page.totalCount).toBe(expected().length);
    });

    it('sorts by lowest rate and by largest amount, and pages with cursors', async () => {
      expect(ids(await list('firm', { ...byBank3(), sort: { field: 'MIN_RATE', direction: 'ASC' } }))).toEqual([p1.id, p2.id, p3.id]);
      expect(ids(await list('firm', { ...byBank3(), sort: { field: 'MAX_AMOUNT', direction: 'DESC' } }))).toEqual([p2.id, p1.id, p3.id]);

      const first = await list('firm', { ...byBank3(), first: 2, sort: { field: 'MAX_AMOUNT', direction: 'ASC' } });
      expect(ids(first)).toEqual([p3.id, p1.id]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.totalCount).toBe(3);
      const second = await list('firm', { ...byBank3(), first: 2, after: first.pageInfo.endCursor, sort: { field: 'MAX_AMOUNT', direction: 'ASC' } });
      expect(ids(second)).toEqual([p2.id]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('walks creation order one by one without repeats or gaps', async () => {
      for (const direction of ['ASC', 'DESC']) {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page: Page['loanProducts'] = await list('admin', { ...byBank3(), first: 1, after, sort: { field: 'CREATED_AT', direction } });
          seen.push(...ids(page));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        const order = [p1.id, p2.id, p3.id, p4.id];
        expect(seen).toEqual(direction === 'ASC' ? order : [...order].reverse());
      }
    });

    it('refuses a page above 100, a forged cursor and an unknown region with BAD_USER_INPUT', async () => {
      const firm = await f.token('firm');
      const big = await t.gql(LIST, { first: 101 }, firm);
      expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const forged = await t.gql(LIST, { after: 'bm90LWEtY3Vyc29y' }, firm);
      expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const region = await t.gql(LIST, { filter: { regionId: '00000000-0000-4000-8000-000000000000' } }, firm);
      expect(region.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionId' });
      const industry = await t.gql(LIST, { filter: { industry: 'c39' } }, firm);
      expect(industry.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industry' });
    });

    it('asks the same number of SQL queries for one product as for a page of them with banks and regions', async () => {
      const query = `query($first: Int, $filter: LoanProductFilter) { loanProducts(first: $first, filter: $filter) {
        edges { node { id bank { id name region { name } } regions { id name } } } } }`;
      const firm = await f.token('firm');
      const countQueries = async (first: number, filter?: Record<string, unknown>): Promise<number> => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          const res = await t.gql(query, { first, filter }, firm);
          expect(res.errors).toBeUndefined();
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      // The newest of bank3's active products (p3) has a region, so both pages load banks and regions.
      const one = await countQueries(1, { bankId: bank3.id });
      const many = await countQueries(50);
      expect(many).toBe(one);
      expect(many).toBeLessThanOrEqual(4);
    });
  });
});
