import { OrganizationType, Role } from '@zhirong/core';
import { createTestApp, TestApp } from '@zhirong/platform/testing';
import request from 'supertest';
import { Organization } from './entities/organization.entity';
import { Region, RegionLevel } from './entities/region.entity';
import { User } from './entities/user.entity';
import { IdentityModule } from './identity.module';
import { hashPassword } from './identity.service';

const PASSWORD = 'correct horse battery staple';
const LOGIN = `mutation($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken user { email roles organization { name region { path } } } }
}`;

describe('identity over GraphQL', () => {
  let t: TestApp;
  let district: Region;
  let bank: Organization;

  async function token(email: string): Promise<string> {
    const res = await t.gql<{ login: { accessToken: string } }>(LOGIN, { email, password: PASSWORD });
    return res.data!.login.accessToken;
  }

  beforeAll(async () => {
    t = await createTestApp([IdentityModule]);
    const m = t.dataSource.manager;
    const province = await m.save(m.create(Region, { code: '310000', name: '上海市', level: RegionLevel.PROVINCE, path: '310000' }));
    district = await m.save(m.create(Region, { code: '310112', name: '闵行区', level: RegionLevel.DISTRICT, parentId: province.id, path: '310000/310112' }));
    const office = await m.save(m.create(Organization, { name: '闵行区知识产权局', type: OrganizationType.GOVERNMENT_OFFICE, regionId: district.id }));
    bank = await m.save(m.create(Organization, { name: '测试银行', type: OrganizationType.BANK, regionId: province.id }));
    const passwordHash = await hashPassword(PASSWORD);
    await m.save([
      m.create(User, { email: 'office@test.cn', displayName: '王', roles: [Role.GOV_OFFICER], organizationId: office.id, passwordHash }),
      m.create(User, { email: 'bank-admin@test.cn', displayName: '赵', roles: [Role.BANK_OFFICER, Role.ORG_ADMIN], organizationId: bank.id, passwordHash }),
      m.create(User, { email: 'off@test.cn', displayName: '停', roles: [Role.BANK_OFFICER], organizationId: bank.id, passwordHash, active: false }),
    ]);
  });

  afterAll(() => t.close());

  it('signs in case-insensitively and answers me', async () => {
    const res = await t.gql<{ login: { user: { email: string; organization: { region: { path: string } } } } }>(LOGIN, {
      email: 'Office@Test.CN',
      password: PASSWORD,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user.organization.region.path).toBe('310000/310112');
    const me = await t.gql<{ me: { email: string } }>('{ me { email roles } }', {}, await token('office@test.cn'));
    expect(me.data!.me.email).toBe('office@test.cn');
  });

  it.each([
    ['a wrong password', 'office@test.cn', 'nope'],
    ['an unknown account', 'nobody@test.cn', PASSWORD],
    ['a disabled account', 'off@test.cn', PASSWORD],
  ])('refuses %s with UNAUTHENTICATED', async (_what, email, password) => {
    const res = await t.gql(LOGIN, { email, password });
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('locks an account after 5 failed sign-ins, even for the right password, and audits every failure', async () => {
    const email = 'locked@test.cn';
    const m = t.dataSource.manager;
    await m.save(m.create(User, { email, displayName: '锁', roles: [Role.BANK_OFFICER], organizationId: bank.id, passwordHash: await hashPassword(PASSWORD) }));
    const failedBefore = (await t.dataSource.query(`select count(*)::int as n from audit_log where action = 'loginFailed'`)) as { n: number }[];
    for (let i = 0; i < 5; i++) {
      expect((await t.gql(LOGIN, { email, password: `wrong-${i}` })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const locked = await t.gql(LOGIN, { email: 'LOCKED@test.cn', password: PASSWORD });
    expect(locked.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(800);
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(900);
    // Another account from the same address still signs in.
    expect((await t.gql(LOGIN, { email: 'office@test.cn', password: PASSWORD })).errors).toBeUndefined();
    const rows = (await t.dataSource.query(
      `select after->>'email' as email, after->>'reason' as reason from audit_log where action = 'loginFailed' order by created_at desc limit 6`,
    )) as { email: string; reason: string }[];
    expect(rows.map((r) => r.reason)).toEqual(['LOCKED', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD']);
    expect(rows.every((r) => r.email === email)).toBe(true);
    const failedAfter = (await t.dataSource.query(`select count(*)::int as n from audit_log where action = 'loginFailed'`)) as { n: number }[];
    expect(failedAfter[0].n - failedBefore[0].n).toBe(6);
  });

  it('rejects a malformed e-mail with the field named', async () => {
    const res = await t.gql(LOGIN, { email: 'not-an-email', password: 'x' });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('lets an office add a park below its district, audited, but nothing outside it', async () => {
    const office = await token('office@test.cn');
    const create = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id path level } }`;
    const ok = await t.gql<{ createRegion: { id: string; path: string } }>(
      create,
      { input: { code: '310112-ZJ', name: '紫竹高新区', level: 'PARK', parentId: district.id } },
      office,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createRegion.path).toBe('310000/310112/310112-ZJ');
    const audit = await t.dataSource.query('select action, entity_id, actor_user_id, request_id from audit_log where entity_id = $1', [
      ok.data!.createRegion.id,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('createRegion');
    expect(audit[0].actor_user_id).not.toBeNull();
    expect(audit[0].request_id).not.toBeNull();

    const outside = await t.gql(create, { input: { code: '110000', name: '北京市', level: 'PROVINCE' } }, office);
    expect(outside.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_REGION' });

    const dup = await t.gql(create, { input: { code: '310112-ZJ', name: '重复', level: 'PARK', parentId: district.id } }, office);
    expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });

    const badLevel = await t.gql(create, { input: { code: '310112-X', name: '错', level: 'PROVINCE', parentId: district.id } }, office);
    expect(badLevel.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
  });

  it('lets an organisation administrator add users to their own organisation only, with fitting roles', async () => {
    const admin = await token('bank-admin@test.cn');
    const create = `mutation($input: CreateUserInput!) { createUser(input: $input) { email roles organization { id } } }`;
    const input = { email: 'New.Officer@test.cn', password: 'a-long-password-1', displayName: '新', organizationId: bank.id, roles: ['BANK_OFFICER'] };
    const ok = await t.gql<{ createUser: { email: string } }>(create, { input }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createUser.email).toBe('new.officer@test.cn');
    const signIn = await t.gql(LOGIN, { email: 'new.officer@test.cn', password: input.password });
    expect(signIn.errors).toBeUndefined();

    const again = await t.gql(create, { input }, admin);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });

    const wrongRole = await t.gql(create, { input: { ...input, email: 'x@test.cn', roles: ['GOV_OFFICER'] } }, admin);
    expect(wrongRole.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roles' });

    const shortPassword = await t.gql(create, { input: { ...input, email: 'y@test.cn', password: 'short' } }, admin);
    expect(shortPassword.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });

    const office = await token('office@test.cn');
    const notAdmin = await t.gql(create, { input: { ...input, email: 'z@test.cn' } }, office);
    expect(notAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');
    const users = await t.dataSource.query("select count(*)::int as n from app_user where email in ('x@test.cn','y@test.cn','z@test.cn')");
    expect(users[0].n).toBe(0);
  });

  it('shows the audit trail to the platform and to an organisation’s administrator for its own organisation only', async () => {
    const AUDIT = `query($first: Int, $after: String, $filter: AuditLogFilter) { auditLog(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { action entityType entityId actorName actorOrganizationName changes { field before after } createdAt } } } }`;
    type Page = { auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { action: string; entityType: string; actorName: string; actorOrganizationName: string; changes: { field: string; before: string | null; after: string | null }[] } }[] } };
    const m = t.dataSource.manager;
    const platform = await m.save(m.create(Organization, { name: '知融平台运营中心', type: OrganizationType.PLATFORM, regionId: district.id }));
    await m.save(m.create(User, { email: 'root@test.cn', displayName: '平台', roles: [Role.PLATFORM_ADMIN], organizationId: platform.id, passwordHash: await hashPassword(PASSWORD) }));

    // The bank's administrator sees what its users did (sign-ins, the user created above), never a password hash.
    const bankAdmin = await token('bank-admin@test.cn');
    const trail = await t.gql<Page>(AUDIT, { first: 50 }, bankAdmin);
    expect(trail.errors).toBeUndefined();
    expect(new Set(trail.data!.auditLog.edges.map((e) => e.node.actorOrganizationName))).toEqual(new Set(['测试银行']));
    expect(trail.data!.auditLog.edges.map((e) => e.node.action)).toEqual(expect.arrayContaining(['login', 'createUser']));
    const own = await t.gql<Page>(AUDIT, { first: 10, filter: { action: 'createUser' } }, bankAdmin);
    expect(own.data!.auditLog.edges.map((e) => [e.node.action, e.node.actorName, e.node.actorOrganizationName])).toEqual([['createUser', '赵', '测试银行']]);
    const fields = own.data!.auditLog.edges[0].node.changes.map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'roles']));
    expect(fields.some((f) => /password/i.test(f))).toBe(false);
    expect(own.data!.auditLog.edges[0].node.changes.find((c) => c.field === 'email')).toEqual({ field: 'email', before: null, after: '"new.officer@test.cn"' });

    const others = await t.gql(AUDIT, { filter: { actorOrganizationId: platform.id } }, bankAdmin);
    expect(others.errors![0].extensions!.code).toBe('FORBIDDEN');
    const notAdmin = await t.gql(AUDIT, {}, await token('office@test.cn'));
    expect(notAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');

    // The platform sees every organisation's entries, filters them and pages through them.
    const root = await token('root@test.cn');
    const all = await t.gql<Page>(AUDIT, { first: 1 }, root);
    expect(all.data!.auditLog.totalCount).toBeGreaterThanOrEqual(2);
    expect(all.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<Page>(AUDIT, { first: 100, after: all.data!.auditLog.pageInfo.endCursor }, root);
    expect(next.data!.auditLog.edges.length).toBe(all.data!.auditLog.totalCount - 1);
    const regions = await t.gql<Page>(AUDIT, { filter: { entityType: 'Region' } }, root);
    expect(regions.data!.auditLog.edges.map((e) => [e.node.actorName, e.node.actorOrganizationName])).toEqual([['王', '闵行区知识产权局']]);
    const later = await t.gql<Page>(AUDIT, { filter: { from: new Date(Date.now() + 60_000).toISOString() } }, root);
    expect(later.data!.auditLog.totalCount).toBe(0);
    const backwards = await t.gql(AUDIT, { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, root);
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });

  it('ends a user’s sessions on sign-out, deactivation and role change, and on nothing else', async () => {
    const m = t.dataSource.manager;
    const passwordHash = await hashPassword(PASSWORD);
    const [alice, bob] = await m.save([
      m.create(User, { email: 'alice@test.cn', displayName: '甲', roles: [Role.BANK_OFFICER], organizationId: bank.id, passwordHash }),
      m.create(User, { email: 'bob@test.cn', displayName: '乙', roles: [Role.BANK_OFFICER], organizationId: bank.id, passwordHash }),
    ]);
    const ME = 'query { me { email roles } }';
    const UPDATE = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { email roles displayName } }';
    const admin = await token('bank-admin@test.cn');
    const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

    // Sign-out ends every token issued so far; a new sign-in works.
    const first = await token('alice@test.cn');
    const second = await token('alice@test.cn');
    expect((await t.gql('mutation { signOut }', {}, first)).data).toEqual({ signOut: true });
    expect(code(await t.gql(ME, {}, first))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(ME, {}, second))).toBe('UNAUTHENTICATED');
    const third = await token('alice@test.cn');
    expect((await t.gql(ME, {}, third)).errors).toBeUndefined();

    // A rename keeps the session; a role change ends it, and the next sign-in carries the new roles.
    expect((await t.gql(UPDATE, { id: alice.id, input: { displayName: '甲二' } }, admin)).errors).toBeUndefined();
    expect((await t.gql(ME, {}, third)).errors).toBeUndefined();
    expect((await t.gql(UPDATE, { id: alice.id, input: { roles: [Role.BANK_OFFICER, Role.ORG_ADMIN] } }, admin)).errors).toBeUndefined();
    expect(code(await t.gql(ME, {}, third))).toBe('UNAUTHENTICATED');
    expect((await t.gql<{ me: { roles: string[] } }>(ME, {}, await token('alice@test.cn'))).data!.me.roles).toEqual([Role.BANK_OFFICER, Role.ORG_ADMIN]);

    // Disabling ends the session and refuses sign-in.
    const bobToken = await token('bob@test.cn');
    expect((await t.gql(UPDATE, { id: bob.id, input: { active: false } }, admin)).errors).toBeUndefined();
    expect(code(await t.gql(ME, {}, bobToken))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(LOGIN, { email: 'bob@test.cn', password: PASSWORD }))).toBe('UNAUTHENTICATED');

    // Bad input and the wrong administrator are refused, and nothing changes.
    expect(await t.gql(UPDATE, { id: bob.id, input: { roles: [Role.GOV_OFFICER] } }, admin)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'input.roles' } }] });
    expect(await t.gql(UPDATE, { id: bob.id, input: { roles: [] } }, admin)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    const adminId = (await m.findOneByOrFail(User, { email: 'bank-admin@test.cn' })).id;
    expect(await t.gql(UPDATE, { id: adminId, input: { active: false } }, admin)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'input.active' } }] });
    const officeId = (await m.findOneByOrFail(User, { email: 'office@test.cn' })).id;
    expect(code(await t.gql(UPDATE, { id: officeId, input: { active: false } }, admin))).toBe('FORBIDDEN');
    expect(code(await t.gql(UPDATE, { id: alice.id, input: { displayName: 'x' } }, await token('office@test.cn')))).toBe('FORBIDDEN');
    expect((await m.findOneByOrFail(User, { id: officeId })).active).toBe(true);

    const actions = await t.dataSource.query<{ action: string }[]>("select action from audit_log where entity_id = any($1) and action in ('signOut', 'updateUser') order by created_at", [[alice.id, bob.id]]);
    expect(actions.map((a) => a.action)).toEqual(['signOut', 'updateUser', 'updateUser', 'updateUser']);
  });

  it('answers NOT_FOUND for an unknown organisation and BAD_USER_INPUT for a malformed id', async () => {
    const office = await token('office@test.cn');
    const q = 'query($id: ID!) { organization(id: $id) { name } }';
    const missing = await t.gql(q, { id: '00000000-0000-4000-8000-000000000000' }, office);
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const malformed = await t.gql(q, { id: 'not-a-uuid' }, office);
    expect(malformed.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
  it('renews a web session from its httpOnly cookie until the user signs out, and never takes the cookie as a bearer token', async () => {
    const http = request.agent(t.app.getHttpServer());
    const post = (query: string, bearer?: string) => {
      const req = http.post('/graphql').set('content-type', 'application/json');
      if (bearer) req.set('authorization', `Bearer ${bearer}`);
      return req.send({ query, variables: { email: 'office@test.cn', password: PASSWORD } });
    };
    const REFRESH = 'mutation { refreshSession { accessToken expiresInSeconds user { email } } }';

    // No cookie yet: nothing to renew.
    const none = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: REFRESH });
    expect(none.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const login = await post(LOGIN);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^zhirong_session=[^;]+; Max-Age=43200; Path=\/graphql; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    const refreshToken = /zhirong_session=([^;]+)/.exec(cookie)![1];

    const renewed = await post(REFRESH);
    expect(renewed.body.data.refreshSession.user.email).toBe('office@test.cn');
    const access = renewed.body.data.refreshSession.accessToken as string;
    expect((await post('query { me { email } }', access)).body.data.me.email).toBe('office@test.cn');
    // The refresh token is not an access token.
    expect((await post('query { me { email } }', decodeURIComponent(refreshToken))).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // Signing out ends the cookie's session too, here and in any other browser holding it.
    const signOut = await post('mutation { signOut }', access);
    expect(String(signOut.headers['set-cookie'])).toMatch(/^zhirong_session=; Path=\/graphql; Expires=Thu, 01 Jan 1970/);
    const stolen = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('cookie', `zhirong_session=${refreshToken}`).send({ query: REFRESH });
    expect(stolen.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(REFRESH)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
