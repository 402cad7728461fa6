import { TestApp } from '@zhirong/platform/testing';
import { startApi, tokenFor } from '../support/api';

type Who = 'anonymous' | 'admin' | 'office' | 'office.bj' | 'window' | 'park' | 'bank' | 'bank2' | 'firm' | 'valuer' | 'guarantor';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

interface Operation {
  name: string;
  query: string;
  variables: (ctx: Ctx, n: number) => Record<string, unknown>;
  expect: Record<Who, Outcome>;
}

interface Ctx {
  minhang: string;
  bankOrg: string;
}

const everyone = (outcome: Outcome, overrides: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> => ({
  anonymous: 'UNAUTHENTICATED',
  admin: outcome,
  office: outcome,
  'office.bj': outcome,
  window: outcome,
  park: outcome,
  bank: outcome,
  bank2: outcome,
  firm: outcome,
  valuer: outcome,
  guarantor: outcome,
  ...overrides,
});

/** Role × operation → allowed, or the exact error code. */
const OPERATIONS: Operation[] = [
  { name: 'me', query: '{ me { id } }', variables: () => ({}), expect: everyone('ok') },
  { name: 'regions', query: '{ regions { id } }', variables: () => ({}), expect: everyone('ok', { anonymous: 'ok' }) },
  {
    name: 'auditLog (organisation administrators and the platform)',
    query: '{ auditLog(first: 5) { totalCount } }',
    variables: () => ({}),
    expect: everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', admin: 'ok', office: 'ok', 'office.bj': 'ok', bank: 'ok', firm: 'ok' }),
  },
  {
    name: 'createRegion (a park in Minhang)',
    query: 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }',
    variables: (c, n) => ({ input: { code: `310112-T${n}`, name: `测试园区${n}`, level: 'PARK', parentId: c.minhang } }),
    expect: everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', admin: 'ok', office: 'ok' }),
  },
  {
    name: 'createOrganization (a bank in Minhang)',
    query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
    variables: (c, n) => ({ input: { name: `测试银行${n}`, type: 'BANK', regionId: c.minhang } }),
    expect: everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', admin: 'ok', office: 'ok' }),
  },
  {
    name: 'createUser (in the demo bank)',
    query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    variables: (c, n) => ({
      input: { email: `u${n}@bank.test`, password: 'long-enough-password', displayName: `用户${n}`, organizationId: c.bankOrg, roles: ['BANK_OFFICER'] },
    }),
    expect: everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', admin: 'ok', bank: 'ok' }),
  },
];

const WHO: Who[] = ['anonymous', 'admin', 'office', 'office.bj', 'window', 'park', 'bank', 'bank2', 'firm', 'valuer', 'guarantor'];

describe('authorization table', () => {
  let t: TestApp;
  let ctx: Ctx;
  let n = 0;

  beforeAll(async () => {
    t = await startApi();
    const [{ id: minhang }] = await t.dataSource.query("select id from region where code = '310112'");
    const [{ id: bankOrg }] = await t.dataSource.query("select organization_id as id from app_user where email = 'bank@zhirong.test'");
    ctx = { minhang, bankOrg };
  });
  afterAll(() => t.close());

  const cases = OPERATIONS.flatMap((op) => WHO.map((who) => [op.name, who, op.expect[who], op] as const));

  it.each(cases)('%s as %s → %s', async (_name, who, outcome, op) => {
    const token = who === 'anonymous' ? undefined : await tokenFor(t, `${who}@zhirong.test`);
    const auditBefore = await t.dataSource.query('select count(*)::int as n from audit_log');
    const res = await t.gql(op.query, op.variables(ctx, ++n), token);
    if (outcome === 'ok') {
      expect(res.errors).toBeUndefined();
    } else {
      expect(res.errors?.[0]?.extensions?.code).toBe(outcome);
      // A refused mutation leaves nothing behind, not even an audit row.
      const auditAfter = await t.dataSource.query('select count(*)::int as n from audit_log');
      expect(auditAfter[0].n).toBe(auditBefore[0].n);
    }
  });
});
