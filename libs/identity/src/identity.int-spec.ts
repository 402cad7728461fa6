import { OrganizationType, Role } from '@zhirong/core';
import { createTestApp, TestApp } from '@zhirong/platform/testing';
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

  it('answers NOT_FOUND for an unknown organisation and BAD_USER_INPUT for a malformed id', async () => {
    const office = await token('office@test.cn');
    const q = 'query($id: ID!) { organization(id: $id) { name } }';
    const missing = await t.gql(q, { id: '00000000-0000-4000-8000-000000000000' }, office);
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const malformed = await t.gql(q, { id: 'not-a-uuid' }, office);
    expect(malformed.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
