import { OrganizationType, Role } from '@zhirong/core';
import { hashPassword, IdentityModule, Organization, User } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, firstError, FIXTURE_PASSWORD, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { randomUUID } from 'node:crypto';
import { Enterprise } from './entities/enterprise.entity';
import { EnterpriseTag } from './entities/enterprise.enums';
import { EnterprisesModule } from './enterprises.module';
import { testCreditCode } from './testing';

const DECLARATION = 'id fact status summary tags employees regionId reviewNote';
const CREATE = `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id tags employees declaredFacts { ${DECLARATION} } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id tags employees region { name } declaredFacts { ${DECLARATION} } } }`;
const GET = `query($id: ID!) { enterprise(id: $id) { id tags employees region { name } declaredFacts { ${DECLARATION} } } }`;
const QUEUE = `query($filter: FactDeclarationFilter) { factDeclarations(first: 100, filter: $filter) { totalCount edges { node { ${DECLARATION} enterpriseId } } } }`;
const REVIEW = `mutation($input: ReviewFactDeclarationInput!) { reviewFactDeclaration(input: $input) { ${DECLARATION} } }`;

interface Declaration {
  id: string;
  fact: string;
  status: string;
  summary: string;
  tags: string[] | null;
  employees: number | null;
  regionId: string | null;
  reviewNote: string | null;
}
interface Profile {
  id: string;
  tags: string[];
  employees: number | null;
  region?: { name: string };
  declaredFacts: Declaration[];
}

describe('declared and verified facts of a firm', () => {
  let t: TestApp;
  let fx: IdentityFixture;
  let named = 0;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, EnterprisesModule]);
    fx = await createIdentityFixture(t);
  });
  afterAll(() => t?.close());

  /** A firm that registers itself, as a firm's user does on sign-up. */
  async function selfRegistered(extra: Record<string, unknown> = {}): Promise<{ token: string; profile: Profile }> {
    const m = t.dataSource.manager;
    const name = `自报事项${++named}号科技有限公司`;
    const org = await m.save(m.create(Organization, { name, type: OrganizationType.ENTERPRISE, regionId: fx.regions.minhang.id }));
    const email = `${org.id}@firm.test`;
    await m.save(m.create(User, { email, displayName: name, roles: [Role.ENTERPRISE_USER], organizationId: org.id, passwordHash: await hashPassword(FIXTURE_PASSWORD) }));
    const login = await t.gql<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
      { e: email, p: FIXTURE_PASSWORD },
    );
    const token = login.data!.login.accessToken;
    const res = await t.gql<{ createEnterprise: Profile }>(
      CREATE,
      { input: { creditCode: testCreditCode(), name, regionId: fx.regions.minhang.id, industryCode: 'C39', foundedOn: '2018-05-20', ...extra } },
      token,
    );
    expect(res.errors).toBeUndefined();
    return { token, profile: res.data!.createEnterprise };
  }

  const review = (token: string, declarationId: string, verdict: 'VERIFY' | 'REJECT', note?: string) =>
    t.gql<{ reviewFactDeclaration: Declaration }>(REVIEW, { input: { declarationId, verdict, note } }, token);
  const queue = async (token: string, filter: Record<string, unknown> = {}) =>
    (await t.gql<{ factDeclarations: { totalCount: number; edges: { node: Declaration & { enterpriseId: string } }[] } }>(QUEUE, { filter }, token)).data!.factDeclarations;
  const audits = async (id: string) =>
    (await t.dataSource.query<{ action: string }[]>('select action from audit_log where entity_id = $1 order by created_at, action', [id])).map((r) => r.action);

  it('keeps what a firm says of itself out of its profile until its office verifies it', async () => {
    const { token, profile } = await selfRegistered({ tags: [EnterpriseTag.SPECIALIZED_NEW, EnterpriseTag.HIGH_TECH], employees: 120 });
    expect(profile).toMatchObject({ tags: [], employees: null });
    const byFact = Object.fromEntries(profile.declaredFacts.map((d) => [d.fact, d]));
    expect(byFact.TAGS).toMatchObject({ status: 'PENDING', tags: ['SPECIALIZED_NEW', 'HIGH_TECH'], summary: '资质标签：专精特新、高新技术企业' });
    expect(byFact.EMPLOYEES).toMatchObject({ status: 'PENDING', employees: 120, summary: '从业人数：120 人' });

    // The office of the firm's region has them in its queue; another district's office, banks and the firm cannot verify.
    const office = await fx.token('office');
    const mine = (await queue(office)).edges.filter((e) => e.node.enterpriseId === profile.id);
    expect(mine.map((e) => e.node.fact).sort()).toEqual(['EMPLOYEES', 'TAGS']);
    expect((await queue(await fx.token('office.sj'))).edges.filter((e) => e.node.enterpriseId === profile.id)).toEqual([]);
    expect((await queue(await fx.token('bank'))).totalCount).toBe(0);
    for (const who of ['office.sj', 'bank'] as const) {
      expect(firstError(await review(await fx.token(who), byFact.TAGS.id, 'VERIFY')).extensions!.code).toBe('FORBIDDEN');
    }
    expect(firstError(await review(token, byFact.TAGS.id, 'VERIFY')).extensions!.code).toBe('FORBIDDEN');
    expect((await t.dataSource.manager.findOneByOrFail(Enterprise, { id: profile.id })).tags).toEqual([]);

    const verified = await review(office, byFact.TAGS.id, 'VERIFY');
    expect(verified.data!.reviewFactDeclaration.status).toBe('VERIFIED');
    const seen = (await t.gql<{ enterprise: Profile }>(GET, { id: profile.id }, token)).data!.enterprise;
    expect(seen.tags.sort()).toEqual(['HIGH_TECH', 'SPECIALIZED_NEW']);
    expect(seen.declaredFacts.map((d) => d.fact)).toEqual(['EMPLOYEES']);
    expect(firstError(await review(office, byFact.TAGS.id, 'REJECT', '重复')).extensions).toMatchObject({ code: 'CONFLICT', reason: 'DECLARATION_CLOSED' });

    // A rejection needs a reason, which the firm reads.
    expect(firstError(await review(office, byFact.EMPLOYEES.id, 'REJECT')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    await review(office, byFact.EMPLOYEES.id, 'REJECT', '社保缴纳人数仅 40 人');
    const rejected = await queue(token, { status: 'REJECTED' });
    expect(rejected.edges.map((e) => e.node)).toEqual([expect.objectContaining({ fact: 'EMPLOYEES', reviewNote: '社保缴纳人数仅 40 人' })]);
    expect((await t.dataSource.manager.findOneByOrFail(Enterprise, { id: profile.id })).employees).toBeNull();

    expect(await audits(byFact.TAGS.id)).toEqual(['declareEnterpriseFact', 'verifyEnterpriseFact']);
    expect(await audits(byFact.EMPLOYEES.id)).toEqual(['declareEnterpriseFact', 'rejectEnterpriseFact']);
  });

  it('lets a firm declare a move that the office of the new region confirms', async () => {
    const { token, profile } = await selfRegistered();
    const moved = await t.gql<{ updateEnterprise: Profile }>(UPDATE, { id: profile.id, input: { regionId: fx.regions.songjiang.id, name: '改名不需核实有限公司' } }, token);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateEnterprise.region!.name).toBe('闵行区');
    const [move] = moved.data!.updateEnterprise.declaredFacts;
    expect(move).toMatchObject({ fact: 'REGION', regionId: fx.regions.songjiang.id, summary: '所在地：松江区' });
    expect((await t.dataSource.manager.findOneByOrFail(Enterprise, { id: profile.id })).name).toBe('改名不需核实有限公司');

    // The firm's current office may not confirm a move out of its region; the receiving one does.
    expect(firstError(await review(await fx.token('office'), move.id, 'VERIFY')).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });
    const songjiang = await fx.token('office.sj');
    expect((await queue(songjiang)).edges.map((e) => e.node.id)).toContain(move.id);
    expect((await review(songjiang, move.id, 'VERIFY')).errors).toBeUndefined();
    const stored = await t.dataSource.manager.findOneByOrFail(Enterprise, { id: profile.id });
    expect(stored.regionPath).toBe(fx.regions.songjiang.path);
    expect(firstError(await t.gql(GET, { id: profile.id }, await fx.token('office'))).extensions!.code).toBe('FORBIDDEN');
  });

  it('withdraws a declaration when the firm states the verified value again, and supersedes it when the office sets the fact', async () => {
    const { token, profile } = await selfRegistered({ employees: 30 });
    const office = await fx.token('office');
    const [first] = profile.declaredFacts;
    const back = await t.gql<{ updateEnterprise: Profile }>(UPDATE, { id: profile.id, input: { employees: null } }, token);
    expect(back.data!.updateEnterprise.declaredFacts).toEqual([]);
    expect((await queue(office, { status: 'SUPERSEDED', enterpriseId: profile.id })).edges.map((e) => e.node.id)).toEqual([first.id]);

    const again = await t.gql<{ updateEnterprise: Profile }>(UPDATE, { id: profile.id, input: { employees: 35, tags: [EnterpriseTag.TECH_SME] } }, token);
    expect(again.data!.updateEnterprise.declaredFacts.map((d) => d.fact).sort()).toEqual(['EMPLOYEES', 'TAGS']);
    // A second declaration of one fact replaces the first's value: one open declaration per fact.
    const replaced = await t.gql<{ updateEnterprise: Profile }>(UPDATE, { id: profile.id, input: { employees: 36 } }, token);
    expect(replaced.data!.updateEnterprise.declaredFacts.find((d) => d.fact === 'EMPLOYEES')!.employees).toBe(36);

    const direct = await t.gql<{ updateEnterprise: Profile }>(UPDATE, { id: profile.id, input: { employees: 33 } }, office);
    expect(direct.data!.updateEnterprise).toMatchObject({ employees: 33 });
    expect(direct.data!.updateEnterprise.declaredFacts.map((d) => d.fact)).toEqual(['TAGS']);
  });

  it('answers NOT_FOUND on an unknown declaration and BAD_USER_INPUT on a malformed one', async () => {
    const office = await fx.token('office');
    expect(firstError(await review(office, randomUUID(), 'VERIFY')).extensions!.code).toBe('NOT_FOUND');
    expect(firstError(await review(office, 'not-an-id', 'VERIFY')).extensions!.code).toBe('BAD_USER_INPUT');
  });
});
