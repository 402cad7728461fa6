import { OrganizationType, Role } from '@zhirong/core';
import * as argon2 from 'argon2';
import { TestApp } from './test-app';

/** Rows as the fixture wrote them; plain SQL keeps this plumbing free of domain imports. */
export interface FixtureRegion {
  id: string;
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'DISTRICT' | 'PARK';
  parentId: string | null;
  path: string;
}

export interface FixtureOrganization {
  id: string;
  name: string;
  type: OrganizationType;
  regionId: string;
}

export interface FixtureUser {
  id: string;
  email: string;
  roles: Role[];
  organizationId: string;
}

export const FIXTURE_PASSWORD = 'fixture-password-2026';

/** Who the fixture signs in as; one user each, named after their organisation. */
export type FixtureWho = 'admin' | 'office' | 'office.sj' | 'office.bj' | 'window' | 'park' | 'bank' | 'bank2' | 'firm' | 'firm2' | 'valuer' | 'guarantor' | 'insurer';

export interface IdentityFixture {
  regions: Record<'shanghai' | 'minhang' | 'songjiang' | 'g60' | 'beijing' | 'haidian', FixtureRegion>;
  orgs: Record<FixtureWho, FixtureOrganization>;
  users: Record<FixtureWho, FixtureUser>;
  /** A bearer token for the user (cached). */
  token(who: FixtureWho): Promise<string>;
}

const ORGS: { who: FixtureWho; name: string; type: OrganizationType; region: keyof IdentityFixture['regions']; roles: Role[] }[] = [
  { who: 'admin', name: '平台', type: OrganizationType.PLATFORM, region: 'shanghai', roles: [Role.PLATFORM_ADMIN] },
  { who: 'office', name: '闵行区知识产权局', type: OrganizationType.GOVERNMENT_OFFICE, region: 'minhang', roles: [Role.GOV_OFFICER, Role.ORG_ADMIN] },
  { who: 'office.sj', name: '松江区知识产权局', type: OrganizationType.GOVERNMENT_OFFICE, region: 'songjiang', roles: [Role.GOV_OFFICER] },
  { who: 'office.bj', name: '北京市知识产权局', type: OrganizationType.GOVERNMENT_OFFICE, region: 'beijing', roles: [Role.GOV_OFFICER] },
  { who: 'window', name: '闵行服务窗口', type: OrganizationType.SERVICE_WINDOW, region: 'minhang', roles: [Role.WINDOW_OFFICER] },
  { who: 'park', name: 'G60园区', type: OrganizationType.PARK, region: 'g60', roles: [Role.PARK_OFFICER] },
  { who: 'bank', name: '测试银行', type: OrganizationType.BANK, region: 'shanghai', roles: [Role.BANK_OFFICER, Role.ORG_ADMIN] },
  { who: 'bank2', name: '另一家银行', type: OrganizationType.BANK, region: 'shanghai', roles: [Role.BANK_OFFICER] },
  { who: 'firm', name: '闵行测试科技有限公司', type: OrganizationType.ENTERPRISE, region: 'minhang', roles: [Role.ENTERPRISE_USER, Role.ORG_ADMIN] },
  { who: 'firm2', name: '海淀测试科技有限公司', type: OrganizationType.ENTERPRISE, region: 'haidian', roles: [Role.ENTERPRISE_USER] },
  { who: 'valuer', name: '测试评估公司', type: OrganizationType.VALUER, region: 'shanghai', roles: [Role.VALUER] },
  { who: 'guarantor', name: '测试担保公司', type: OrganizationType.GUARANTOR, region: 'shanghai', roles: [Role.GUARANTOR_OFFICER] },
  { who: 'insurer', name: '测试保险公司', type: OrganizationType.INSURER, region: 'shanghai', roles: [Role.INSURER_OFFICER] },
];

/**
 * A small region tree (上海 → 闵行, 松江 → G60 park; 北京 → 海淀) and one signed-in
 * user per kind of organisation, for integration tests. Enterprises' profiles are
 * not created here: each domain's tests make the firms they need.
 */
export async function createIdentityFixture(t: TestApp): Promise<IdentityFixture> {
  const insertRow = async <T>(sql: string, params: unknown[]): Promise<T> => ((await t.dataSource.query(sql, params)) as T[])[0];
  const region = (code: string, name: string, level: FixtureRegion['level'], parent?: FixtureRegion) =>
    insertRow<FixtureRegion>(
      `insert into region (code, name, level, parent_id, path) values ($1, $2, $3, $4, $5)
       returning id, code, name, level, parent_id as "parentId", path`,
      [code, name, level, parent?.id ?? null, parent ? `${parent.path}/${code}` : code],
    );
  const shanghai = await region('310000', '上海市', 'PROVINCE');
  const minhang = await region('310112', '闵行区', 'DISTRICT', shanghai);
  const songjiang = await region('310117', '松江区', 'DISTRICT', shanghai);
  const g60 = await region('310117-G60', 'G60科创走廊松江园区', 'PARK', songjiang);
  const beijing = await region('110000', '北京市', 'PROVINCE');
  const haidian = await region('110108', '海淀区', 'DISTRICT', beijing);
  const regions = { shanghai, minhang, songjiang, g60, beijing, haidian };

  const passwordHash = await argon2.hash(FIXTURE_PASSWORD, { type: argon2.argon2id });
  const orgs = {} as IdentityFixture['orgs'];
  const users = {} as IdentityFixture['users'];
  for (const o of ORGS) {
    orgs[o.who] = await insertRow<FixtureOrganization>(
      `insert into organization (name, type, region_id) values ($1, $2, $3) returning id, name, type, region_id as "regionId"`,
      [o.name, o.type, regions[o.region].id],
    );
    users[o.who] = await insertRow<FixtureUser>(
      `insert into app_user (email, display_name, roles, organization_id, password_hash) values ($1, $2, $3::user_role[], $4, $5)
       returning id, email, roles::text[] as roles, organization_id as "organizationId"`,
      [`${o.who}@fixture.test`, o.name, o.roles, orgs[o.who].id, passwordHash],
    );
  }

  const tokens = new Map<FixtureWho, string>();
  return {
    regions,
    orgs,
    users,
    async token(who) {
      const cached = tokens.get(who);
      if (cached) return cached;
      const res = await t.gql<{ login: { accessToken: string } }>(
        'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
        { e: `${who}@fixture.test`, p: FIXTURE_PASSWORD },
      );
      if (!res.data?.login) throw new Error(`fixture login failed for ${who}: ${JSON.stringify(res.errors)}`);
      tokens.set(who, res.data.login.accessToken);
      return res.data.login.accessToken;
    },
  };
}
