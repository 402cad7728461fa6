import { addDays, CREDIT_CODE_ALPHABET, OrganizationType, Role, todayInShanghai } from '@zhirong/core';
import { insertTestEnterprise, testCreditCode, TestEnterpriseValues } from './testing';
import { hashPassword, IdentityModule, Organization, User } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, firstError, FIXTURE_PASSWORD, GraphQLResult, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { EnterpriseBankAccess } from './entities/enterprise-bank-access.entity';
import { Enterprise } from './entities/enterprise.entity';
import { BankAccessReason, CreditRating, EnterpriseTag } from './entities/enterprise.enums';
import { EnterprisesModule } from './enterprises.module';

const FIELDS = `id creditCode name region { id name } park { id name } industryCode industryName foundedOn employees
  annualRevenue { amountFen currency } tags tagLabels creditRating dishonest contacts { name title phone email } createdAt updatedAt`;
const CREATE = `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { enterprise(id: $id) { ${FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: EnterpriseFilter, $sort: EnterpriseSort) {
  enterprises(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name foundedOn region { name } park { name } } }
  }
}`;

interface EnterpriseView {
  id: string;
  creditCode: string;
  name: string;
  region: { id: string; name: string };
  park: { id: string; name: string } | null;
  industryCode: string;
  industryName: string | null;
  foundedOn: string;
  employees: number | null;
  annualRevenue: { amountFen: string; currency: string } | null;
  tags: string[];
  tagLabels: string[];
  creditRating: string | null;
  dishonest: boolean;
  contacts: { name: string; title: string | null; phone: string | null; email: string | null }[];
}
interface ListView {
  enterprises: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string; foundedOn: string; region: { name: string }; park: { name: string } | null } }[];
  };
}

let named = 0;



describe('enterprises over GraphQL', () => {
  let t: TestApp;
  let fx: IdentityFixture;
  /** Firms made once for the read-only tests; their names start with 基准 so filters can isolate them. */
  const world = {} as Record<'mh1' | 'mh2' | 'sj1' | 'g1' | 'hd1', Enterprise>;

  const input = (overrides: Record<string, unknown> = {}) => ({
    creditCode: testCreditCode(),
    name: `测试企业${++named}号科技有限公司`,
    regionId: fx.regions.minhang.id,
    industryCode: 'C39',
    foundedOn: '2018-05-20',
    ...overrides,
  });

  async function insert(values: Partial<TestEnterpriseValues>): Promise<Enterprise> {
    return insertTestEnterprise(t.dataSource.manager, { region: fx.regions.minhang, ...values });
  }

  /** An enterprise organisation with one signed-in user, for tests that need a firm of their own. */
  async function newFirmUser(name: string): Promise<{ org: Organization; token: string }> {
    const m = t.dataSource.manager;
    const org = await m.save(m.create(Organization, { name, type: OrganizationType.ENTERPRISE, regionId: fx.regions.minhang.id }));
    const email = `${org.id}@firm.test`;
    await m.save(
      m.create(User, { email, displayName: name, roles: [Role.ENTERPRISE_USER], organizationId: org.id, passwordHash: await hashPassword(FIXTURE_PASSWORD) }),
    );
    const res = await t.gql<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
      { e: email, p: FIXTURE_PASSWORD },
    );
    return { org, token: res.data!.login.accessToken };
  }

  /** Verifies every open declaration of the firm, as its office would. */
  async function verifyAll(token: string, enterpriseId: string): Promise<void> {
    const queue = await t.gql<{ factDeclarations: { edges: { node: { id: string } }[] } }>(
      'query($id: ID!) { factDeclarations(first: 100, filter: { enterpriseId: $id }) { edges { node { id } } } }',
      { id: enterpriseId },
      token,
    );
    for (const { node } of queue.data!.factDeclarations.edges) {
      const res = await t.gql('mutation($id: ID!) { reviewFactDeclaration(input: { declarationId: $id, verdict: VERIFY }) { status } }', { id: node.id }, token);
      expect(res.errors).toBeUndefined();
    }
  }

  async function auditCount(): Promise<number> {
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      "select count(*)::int as n from audit_log where action in ('createEnterprise', 'updateEnterprise')",
    );
    return n;
  }

  async function listNames(token: string, filter: Record<string, unknown>, sort?: Record<string, unknown>): Promise<string[]> {
    const res = await t.gql<ListView>(LIST, { first: 100, filter, sort }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.enterprises.edges.map((e) => e.node.name);
  }

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, EnterprisesModule]);
    fx = await createIdentityFixture(t);
    const { minhang, songjiang, g60, haidian } = fx.regions;
    world.mh1 = await insert({
      name: '基准闵行甲科技有限公司',
      industryCode: 'C39',
      tags: [EnterpriseTag.HIGH_TECH, EnterpriseTag.TECH_SME],
      creditRating: CreditRating.AA,
    });
    world.mh2 = await insert({
      name: '基准闵行乙软件有限公司',
      industryCode: 'I65',
      tags: [EnterpriseTag.SPECIALIZED_NEW],
      creditRating: CreditRating.BBB,
      dishonest: true,
    });
    world.sj1 = await insert({
      name: '基准松江丙研究院有限公司',
      region: songjiang,
      industryCode: 'M73',
      creditRating: CreditRating.A,
    });
    world.g1 = await insert({
      name: '基准G60丁智造有限公司',
      region: songjiang,
      park: g60,
      industryCode: 'C35',
      tags: [EnterpriseTag.HIGH_TECH, EnterpriseTag.SPECIALIZED_NEW],
      creditRating: CreditRating.AAA,
    });
    world.hd1 = await insert({
      name: '基准海淀戊信息有限公司',
      region: haidian,
      industryCode: 'I64',
      organizationId: fx.orgs.firm2.id,
    });
    expect(minhang.level).toBe('DISTRICT');
  });

  afterAll(() => t.close());

  describe('createEnterprise', () => {
    it('lets an office register a firm in its district, with every field, audited in the same transaction', async () => {
      const before = await auditCount();
      const res = await t.gql<{ createEnterprise: EnterpriseView }>(
        CREATE,
        {
          input: input({
            creditCode: ` ${testCreditCode().toLowerCase()} `,
            name: '上海  知融示范科技有限公司',
            industryCode: 'i65',
            employees: 86,
            annualRevenue: { amountFen: '3250000000' },
            tags: [EnterpriseTag.HIGH_TECH, EnterpriseTag.HIGH_TECH, EnterpriseTag.TECH_SME],
            creditRating: 'AA',
            contacts: [{ name: '王经理', title: '财务总监', phone: '+86 21-6488 0000', email: 'Wang@Example.cn' }],
          }),
        },
        await fx.token('office'),
      );
      expect(res.errors).toBeUndefined();
      const e = res.data!.createEnterprise;
      expect(e).toMatchObject({
        name: '上海 知融示范科技有限公司',
        region: { id: fx.regions.minhang.id, name: '闵行区' },
        park: null,
        industryCode: 'I65',
        industryName: '信息传输、软件和信息技术服务业',
        employees: 86,
        annualRevenue: { amountFen: '3250000000', currency: 'CNY' },
        tags: ['HIGH_TECH', 'TECH_SME'],
        tagLabels: ['高新技术企业', '科技型中小企业'],
        creditRating: 'AA',
        dishonest: false,
        contacts: [{ name: '王经理', title: '财务总监', phone: '+86 21-6488 0000', email: 'wang@example.cn' }],
      });
      expect(e.creditCode).toMatch(/^91310112MA1[0-9A-Y]{7}$/);

      const rows = await t.dataSource.query<{ action: string; before: unknown; after: { creditCode: string }; actor_user_id: string }[]>(
        'select action, before, after, actor_user_id from audit_log where entity_id = $1',
        [e.id],
      );
      expect(rows).toEqual([{ action: 'createEnterprise', before: null, after: expect.objectContaining({ creditCode: e.creditCode }), actor_user_id: fx.users.office.id }]);
      expect(await auditCount()).toBe(before + 1);
      const stored = await t.dataSource.manager.findOneByOrFail(Enterprise, { id: e.id });
      expect(stored).toMatchObject({ regionPath: '310000/310112', organizationId: null, createdByOrganizationId: fx.orgs.office.id });
    });

    it('lets a service window register a firm on its behalf and link the firm’s organisation, which then sees it', async () => {
      const firm = await newFirmUser('窗口代办科技有限公司');
      const res = await t.gql<{ createEnterprise: EnterpriseView }>(CREATE, { input: input({ organizationId: firm.org.id }) }, await fx.token('window'));
      expect(res.errors).toBeUndefined();
      const id = res.data!.createEnterprise.id;
      const seen = await t.gql<{ enterprise: EnterpriseView }>(GET, { id }, firm.token);
      expect(seen.data!.enterprise.id).toBe(id);

      const bankOrg = await t.gql(CREATE, { input: input({ organizationId: fx.orgs.bank.id }) }, await fx.token('window'));
      expect(firstError(bankOrg).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
      const again = await t.gql(CREATE, { input: input({ organizationId: firm.org.id }) }, await fx.token('window'));
      expect(firstError(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROFILE_EXISTS' });
    });

    it('lets a park register firms in its park, but not elsewhere in its district', async () => {
      const park = await fx.token('park');
      const inPark = await t.gql<{ createEnterprise: EnterpriseView }>(
        CREATE,
        { input: input({ regionId: fx.regions.songjiang.id, parkId: fx.regions.g60.id }) },
        park,
      );
      expect(inPark.errors).toBeUndefined();
      expect(inPark.data!.createEnterprise.park).toEqual({ id: fx.regions.g60.id, name: 'G60科创走廊松江园区' });
      const stored = await t.dataSource.manager.findOneByOrFail(Enterprise, { id: inPark.data!.createEnterprise.id });
      expect(stored.regionPath).toBe(fx.regions.g60.path);

      const outside = await t.gql(CREATE, { input: input({ regionId: fx.regions.songjiang.id }) }, park);
      expect(firstError(outside).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
    });

    it('lets the platform register firms anywhere', async () => {
      const res = await t.gql<{ createEnterprise: EnterpriseView }>(
        CREATE,
        { input: input({ regionId: fx.regions.haidian.id, industryCode: 'I' }) },
        await fx.token('admin'),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.createEnterprise).toMatchObject({ region: { name: '海淀区' }, industryName: '信息传输、软件和信息技术服务业' });
    });

    it('lets a firm register its own profile once, anywhere, without setting its own credit signals', async () => {
      const firm = await newFirmUser('自主注册科技有限公司');
      const dishonest = await t.gql(CREATE, { input: input({ dishonest: true }) }, firm.token);
      expect(firstError(dishonest).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CREDIT_SIGNALS_RESERVED', field: 'input.dishonest' });
      const rated = await t.gql(CREATE, { input: input({ creditRating: 'AAA' }) }, firm.token);
      expect(firstError(rated).extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.creditRating' });
      const forOther = await t.gql(CREATE, { input: input({ organizationId: fx.orgs.firm.id }) }, firm.token);
      expect(firstError(forOther).extensions!.code).toBe('FORBIDDEN');

      const own = await t.gql<{ createEnterprise: EnterpriseView }>(CREATE, { input: input({ regionId: fx.regions.haidian.id }) }, firm.token);
      expect(own.errors).toBeUndefined();
      const stored = await t.dataSource.manager.findOneByOrFail(Enterprise, { id: own.data!.createEnterprise.id });
      expect(stored.organizationId).toBe(firm.org.id);

      const second = await t.gql(CREATE, { input: input() }, firm.token);
      expect(firstError(second).extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROFILE_EXISTS' });
    });

    it.each(['bank', 'valuer', 'guarantor'] as const)('refuses a %s with FORBIDDEN', async (who) => {
      const res = await t.gql(CREATE, { input: input() }, await fx.token(who));
      expect(firstError(res).extensions!.code).toBe('FORBIDDEN');
    });

    it('refuses an office outside its region with FORBIDDEN', async () => {
      const res = await t.gql(CREATE, { input: input({ regionId: fx.regions.songjiang.id }) }, await fx.token('office'));
      expect(firstError(res).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
    });

    it('refuses signed-out callers', async () => {
      const res = await t.gql(CREATE, { input: input() });
      expect(firstError(res).extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('answers CONFLICT on a credit code already registered, however it is written', async () => {
      const office = await fx.token('office');
      const creditCode = testCreditCode();
      expect((await t.gql(CREATE, { input: input({ creditCode }) }, office)).errors).toBeUndefined();
      for (const written of [creditCode, creditCode.toLowerCase()]) {
        const dup = await t.gql(CREATE, { input: input({ creditCode: written, name: '另一家公司' }) }, office);
        expect(firstError(dup).extensions).toMatchObject({ code: 'CONFLICT', reason: 'CREDIT_CODE_TAKEN', field: 'input.creditCode' });
      }
    });

    it.each([
      ['a wrong check character', () => ({ creditCode: wrongCheck(testCreditCode()) }), 'input.creditCode', /check character/],
      ['a short credit code', () => ({ creditCode: '91310112MA1' }), 'input.creditCode', /18 characters/],
      ['a credit code with an O', () => ({ creditCode: '91310112MA1OOOOOO0' }), 'input.creditCode', /"O" is not allowed/],
      ['an industry code outside its section', () => ({ industryCode: 'C44' }), 'input.industryCode', /Division 44 is not in section C/],
      ['an unknown industry section', () => ({ industryCode: 'Z01' }), 'input.industryCode', /section letter A–T/],
      ['a founding date in the future', () => ({ foundedOn: addDays(todayInShanghai(), 2) }), 'input.foundedOn', /future/],
      ['an impossible founding date', () => ({ foundedOn: '2023-02-30' }), 'input.foundedOn', /not a calendar date/],
      ['negative employees', () => ({ employees: -1 }), 'input.employees', /./],
      ['an over-long name', () => ({ name: '企'.repeat(201) }), 'input.name', /./],
      ['a blank name', () => ({ name: '   ' }), 'input.name', /blank/],
      ['a malformed revenue', () => ({ annualRevenue: { amountFen: '12.50' } }), 'input.annualRevenue.amountFen', /whole number of fen/],
      ['a negative revenue', () => ({ annualRevenue: { amountFen: '-100' } }), 'input.annualRevenue.amountFen', /./],
      ['a park given as the region', () => ({ regionId: fx.regions.g60.id }), 'input.regionId', /district or city/],
      ['a province as the region', () => ({ regionId: fx.regions.shanghai.id }), 'input.regionId', /district or city/],
      ['an unknown region', () => ({ regionId: randomUUID() }), 'input.regionId', /does not exist/],
      ['a park outside the region', () => ({ parkId: fx.regions.g60.id }), 'input.parkId', /not in 闵行区/],
      ['a bad contact phone', () => ({ contacts: [{ name: '李', phone: 'abc' }] }), 'input.contacts.0.phone', /./],
      ['a bad contact e-mail', () => ({ contacts: [{ name: '李', email: 'li@' }] }), 'input.contacts.0.email', /e-mail/],
      ['eleven contacts', () => ({ contacts: Array.from({ length: 11 }, (_, i) => ({ name: `联系人${i}` })) }), 'input.contacts', /./],
    ])('answers BAD_USER_INPUT on %s, naming %s, and writes nothing', async (_what, change, field, message) => {
      const before = await auditCount();
      const enterprisesBefore = await t.dataSource.manager.count(Enterprise);
      const res = await t.gql(CREATE, { input: input(change()) }, await fx.token('office'));
      const error = firstError(res);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(message);
      expect(await auditCount()).toBe(before);
      expect(await t.dataSource.manager.count(Enterprise)).toBe(enterprisesBefore);
    });

    it('answers BAD_USER_INPUT on an unknown tag', async () => {
      const res = await t.gql(CREATE, { input: input({ tags: ['FAMOUS'] }) }, await fx.token('office'));
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringMatching(/^input\.tags/) });
    });
  });

  describe('updateEnterprise', () => {
    it('lets the firm itself change its profile, audited with before and after, but not its credit signals', async () => {
      const firm = await newFirmUser('自改资料科技有限公司');
      const created = await t.gql<{ createEnterprise: EnterpriseView }>(CREATE, { input: input({ name: '旧名称有限公司', employees: 10 }) }, firm.token);
      const id = created.data!.createEnterprise.id;

      const res = await t.gql<{ updateEnterprise: EnterpriseView }>(
        UPDATE,
        { id, input: { name: '新名称有限公司', employees: null, contacts: [{ name: '赵' }], dishonest: false } },
        firm.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateEnterprise).toMatchObject({ name: '新名称有限公司', employees: null, contacts: [{ name: '赵', phone: null }] });
      const [row] = await t.dataSource.query<{ before: { name: string }; after: { name: string } }[]>(
        "select before, after from audit_log where entity_id = $1 and action = 'updateEnterprise'",
        [id],
      );
      expect(row.before.name).toBe('旧名称有限公司');
      expect(row.after.name).toBe('新名称有限公司');

      const flag = await t.gql(UPDATE, { id, input: { dishonest: true } }, firm.token);
      expect(firstError(flag).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CREDIT_SIGNALS_RESERVED' });
      const other = await t.gql(UPDATE, { id: world.mh1.id, input: { name: '抢改' } }, firm.token);
      expect(firstError(other).extensions!.code).toBe('FORBIDDEN');
    });

    it('keeps the credit code as it was registered', async () => {
      const created = await t.gql<{ createEnterprise: EnterpriseView }>(CREATE, { input: input() }, await fx.token('office'));
      const { id, creditCode } = created.data!.createEnterprise;
      const res = await t.gql(UPDATE, { id, input: { creditCode: testCreditCode() } }, await fx.token('office'));
      expect(firstError(res).extensions!.code).toBe('BAD_USER_INPUT');
      expect((await t.dataSource.manager.findOneByOrFail(Enterprise, { id })).creditCode).toBe(creditCode);
    });

    it('lets offices edit and move firms only within their region, and the platform anywhere', async () => {
      const office = await fx.token('office');
      const created = await t.gql<{ createEnterprise: EnterpriseView }>(CREATE, { input: input() }, office);
      const id = created.data!.createEnterprise.id;
      const before = await auditCount();

      const away = await t.gql(UPDATE, { id, input: { regionId: fx.regions.songjiang.id } }, office);
      expect(firstError(away).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
      const foreign = await t.gql(UPDATE, { id, input: { name: '越权' } }, await fx.token('office.sj'));
      expect(firstError(foreign).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
      const bank = await t.gql(UPDATE, { id, input: { name: '银行' } }, await fx.token('bank'));
      expect(firstError(bank).extensions!.code).toBe('FORBIDDEN');
      const future = await t.gql(UPDATE, { id, input: { foundedOn: addDays(todayInShanghai(), 1) } }, office);
      expect(firstError(future).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.foundedOn' });
      expect(await auditCount()).toBe(before);

      const rated = await t.gql<{ updateEnterprise: EnterpriseView }>(UPDATE, { id, input: { creditRating: 'A', dishonest: true, industryCode: 'M73' } }, office);
      expect(rated.data!.updateEnterprise).toMatchObject({ creditRating: 'A', dishonest: true, industryName: '科学研究和技术服务业' });

      const admin = await fx.token('admin');
      const moved = await t.gql<{ updateEnterprise: EnterpriseView }>(
        UPDATE,
        { id, input: { regionId: fx.regions.songjiang.id, parkId: fx.regions.g60.id } },
        admin,
      );
      expect(moved.data!.updateEnterprise).toMatchObject({ region: { name: '松江区' }, park: { name: 'G60科创走廊松江园区' } });
      expect((await t.dataSource.manager.findOneByOrFail(Enterprise, { id })).regionPath).toBe(fx.regions.g60.path);
      const parkSees = await t.gql<{ enterprise: EnterpriseView }>(GET, { id }, await fx.token('park'));
      expect(parkSees.data!.enterprise.id).toBe(id);

      const stranded = await t.gql(UPDATE, { id, input: { regionId: fx.regions.minhang.id } }, admin);
      expect(firstError(stranded).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parkId' });
      const unparked = await t.gql<{ updateEnterprise: EnterpriseView }>(UPDATE, { id, input: { parkId: null } }, admin);
      expect(unparked.data!.updateEnterprise.park).toBeNull();
      expect((await t.dataSource.manager.findOneByOrFail(Enterprise, { id })).regionPath).toBe(fx.regions.songjiang.path);
      expect(await auditCount()).toBe(before + 3);
    });

    it('answers NOT_FOUND on an unknown firm', async () => {
      const res = await t.gql(UPDATE, { id: randomUUID(), input: { name: '无' } }, await fx.token('admin'));
      expect(firstError(res).extensions!.code).toBe('NOT_FOUND');
    });
  });

  describe('reportAnnualRevenue', () => {
    const REPORT = `mutation($input: ReportAnnualRevenueInput!) { reportAnnualRevenue(input: $input) { year revenue { amountFen } growthBp } }`;
    const HISTORY = `query($id: ID!) { enterprise(id: $id) { annualRevenue { amountFen } annualRevenues { year revenue { amountFen } growthBp } } }`;
    const lastYear = Number(todayInShanghai().slice(0, 4)) - 1;
    const report = (token: string, enterpriseId: string, year: number, amountFen: string) =>
      t.gql<{ reportAnnualRevenue: { year: number; revenue: { amountFen: string }; growthBp: number | null } }>(REPORT, { input: { enterpriseId, year, revenue: { amountFen } } }, token);
    const history = async (id: string, token: string) =>
      (await t.gql<{ enterprise: { annualRevenue: { amountFen: string } | null; annualRevenues: { year: number; revenue: { amountFen: string }; growthBp: number | null }[] } }>(HISTORY, { id }, token)).data!.enterprise;

    it('keeps one figure per fiscal year with growth, counts the firm’s own figures once verified, and moves the profile to the newest year', async () => {
      const firm = await newFirmUser('营收填报科技有限公司');
      const office = await fx.token('office');
      const { id } = (await insert({ name: '营收填报科技有限公司', organizationId: firm.org.id, foundedOn: '2015-03-01' }));
      // The firm's own report is a declaration: shown back, not yet counted.
      expect((await report(firm.token, id, lastYear - 1, '1000000000')).data!.reportAnnualRevenue).toEqual({ year: lastYear - 1, revenue: { amountFen: '1000000000' }, growthBp: null });
      expect(await history(id, firm.token)).toEqual({ annualRevenue: null, annualRevenues: [] });
      await verifyAll(office, id);
      expect((await report(office, id, lastYear, '1250000000')).data!.reportAnnualRevenue).toEqual({ year: lastYear, revenue: { amountFen: '1250000000' }, growthBp: 2500 });
      // An older year does not move the profile's figure; a correction of the newest does.
      await report(office, id, lastYear - 2, '900000000');
      expect(await history(id, firm.token)).toEqual({
        annualRevenue: { amountFen: '1250000000' },
        annualRevenues: [
          { year: lastYear, revenue: { amountFen: '1250000000' }, growthBp: 2500 },
          { year: lastYear - 1, revenue: { amountFen: '1000000000' }, growthBp: 1111 },
          { year: lastYear - 2, revenue: { amountFen: '900000000' }, growthBp: null },
        ],
      });
      await report(office, id, lastYear, '950000000');
      const corrected = await history(id, firm.token);
      expect(corrected.annualRevenue).toEqual({ amountFen: '950000000' });
      expect(corrected.annualRevenues[0]).toEqual({ year: lastYear, revenue: { amountFen: '950000000' }, growthBp: -500 });
      const audit = await t.dataSource.query<{ before: unknown; after: unknown }[]>(
        "select before, after from audit_log where entity_id = $1 and action = 'reportAnnualRevenue' order by created_at",
        [id],
      );
      expect(audit).toHaveLength(3);
      expect(audit[2]).toEqual({ before: { year: lastYear, revenueFen: '1250000000' }, after: { year: lastYear, revenueFen: '950000000' } });
    });

    it('refuses the current year, years before founding, negative amounts, and writers outside the firm’s region', async () => {
      const office = await fx.token('office');
      const { id } = await insert({ name: '营收校验科技有限公司', foundedOn: '2019-06-01' });
      const rows = async () => (await t.dataSource.query<{ n: number }[]>('select count(*)::int as n from enterprise_annual_revenue where enterprise_id = $1', [id]))[0].n;
      expect(firstError(await report(office, id, lastYear + 1, '1')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year', reason: 'INVALID_REVENUE_YEAR' });
      expect(firstError(await report(office, id, 2018, '1')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
      expect(firstError(await report(office, id, 2019, '-5')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.revenue.amountFen' });
      expect(firstError(await report(await fx.token('office.sj'), id, 2019, '5')).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
      expect(firstError(await report(await fx.token('bank'), id, 2019, '5')).extensions!.code).toBe('FORBIDDEN');
      expect(firstError(await report(await fx.token('firm'), id, 2019, '5')).extensions!.code).toBe('FORBIDDEN');
      expect(firstError(await report(office, randomUUID(), 2019, '5')).extensions!.code).toBe('NOT_FOUND');
      expect(await rows()).toBe(0);
      expect((await report(office, id, 2019, '0')).data!.reportAnnualRevenue.year).toBe(2019);
      expect(await rows()).toBe(1);
    });

    it('loads the revenue of a page of firms in one query', async () => {
      const office = await fx.token('office');
      const names = ['营收分页甲有限公司', '营收分页乙有限公司', '营收分页丙有限公司'];
      for (const name of names) {
        const { id } = await insert({ name });
        await report(office, id, lastYear, '100');
      }
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      let queries: string[];
      try {
        const res = await t.gql<{ enterprises: { edges: { node: { annualRevenues: { year: number }[] } }[] } }>(
          'query { enterprises(first: 10, filter: { nameContains: "营收分页" }) { edges { node { annualRevenues { year } } } } }',
          {},
          office,
        );
        expect(res.data!.enterprises.edges.map((e) => e.node.annualRevenues)).toEqual(names.map(() => [{ year: lastYear }]));
        queries = spy.mock.calls.map((c) => String(c[0]));
      } finally {
        spy.mockRestore();
      }
      expect(queries.filter((q) => q.includes('enterprise_annual_revenue'))).toHaveLength(1);
    });
  });

  describe('enterprise(id)', () => {
    it('answers NOT_FOUND on an unknown id and BAD_USER_INPUT on a malformed one', async () => {
      const missing = await t.gql(GET, { id: randomUUID() }, await fx.token('admin'));
      expect(firstError(missing).extensions!.code).toBe('NOT_FOUND');
      const malformed = await t.gql(GET, { id: 'not-an-id' }, await fx.token('admin'));
      expect(firstError(malformed).extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('answers FORBIDDEN on a firm the actor may not see', async () => {
      for (const who of ['office.sj', 'firm', 'bank', 'valuer'] as const) {
        const res = await t.gql(GET, { id: world.mh1.id }, await fx.token(who));
        expect(firstError(res).extensions!.code).toBe('FORBIDDEN');
      }
      const ok = await t.gql<{ enterprise: EnterpriseView }>(GET, { id: world.mh1.id }, await fx.token('window'));
      expect(ok.data!.enterprise.name).toBe(world.mh1.name);
    });
  });

  describe('enterprises (list)', () => {
    const base = { nameContains: '基准' };

    it('shows an office its district, a park its park, a district its parks too', async () => {
      expect((await listNames(await fx.token('office'), base)).sort()).toEqual([world.mh1.name, world.mh2.name].sort());
      expect(await listNames(await fx.token('park'), base)).toEqual([world.g1.name]);
      expect((await listNames(await fx.token('office.sj'), base)).sort()).toEqual([world.sj1.name, world.g1.name].sort());
      expect(await listNames(await fx.token('admin'), base)).toHaveLength(5);
    });

    it('shows a firm only itself', async () => {
      const res = await t.gql<ListView>(LIST, {}, await fx.token('firm2'));
      expect(res.data!.enterprises.totalCount).toBe(1);
      expect(res.data!.enterprises.edges.map((e) => e.node.id)).toEqual([world.hd1.id]);
    });

    it('shows a bank nothing until a firm is pushed or applies to it, then exactly that firm', async () => {
      const bank = await fx.token('bank');
      const empty = await t.gql<ListView>(LIST, {}, bank);
      expect(empty.data!.enterprises).toMatchObject({ totalCount: 0, edges: [] });

      const m = t.dataSource.manager;
      await m.save(m.create(EnterpriseBankAccess, { enterpriseId: world.sj1.id, bankOrganizationId: fx.orgs.bank.id, reason: BankAccessReason.WHITELIST_PUSH }));
      const after = await t.gql<ListView>(LIST, {}, bank);
      expect(after.data!.enterprises.totalCount).toBe(1);
      expect(after.data!.enterprises.edges.map((e) => e.node.id)).toEqual([world.sj1.id]);
      expect((await t.gql<{ enterprise: EnterpriseView }>(GET, { id: world.sj1.id }, bank)).data!.enterprise.id).toBe(world.sj1.id);
      expect(firstError(await t.gql(GET, { id: world.g1.id }, bank)).extensions!.code).toBe('FORBIDDEN');

      const other = await t.gql<ListView>(LIST, {}, await fx.token('bank2'));
      expect(other.data!.enterprises.totalCount).toBe(0);
      expect(firstError(await t.gql(GET, { id: world.sj1.id }, await fx.token('bank2'))).extensions!.code).toBe('FORBIDDEN');
    });

    it('refuses valuers and guarantors, who work by assignment', async () => {
      for (const who of ['valuer', 'guarantor'] as const) {
        expect(firstError(await t.gql(LIST, {}, await fx.token(who))).extensions!.code).toBe('FORBIDDEN');
      }
    });

    it('filters by region subtree, park, industry, tags, dishonesty, rating and name', async () => {
      const admin = await fx.token('admin');
      const names = async (filter: Record<string, unknown>) => (await listNames(admin, { ...base, ...filter })).sort();
      const sorted = (...es: Enterprise[]) => es.map((e) => e.name).sort();

      expect(await names({ regionId: fx.regions.songjiang.id })).toEqual(sorted(world.sj1, world.g1));
      expect(await names({ regionId: fx.regions.shanghai.id })).toEqual(sorted(world.mh1, world.mh2, world.sj1, world.g1));
      expect(await names({ parkId: fx.regions.g60.id })).toEqual(sorted(world.g1));
      expect(await names({ industryCodePrefix: 'C' })).toEqual(sorted(world.mh1, world.g1));
      expect(await names({ industryCodePrefix: 'i6' })).toEqual(sorted(world.mh2, world.hd1));
      expect(await names({ industryCodePrefix: 'C39' })).toEqual(sorted(world.mh1));
      expect(await names({ tags: ['HIGH_TECH'] })).toEqual(sorted(world.mh1, world.g1));
      expect(await names({ tags: ['HIGH_TECH', 'SPECIALIZED_NEW'] })).toEqual(sorted(world.g1));
      expect(await names({ dishonest: true })).toEqual(sorted(world.mh2));
      expect(await names({ dishonest: false })).toHaveLength(4);
      expect(await names({ minCreditRating: 'AA' })).toEqual(sorted(world.mh1, world.g1));
      expect(await names({ minCreditRating: 'A' })).toEqual(sorted(world.mh1, world.sj1, world.g1));
      expect(await names({ nameContains: '松江丙' })).toEqual(sorted(world.sj1));
      expect(await names({ nameContains: 'g60' })).toEqual(sorted(world.g1));
      expect(await names({ nameContains: '%' })).toEqual([]);
      expect(await names({ regionId: fx.regions.minhang.id, tags: ['HIGH_TECH'], minCreditRating: 'AA' })).toEqual(sorted(world.mh1));
    });

    it('refuses a region filter outside the actor’s subtree, and names a bad filter field', async () => {
      const office = await fx.token('office');
      for (const region of [fx.regions.songjiang, fx.regions.shanghai]) {
        const res = await t.gql(LIST, { filter: { regionId: region.id } }, office);
        expect(firstError(res).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
      }
      const park = await t.gql(LIST, { filter: { parkId: fx.regions.g60.id } }, office);
      expect(firstError(park).extensions).toMatchObject({ code: 'FORBIDDEN' });
      const unknown = await t.gql(LIST, { filter: { regionId: randomUUID() } }, office);
      expect(firstError(unknown).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionId' });
      const notPark = await t.gql(LIST, { filter: { parkId: fx.regions.minhang.id } }, office);
      expect(firstError(notPark).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.parkId' });
      const prefix = await t.gql(LIST, { filter: { industryCodePrefix: 'C%' } }, office);
      expect(firstError(prefix).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industryCodePrefix' });
      const mine = await t.gql<ListView>(LIST, { filter: { ...base, regionId: fx.regions.minhang.id } }, office);
      expect(mine.data!.enterprises.totalCount).toBe(2);
    });

    it.each([
      [{ first: 101 }, 'first'],
      [{ first: 0 }, 'first'],
      [{ after: 'not a cursor!' }, 'after'],
    ])('answers BAD_USER_INPUT on %o', async (args, field) => {
      const res = await t.gql(LIST, args, await fx.token('admin'));
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('prices a full page of 100 with every field within the complexity limit, and 101 as a bad page size', async () => {
      const query = `query($first: Int) { enterprises(first: $first) { totalCount edges { cursor node { ${FIELDS} } } } }`;
      const full = await t.gql(query, { first: 100 }, await fx.token('admin'));
      expect(full.errors).toBeUndefined();
      const over = await t.gql(query, { first: 101 }, await fx.token('admin'));
      expect(firstError(over).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    describe('paging through 25 firms', () => {
      const filter = { nameContains: '分页企业' };
      let pageFirms: Enterprise[];

      beforeAll(async () => {
        pageFirms = [];
        // One insert each, so creation times differ at the microsecond level like real ones.
        for (let i = 0; i < 25; i++) {
          pageFirms.push(
            await insert({
              name: `分页企业-${String((i * 7) % 25).padStart(2, '0')}`,
              region: fx.regions.haidian,
              // Every date twice or more, so ties are broken by id.
              foundedOn: `20${String(10 + (i % 9)).padStart(2, '0')}-03-01`,
            }),
          );
        }
      });

      async function walk(sort?: Record<string, unknown>) {
        const pages: ListView['enterprises'][] = [];
        let after: string | null = null;
        do {
          const res: GraphQLResult<ListView> = await t.gql<ListView>(LIST, { first: 10, after, filter, sort }, await fx.token('admin'));
          expect(res.errors).toBeUndefined();
          pages.push(res.data!.enterprises);
          after = res.data!.enterprises.pageInfo.hasNextPage ? res.data!.enterprises.pageInfo.endCursor : null;
        } while (after && pages.length < 10);
        return pages;
      }

      it.each([undefined, { field: 'CREATED_AT', direction: 'ASC' }, { field: 'NAME', direction: 'ASC' }, { field: 'FOUNDED_ON', direction: 'DESC' }])(
        'walks 10, 10, 5 without repeats, sorted by %o',
        async (sort) => {
          const pages = await walk(sort);
          expect(pages.map((p) => p.edges.length)).toEqual([10, 10, 5]);
          expect(pages.map((p) => p.totalCount)).toEqual([25, 25, 25]);
          expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
          const nodes = pages.flatMap((p) => p.edges.map((e) => e.node));
          expect(new Set(nodes.map((n) => n.id)).size).toBe(25);
          expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(pageFirms.map((e) => e.id)));

          const byCreation = [...pageFirms].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
          if (!sort) expect(nodes.map((n) => n.id)).toEqual(byCreation.reverse().map((e) => e.id));
          if (sort?.field === 'CREATED_AT') expect(nodes.map((n) => n.id)).toEqual(byCreation.map((e) => e.id));
          if (sort?.field === 'NAME') expect(nodes.map((n) => n.name)).toEqual(Array.from({ length: 25 }, (_, i) => `分页企业-${String(i).padStart(2, '0')}`));
          if (sort?.field === 'FOUNDED_ON') {
            const dates = nodes.map((n) => n.foundedOn);
            expect(dates).toEqual([...dates].sort().reverse());
          }
        },
      );

      it('loads the regions of a page in one query, not one per firm', async () => {
        const admin = await fx.token('admin');
        const query = `query($filter: EnterpriseFilter) { enterprises(first: 25, filter: $filter) { totalCount edges { node { id region { name } park { name } } } } }`;
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          const res = await t.gql<{ enterprises: { edges: { node: { region: { name: string } } }[] } }>(query, { filter }, admin);
          expect(res.data!.enterprises.edges).toHaveLength(25);
          expect(res.data!.enterprises.edges.every((e) => e.node.region.name === '海淀区')).toBe(true);
          // The count, the page, and one batch of regions.
          expect(spy.mock.calls.map((c) => String(c[0]).slice(0, 60))).toHaveLength(3);
        } finally {
          spy.mockRestore();
        }
      });
    });
  });
});

/** The same code with a different, wrong check character. */
function wrongCheck(code: string): string {
  const right = code[17];
  const wrong = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(right) + 1) % 31];
  return code.slice(0, 17) + wrong;
}
