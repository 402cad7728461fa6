import { OrganizationType, Role } from '@zhirong/core';
import { BankAccessReason, Enterprise } from '@zhirong/enterprises';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { hashPassword, IdentityModule, Organization, User } from '@zhirong/identity';
import { PledgeBundle } from '@zhirong/ip-assets';
import { createIdentityFixture, createTestApp, FIXTURE_PASSWORD, FixtureWho, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { FinancingNeedStatus } from './entities/financing-need.entity';
import { NeedsModule } from './needs.module';

const FIELDS = `id enterpriseId enterpriseName enterprise { id name } regionPath amount { amountFen currency } termMonths purpose
  maxRateBp bundleId guaranteeAcceptable insuranceAcceptable status createdBy { id name } createdAt`;
const CREATE = `mutation($input: CreateFinancingNeedInput!) { createFinancingNeed(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFinancingNeedInput!) { updateFinancingNeed(id: $id, input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawFinancingNeed(id: $id) { id status } }`;
const GET = `query($id: ID!) { financingNeed(id: $id) { id purpose } }`;
const LIST = `query($first: Int, $after: String, $filter: FinancingNeedFilter, $sort: FinancingNeedSort) {
  financingNeeds(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  }
}`;

interface Need {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  enterprise: { id: string; name: string };
  status: string;
  bundleId: string | null;
  createdBy: { id: string; name: string };
  [key: string]: unknown;
}
interface Page {
  financingNeeds: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
}

const ZERO_ID = '00000000-0000-4000-8000-000000000000';

function needInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { amount: { amountFen: '500000000' }, termMonths: 12, purpose: '研发投入与流动资金', maxRateBp: 450, ...over };
}

describe('financing needs over GraphQL', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let firmEnt: Enterprise;
  let minhangEnt: Enterprise;
  let haidianEnt: Enterprise;
  let firmBundle: PledgeBundle;
  let otherBundle: PledgeBundle;

  const auditCount = async (action: string): Promise<number> =>
    (await t.dataSource.query('select count(*)::int as n from audit_log where action = $1', [action]))[0].n;
  const needCount = async (): Promise<number> => (await t.dataSource.query('select count(*)::int as n from financing_need'))[0].n;

  type RegionRef = { id: string; path: string };
  async function enterprise(name: string, region: RegionRef, organizationId: string | null, park?: RegionRef): Promise<Enterprise> {
    return insertTestEnterprise(t.dataSource.manager, { name, region, park, organizationId, foundedOn: '2018-05-01' });
  }

  async function bundle(owner: Enterprise, name: string): Promise<PledgeBundle> {
    const m = t.dataSource.manager;
    return m.save(m.create(PledgeBundle, { enterpriseId: owner.id, name }));
  }

  async function create(who: FixtureWho, over: Record<string, unknown> = {}): Promise<Need> {
    const res = await t.gql<{ createFinancingNeed: Need }>(CREATE, { input: needInput(over) }, await f.token(who));
    if (!res.data?.createFinancingNeed) throw new Error(JSON.stringify(res.errors));
    return res.data.createFinancingNeed;
  }

  async function list(who: FixtureWho, variables: Record<string, unknown> = {}): Promise<Page['financingNeeds']> {
    const res = await t.gql<Page>(LIST, variables, await f.token(who));
    if (!res.data?.financingNeeds) throw new Error(JSON.stringify(res.errors));
    return res.data.financingNeeds;
  }
  const ids = (page: Page['financingNeeds']) => page.edges.map((e) => e.node.id);

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, NeedsModule]);
    f = await createIdentityFixture(t);
    firmEnt = await enterprise('闵行测试科技有限公司', f.regions.minhang, f.orgs.firm.id);
    minhangEnt = await enterprise('闵行窗口服务企业', f.regions.minhang, null);
    haidianEnt = await enterprise('海淀测试科技有限公司', f.regions.haidian, f.orgs.firm2.id);
    firmBundle = await bundle(firmEnt, '发明专利组合');
    otherBundle = await bundle(minhangEnt, '商标组合');
  });

  afterAll(() => t.close());

  describe('posting', () => {
    it('lets a firm post a need for its own enterprise, with the region copied and an audit row', async () => {
      const before = await auditCount('createFinancingNeed');
      const need = await create('firm', { bundleId: firmBundle.id, guaranteeAcceptable: true });
      expect(need).toMatchObject({
        enterpriseId: firmEnt.id,
        enterpriseName: '闵行测试科技有限公司',
        enterprise: { id: firmEnt.id, name: '闵行测试科技有限公司' },
        regionPath: '310000/310112',
        amount: { amountFen: '500000000', currency: 'CNY' },
        termMonths: 12,
        maxRateBp: 450,
        bundleId: firmBundle.id,
        guaranteeAcceptable: true,
        insuranceAcceptable: false,
        status: 'OPEN',
        createdBy: { id: f.orgs.firm.id, name: '闵行测试科技有限公司' },
      });
      expect(await auditCount('createFinancingNeed')).toBe(before + 1);
      const [row] = await t.dataSource.query('select actor_organization_id, after from audit_log where action = $1 and entity_id = $2', [
        'createFinancingNeed',
        need.id,
      ]);
      expect(row.actor_organization_id).toBe(f.orgs.firm.id);
      expect(row.after.amountFen).toBe('500000000');

      const named = await create('firm', { enterpriseId: firmEnt.id });
      expect(named.enterpriseId).toBe(firmEnt.id);
    });

    it('lets the service window and the office of the firm’s district post on its behalf', async () => {
      const byWindow = await create('window', { enterpriseId: minhangEnt.id, bundleId: otherBundle.id });
      expect(byWindow).toMatchObject({ enterpriseId: minhangEnt.id, createdBy: { id: f.orgs.window.id, name: '闵行服务窗口' } });
      const byOffice = await create('office', { enterpriseId: firmEnt.id });
      expect(byOffice.createdBy.id).toBe(f.orgs.office.id);
      const byAdmin = await create('admin', { enterpriseId: haidianEnt.id });
      expect(byAdmin.regionPath).toBe('110000/110108');
    });

    it.each<[string, FixtureWho, () => string | undefined, string]>([
      ['an office outside the firm’s region', 'office.sj', () => minhangEnt.id, 'OUT_OF_REGION'],
      ['an office of another province', 'office.bj', () => firmEnt.id, 'OUT_OF_REGION'],
      ['another firm', 'firm2', () => firmEnt.id, 'FORBIDDEN'],
      ['a bank', 'bank', () => firmEnt.id, 'FORBIDDEN'],
      ['a park', 'park', () => firmEnt.id, 'FORBIDDEN'],
      ['a valuer', 'valuer', () => firmEnt.id, 'FORBIDDEN'],
    ])('refuses %s with FORBIDDEN and writes nothing', async (_who, who, enterpriseId, reason) => {
      const [audits, needs] = [await auditCount('createFinancingNeed'), await needCount()];
      const res = await t.gql(CREATE, { input: needInput({ enterpriseId: enterpriseId() }) }, await f.token(who));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason });
      expect(await auditCount('createFinancingNeed')).toBe(audits);
      expect(await needCount()).toBe(needs);
    });

    it.each<[string, () => Record<string, unknown>, string, FixtureWho?]>([
      ['a zero amount', () => ({ amount: { amountFen: '0' } }), 'input.amount.amountFen'],
      ['a negative amount', () => ({ amount: { amountFen: '-500' } }), 'input.amount.amountFen'],
      ['an amount above ¥1,000,000,000', () => ({ amount: { amountFen: '100000000001' } }), 'input.amount.amountFen'],
      ['a currency other than CNY', () => ({ amount: { amountFen: '100', currency: 'USD' } }), 'input.amount.currency'],
      ['a term of 0 months', () => ({ termMonths: 0 }), 'input.termMonths'],
      ['a term of 121 months', () => ({ termMonths: 121 }), 'input.termMonths'],
      ['a term that is not a number', () => ({ termMonths: 'twelve' }), 'input.termMonths'],
      ['a rate of 0 bp', () => ({ maxRateBp: 0 }), 'input.maxRateBp'],
      ['a rate above 3600 bp', () => ({ maxRateBp: 3601 }), 'input.maxRateBp'],
      ['an empty purpose', () => ({ purpose: '' }), 'input.purpose'],
      ['a blank purpose', () => ({ purpose: '   ' }), 'input.purpose'],
      ['a 501-character purpose', () => ({ purpose: '用'.repeat(501) }), 'input.purpose'],
      ['another firm’s bundle', () => ({ bundleId: otherBundle.id }), 'input.bundleId'],
      ['an unknown bundle', () => ({ bundleId: ZERO_ID }), 'input.bundleId'],
      ['a malformed bundle id', () => ({ bundleId: 'bundle-1' }), 'input.bundleId'],
      ['an unknown enterprise', () => ({ enterpriseId: ZERO_ID }), 'input.enterpriseId'],
      ['no enterprise from a window', () => ({ enterpriseId: undefined }), 'input.enterpriseId', 'window'],
    ])('answers %s with BAD_USER_INPUT on the field, writing nothing', async (_what, over, field, who = 'firm') => {
      const [audits, needs] = [await auditCount('createFinancingNeed'), await needCount()];
      const res = await t.gql(CREATE, { input: needInput(over()) }, await f.token(who));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await auditCount('createFinancingNeed')).toBe(audits);
      expect(await needCount()).toBe(needs);
    });

    it('tells a firm user whose organisation has no enterprise profile to name one', async () => {
      const m = t.dataSource.manager;
      const org = await m.save(m.create(Organization, { name: '尚无档案的企业', type: OrganizationType.ENTERPRISE, regionId: f.regions.minhang.id }));
      await m.save(
        m.create(User, { email: 'noprofile@fixture.test', displayName: '无', roles: [Role.ENTERPRISE_USER], organizationId: org.id, passwordHash: await hashPassword(FIXTURE_PASSWORD) }),
      );
      const login = await t.gql<{ login: { accessToken: string } }>('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }', {
        e: 'noprofile@fixture.test',
        p: FIXTURE_PASSWORD,
      });
      const res = await t.gql(CREATE, { input: needInput() }, login.data!.login.accessToken);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_ENTERPRISE_PROFILE', field: 'input.enterpriseId' });
    });
  });

  describe('changing and withdrawing', () => {
    it('lets the firm change its open need, audited with before and after; others are FORBIDDEN', async () => {
      const need = await create('firm');
      for (const who of ['firm2', 'bank', 'office.sj'] as const) {
        const res = await t.gql(UPDATE, { id: need.id, input: { purpose: '改' } }, await f.token(who));
        expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
      const firm = await f.token('firm');
      const res = await t.gql<{ updateFinancingNeed: Need }>(
        UPDATE,
        { id: need.id, input: { amount: { amountFen: '800000000' }, termMonths: 24, bundleId: firmBundle.id, insuranceAcceptable: true } },
        firm,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateFinancingNeed).toMatchObject({
        amount: { amountFen: '800000000' },
        termMonths: 24,
        bundleId: firmBundle.id,
        insuranceAcceptable: true,
        purpose: '研发投入与流动资金',
      });
      const cleared = await t.gql<{ updateFinancingNeed: Need }>(UPDATE, { id: need.id, input: { bundleId: null } }, firm);
      expect(cleared.data!.updateFinancingNeed.bundleId).toBeNull();
      const byWindow = await t.gql<{ updateFinancingNeed: Need }>(UPDATE, { id: need.id, input: { maxRateBp: 500 } }, await f.token('window'));
      expect(byWindow.errors).toBeUndefined();

      const audit = await t.dataSource.query('select before, after from audit_log where action = $1 and entity_id = $2 order by created_at', [
        'updateFinancingNeed',
        need.id,
      ]);
      expect(audit).toHaveLength(3);
      expect(audit[0].before.amountFen).toBe('500000000');
      expect(audit[0].after.amountFen).toBe('800000000');
    });

    it('judges an update like a new need, writing nothing when it fails', async () => {
      const need = await create('firm');
      const firm = await f.token('firm');
      const term = await t.gql(UPDATE, { id: need.id, input: { termMonths: 121 } }, firm);
      expect(term.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.termMonths' });
      const foreign = await t.gql(UPDATE, { id: need.id, input: { bundleId: otherBundle.id } }, firm);
      expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bundleId' });
      const zero = await t.gql(UPDATE, { id: need.id, input: { amount: { amountFen: '0' } } }, firm);
      expect(zero.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount.amountFen' });
      expect(await t.dataSource.query('select 1 from audit_log where entity_id = $1 and action = $2', [need.id, 'updateFinancingNeed'])).toHaveLength(0);
    });

    it('withdraws an open or matched need once; a withdrawn, matched or funded need no longer changes', async () => {
      const need = await create('firm');
      const firm = await f.token('firm');
      const other = await t.gql(WITHDRAW, { id: need.id }, await f.token('firm2'));
      expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
      const res = await t.gql<{ withdrawFinancingNeed: { status: string } }>(WITHDRAW, { id: need.id }, firm);
      expect(res.data!.withdrawFinancingNeed.status).toBe('WITHDRAWN');
      expect(await t.dataSource.query('select 1 from audit_log where entity_id = $1 and action = $2', [need.id, 'withdrawFinancingNeed'])).toHaveLength(1);
      const again = await t.gql(WITHDRAW, { id: need.id }, firm);
      expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NEED_NOT_WITHDRAWABLE' });
      const edit = await t.gql(UPDATE, { id: need.id, input: { purpose: '改' } }, firm);
      expect(edit.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NEED_NOT_OPEN' });

      const matched = await create('firm');
      await t.dataSource.query('update financing_need set status = $1 where id = $2', [FinancingNeedStatus.MATCHED, matched.id]);
      expect((await t.gql(UPDATE, { id: matched.id, input: { purpose: '改' } }, firm)).errors![0].extensions!.code).toBe('CONFLICT');
      expect((await t.gql<{ withdrawFinancingNeed: { status: string } }>(WITHDRAW, { id: matched.id }, firm)).data!.withdrawFinancingNeed.status).toBe('WITHDRAWN');

      const funded = await create('firm');
      await t.dataSource.query('update financing_need set status = $1 where id = $2', [FinancingNeedStatus.FUNDED, funded.id]);
      expect((await t.gql(WITHDRAW, { id: funded.id }, firm)).errors![0].extensions!.code).toBe('CONFLICT');
    });

    it.each([
      ['financingNeed', GET, {}],
      ['updateFinancingNeed', UPDATE, { input: { purpose: '无' } }],
      ['withdrawFinancingNeed', WITHDRAW, {}],
    ])('answers NOT_FOUND from %s for an unknown id', async (_op, query, variables) => {
      const res = await t.gql(query, { id: ZERO_ID, ...variables }, await f.token('firm'));
      expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    });
  });

  describe('who sees which needs', () => {
    it('scopes needs like their firms: the firm, its region’s offices and windows, banks it was pushed or applied to', async () => {
      const own = await create('firm', { purpose: '只给看得见的人' });
      const firmIds = ids(await list('firm', { first: 100 }));
      expect(firmIds).toContain(own.id);
      const firmEnterprises = await t.dataSource.query('select distinct enterprise_id from financing_need where id = any($1)', [firmIds]);
      expect(firmEnterprises.map((r: { enterprise_id: string }) => r.enterprise_id)).toEqual([firmEnt.id]);

      expect(ids(await list('window', { first: 100 }))).toContain(own.id);
      expect(ids(await list('office', { first: 100 }))).toContain(own.id);
      expect(ids(await list('firm2', { first: 100 }))).not.toContain(own.id);
      expect(ids(await list('office.sj', { first: 100 }))).not.toContain(own.id);
      expect((await list('bank', { filter: { enterpriseId: firmEnt.id } })).totalCount).toBe(0);
      expect((await t.gql(GET, { id: own.id }, await f.token('firm2'))).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await t.gql(GET, { id: own.id }, await f.token('bank'))).errors![0].extensions!.code).toBe('FORBIDDEN');

      await t.dataSource.query('insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason) values ($1, $2, $3)', [
        firmEnt.id,
        f.orgs.bank.id,
        BankAccessReason.WHITELIST_PUSH,
      ]);
      expect(ids(await list('bank', { first: 100 }))).toContain(own.id);
      expect((await list('bank2', { filter: { enterpriseId: firmEnt.id } })).totalCount).toBe(0);
      const seen = await t.gql<{ financingNeed: { purpose: string } }>(GET, { id: own.id }, await f.token('bank'));
      expect(seen.data!.financingNeed.purpose).toBe('只给看得见的人');

      const valuer = await t.gql(LIST, {}, await f.token('valuer'));
      expect(valuer.errors![0].extensions!.code).toBe('FORBIDDEN');
    });
  });

  describe('the project library', () => {
    let n1: Need;
    let n2: Need;
    let n3: Need;
    let n4: Need;

    beforeAll(async () => {
      // Songjiang's office sees exactly these four: two of a G60 park firm, two of a Songjiang firm.
      const parkEnt = await enterprise('G60园区企业', f.regions.songjiang, null, f.regions.g60);
      const sjEnt = await enterprise('松江企业', f.regions.songjiang, null);
      const parkBundle = await bundle(parkEnt, '园区组合');
      const sjBundle = await bundle(sjEnt, '松江组合');
      n1 = await create('office.sj', { enterpriseId: parkEnt.id, amount: { amountFen: '100000000' }, termMonths: 12, bundleId: parkBundle.id });
      n2 = await create('office.sj', { enterpriseId: parkEnt.id, amount: { amountFen: '500000000' }, termMonths: 36 });
      n3 = await create('office.sj', { enterpriseId: sjEnt.id, amount: { amountFen: '300000000' }, termMonths: 24 });
      n4 = await create('office.sj', { enterpriseId: sjEnt.id, amount: { amountFen: '800000000' }, termMonths: 6, bundleId: sjBundle.id });
      await t.gql(WITHDRAW, { id: n4.id }, await f.token('office.sj'));
    });

    const sorted = (list: string[]) => [...list].sort();
    it.each<[string, () => Record<string, unknown>, () => Need[]]>([
      ['nothing', () => ({}), () => [n1, n2, n3, n4]],
      ['enterprise', () => ({ enterpriseId: n1.enterpriseId }), () => [n1, n2]],
      ['status OPEN', () => ({ status: 'OPEN' }), () => [n1, n2, n3]],
      ['status WITHDRAWN', () => ({ status: 'WITHDRAWN' }), () => [n4]],
      ['a minimum amount (inclusive)', () => ({ minAmount: { amountFen: '300000000' } }), () => [n2, n3, n4]],
      ['a maximum amount (inclusive)', () => ({ maxAmount: { amountFen: '300000000' } }), () => [n1, n3]],
      ['an amount range', () => ({ minAmount: { amountFen: '200000000' }, maxAmount: { amountFen: '600000000' } }), () => [n2, n3]],
      ['a term range', () => ({ minTermMonths: 12, maxTermMonths: 24 }), () => [n1, n3]],
      ['a park region', () => ({ regionId: f.regions.g60.id }), () => [n1, n2]],
      ['a district with its parks', () => ({ regionId: f.regions.songjiang.id }), () => [n1, n2, n3, n4]],
      ['a region outside the office’s own', () => ({ regionId: f.regions.minhang.id }), () => []],
      ['having a bundle', () => ({ hasBundle: true }), () => [n1, n4]],
      ['having no bundle', () => ({ hasBundle: false }), () => [n2, n3]],
    ])('filters by %s', async (_what, filter, expected) => {
      const page = await list('office.sj', { filter: filter() });
      expect(sorted(ids(page))).toEqual(sorted(expected().map((n) => n.id)));
      expect(page.totalCount).toBe(expected().length);
    });

    it('sorts by amount, term and creation time and pages with cursors', async () => {
      expect(ids(await list('office.sj'))).toEqual([n4.id, n3.id, n2.id, n1.id]);
      expect(ids(await list('office.sj', { sort: { field: 'AMOUNT', direction: 'ASC' } }))).toEqual([n1.id, n3.id, n2.id, n4.id]);
      expect(ids(await list('office.sj', { sort: { field: 'TERM_MONTHS', direction: 'DESC' } }))).toEqual([n2.id, n3.id, n1.id, n4.id]);

      const first = await list('office.sj', { first: 3, sort: { field: 'AMOUNT', direction: 'ASC' } });
      expect(ids(first)).toEqual([n1.id, n3.id, n2.id]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.totalCount).toBe(4);
      const second = await list('office.sj', { first: 3, after: first.pageInfo.endCursor, sort: { field: 'AMOUNT', direction: 'ASC' } });
      expect(ids(second)).toEqual([n4.id]);
      expect(second.pageInfo.hasNextPage).toBe(false);

      const walked: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page['financingNeeds'] = await list('office.sj', { first: 1, after, sort: { field: 'CREATED_AT', direction: 'ASC' } });
        walked.push(...ids(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(walked).toEqual([n1.id, n2.id, n3.id, n4.id]);
    });

    it('refuses a page above 100, an unknown enum, an unknown region and a bad amount with BAD_USER_INPUT', async () => {
      const office = await f.token('office.sj');
      const cases: [Record<string, unknown>, string][] = [
        [{ first: 101 }, 'first'],
        [{ first: 0 }, 'first'],
        [{ filter: { status: 'PENDING' } }, 'filter.status'],
        [{ sort: { field: 'RATE' } }, 'sort.field'],
        [{ filter: { regionId: ZERO_ID } }, 'filter.regionId'],
        [{ filter: { minAmount: { amountFen: '1e6' } } }, 'filter.minAmount.amountFen'],
        [{ filter: { minTermMonths: 0 } }, 'filter.minTermMonths'],
      ];
      for (const [variables, field] of cases) {
        const res = await t.gql(LIST, variables, office);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('asks the same number of SQL queries for one need as for a page of them with firms and posters', async () => {
      const query = `query($first: Int) { financingNeeds(first: $first) {
        edges { node { id enterpriseName enterprise { id name } createdBy { id name region { name } } } } } }`;
      const admin = await f.token('admin');
      const countQueries = async (first: number): Promise<number> => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          const res = await t.gql<Page>(query, { first }, admin);
          expect(res.errors).toBeUndefined();
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      const one = await countQueries(1);
      const many = await countQueries(50);
      expect(many).toBe(one);
      expect(many).toBeLessThanOrEqual(4);
    });
  });
});
