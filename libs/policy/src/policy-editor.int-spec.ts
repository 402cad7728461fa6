import { IdentityModule } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, firstError, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { NATIONAL_DEFAULT_RULES } from './policy.data';
import { PolicyModule } from './policy.module';

jest.setTimeout(60_000);

const CREATE = `mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { id regionId version status validFrom validTo rules { interestSubsidy { ratioBp capPerLoanFen allowIfEverOverdue } registration { onlineWorkingDays } } } }`;
const PUBLISH = `mutation($id: ID!) { publishPolicyVersion(policyId: $id) { id status validFrom validTo publishedAt } }`;
const LIST = `query($regionId: ID, $first: Int, $after: String) { regionalPolicies(regionId: $regionId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id version status validFrom validTo } } } }`;
const EFFECTIVE = `query($regionId: ID!, $onDate: String) { effectivePolicy(regionId: $regionId, onDate: $onDate) { national sourceRegionId sourceRegionName policy { version rules { interestSubsidy { ratioBp } registration { onlineWorkingDays offlineWorkingDays } } } } }`;

const { citations: _c, ...baseRules } = NATIONAL_DEFAULT_RULES;
const rules = { ...baseRules, interestSubsidy: { ratioBp: 4500, capPerLoanFen: '20000000', allowIfEverOverdue: false } };

describe('policy editor: draft, publish, versions', () => {
  let t: TestApp;
  let f: IdentityFixture;
  const audit = (action: string) =>
    t.dataSource.query('select entity_id, after from audit_log where action = $1 order by created_at', [action]) as Promise<{ entity_id: string }[]>;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, PolicyModule]);
    f = await createIdentityFixture(t);
  });
  afterAll(() => t.close());

  it('an office drafts and publishes a version for its district; publishing closes the previous one', async () => {
    const office = await f.token('office');
    const v1 = await t.gql<{ createPolicyVersion: { id: string; version: number; status: string } }>(
      CREATE,
      { input: { regionId: f.regions.minhang.id, validFrom: '2025-01-01', rules, note: '试行' } },
      office,
    );
    expect(v1.errors).toBeUndefined();
    expect(v1.data!.createPolicyVersion).toMatchObject({ version: 1, status: 'DRAFT' });
    // A draft governs nothing yet.
    const before = await t.gql<{ effectivePolicy: { national: boolean } }>(EFFECTIVE, { regionId: f.regions.minhang.id, onDate: '2025-06-01' }, office);
    expect(before.data!.effectivePolicy.national).toBe(true);

    const p1 = await t.gql<{ publishPolicyVersion: { status: string; validTo: string | null } }>(PUBLISH, { id: v1.data!.createPolicyVersion.id }, office);
    expect(p1.data!.publishPolicyVersion).toMatchObject({ status: 'PUBLISHED', validTo: null });

    const v2 = await t.gql<{ createPolicyVersion: { id: string; version: number } }>(
      CREATE,
      { input: { regionId: f.regions.minhang.id, validFrom: '2026-03-01', rules: { ...rules, interestSubsidy: { ratioBp: 5000, allowIfEverOverdue: true } } } },
      office,
    );
    expect(v2.data!.createPolicyVersion.version).toBe(2);
    await t.gql(PUBLISH, { id: v2.data!.createPolicyVersion.id }, office);

    const list = await t.gql<{ regionalPolicies: { totalCount: number; edges: { node: { version: number; validFrom: string; validTo: string | null } }[] } }>(
      LIST,
      { regionId: f.regions.minhang.id },
      office,
    );
    expect(list.data!.regionalPolicies.edges.map((e) => e.node)).toEqual([
      { id: expect.any(String), version: 2, status: 'PUBLISHED', validFrom: '2026-03-01', validTo: null },
      { id: expect.any(String), version: 1, status: 'PUBLISHED', validFrom: '2025-01-01', validTo: '2026-02-28' },
    ]);
    const feb = await t.gql<{ effectivePolicy: { policy: { version: number; rules: { interestSubsidy: { ratioBp: number } } } } }>(
      EFFECTIVE,
      { regionId: f.regions.minhang.id, onDate: '2026-02-28' },
      office,
    );
    expect(feb.data!.effectivePolicy.policy).toMatchObject({ version: 1, rules: { interestSubsidy: { ratioBp: 4500 } } });
    const mar = await t.gql<{ effectivePolicy: { policy: { version: number } } }>(EFFECTIVE, { regionId: f.regions.minhang.id, onDate: '2026-03-01' }, office);
    expect(mar.data!.effectivePolicy.policy.version).toBe(2);

    expect((await audit('createPolicyVersion')).length).toBe(2);
    expect((await audit('publishPolicyVersion')).map((a) => a.entity_id)).toEqual([v1.data!.createPolicyVersion.id, v2.data!.createPolicyVersion.id]);

    // Publishing again, or a version that starts before the published one, is refused.
    const again = firstError(await t.gql(PUBLISH, { id: v2.data!.createPolicyVersion.id }, office));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POLICY_STATUS' });
    const early = await t.gql<{ createPolicyVersion: { id: string } }>(CREATE, { input: { regionId: f.regions.minhang.id, validFrom: '2026-01-01', rules } }, office);
    expect(firstError(await t.gql(PUBLISH, { id: early.data!.createPolicyVersion.id }, office)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDITY_OVERLAP' });
  });

  it('round-trips fee subsidies and compensation roles through their camel-cased GraphQL names', async () => {
    const office = await f.token('office');
    const input = {
      ...rules,
      feeSubsidies: { guarantee: { ratioBp: 5000, capFen: '100' } },
      riskCompensation: { ratioBpByRole: { bank: 3000, ipService: 1000 }, requireFailedRecovery: true, excludeBatchPackage: false },
    };
    const res = await t.gql<{ createPolicyVersion: { id: string; rules: unknown } }>(
      `mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { id rules { feeSubsidies { guarantee { ratioBp capFen } valuation { ratioBp } } riskCompensation { ratioBpByRole { bank ipService guarantor } } } } }`,
      { input: { regionId: f.regions.minhang.id, validFrom: '2028-01-01', rules: input } },
      office,
    );
    expect(res.data!.createPolicyVersion.rules).toEqual({
      feeSubsidies: { guarantee: { ratioBp: 5000, capFen: '100' }, valuation: null },
      riskCompensation: { ratioBpByRole: { bank: 3000, ipService: 1000, guarantor: null } },
    });
    const [stored] = (await t.dataSource.query('select rules from regional_policy where id = $1', [res.data!.createPolicyVersion.id])) as { rules: Record<string, unknown> }[];
    expect(stored.rules).toMatchObject({ feeSubsidies: { GUARANTEE: { ratioBp: 5000, capFen: '100' } }, riskCompensation: { ratioBpByRole: { BANK: 3000, IP_SERVICE: 1000 } } });
  });

  it('refuses rules of the wrong shape, naming the path', async () => {
    const office = await f.token('office');
    const res = await t.gql(
      CREATE,
      { input: { regionId: f.regions.minhang.id, validFrom: '2027-01-01', rules: { ...rules, interestSubsidy: { ratioBp: 20000, allowIfEverOverdue: false } } } },
      office,
    );
    expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_RULES', field: 'input.rules.interestSubsidy.ratioBp' });
    const fen = await t.gql(CREATE, { input: { regionId: f.regions.minhang.id, validFrom: '2027-01-01', rules: { ...rules, annualBudgetFen: '12.5' } } }, office);
    expect(firstError(fen).extensions).toMatchObject({ reason: 'INVALID_RULES', field: 'input.rules.annualBudgetFen' });
  });

  it("an office manages its subtree only; the national default is the platform's; drafts are not public", async () => {
    const sj = await f.token('office.sj');
    expect(firstError(await t.gql(CREATE, { input: { regionId: f.regions.minhang.id, validFrom: '2027-01-01', rules } }, sj)).extensions?.code).toBe('FORBIDDEN');
    expect(firstError(await t.gql(CREATE, { input: { validFrom: '2027-01-01', rules } }, sj)).extensions?.code).toBe('FORBIDDEN');
    expect(firstError(await t.gql(CREATE, { input: { regionId: f.regions.minhang.id, validFrom: '2027-01-01', rules } }, await f.token('bank'))).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // Songjiang's office manages its park.
    const park = await t.gql<{ createPolicyVersion: { id: string } }>(CREATE, { input: { regionId: f.regions.g60.id, validFrom: '2027-01-01', rules } }, sj);
    expect(park.errors).toBeUndefined();
    // The firm sees Minhang's published versions, not its drafts; the office sees all four.
    const firm = await t.gql<{ regionalPolicies: { totalCount: number } }>(LIST, { regionId: f.regions.minhang.id }, await f.token('firm'));
    expect(firm.data!.regionalPolicies.totalCount).toBe(2);
    const office = await t.gql<{ regionalPolicies: { totalCount: number } }>(LIST, { regionId: f.regions.minhang.id, first: 1 }, await f.token('office'));
    expect(office.data!.regionalPolicies.totalCount).toBe(4);
    // The platform drafts the national default's version 2.
    const national = await t.gql<{ createPolicyVersion: { version: number; regionId: string | null } }>(
      CREATE,
      { input: { validFrom: '2027-01-01', rules } },
      await f.token('admin'),
    );
    expect(national.data!.createPolicyVersion).toMatchObject({ version: 2, regionId: null });
  });

  it('a new district gets its policy as data, without a release', async () => {
    const [chaoyang] = (await t.dataSource.query(`insert into region (code, name, level, parent_id, path) values ('110105', '朝阳区', 'DISTRICT', $1, $2) returning id`, [
      f.regions.beijing.id,
      `${f.regions.beijing.path}/110105`,
    ])) as { id: string }[];
    const bj = await f.token('office.bj');
    const draft = await t.gql<{ createPolicyVersion: { id: string } }>(
      CREATE,
      { input: { regionId: chaoyang.id, validFrom: '2026-01-01', rules: { ...rules, registration: { onlineWorkingDays: 1, offlineWorkingDays: 2, warnBeforeHours: 4 } } } },
      bj,
    );
    await t.gql(PUBLISH, { id: draft.data!.createPolicyVersion.id }, bj);
    const e = await t.gql<{ effectivePolicy: { sourceRegionName: string; policy: { rules: { registration: { offlineWorkingDays: number } } } } }>(
      EFFECTIVE,
      { regionId: chaoyang.id, onDate: '2026-06-01' },
      bj,
    );
    expect(e.data!.effectivePolicy).toMatchObject({ sourceRegionName: '朝阳区', policy: { rules: { registration: { offlineWorkingDays: 2 } } } });
  });
  it('lists the regions with versions each caller may read, drafts only for the office that manages them, and the caller’s own region', async () => {
    const ONLY = `query { policyRegions { id name versionCount } }`;
    const draft = await t.gql<{ createPolicyVersion: { id: string } }>(
      CREATE,
      { input: { regionId: f.regions.minhang.id, validFrom: '2030-01-01', rules, note: '草稿' } },
      await f.token('office'),
    );
    expect(draft.errors).toBeUndefined();
    const count = async (who: 'office' | 'bank' | 'office.bj') =>
      (await t.gql<{ policyRegions: { id: string; versionCount: number }[] }>(ONLY, {}, await f.token(who))).data!.policyRegions.find((r) => r.id === f.regions.minhang.id)
        ?.versionCount;
    const office = await count('office');
    // The bank reads the published versions only; the office also its drafts (this one and any the tests above left).
    const [{ drafts, published }] = (await t.dataSource.query(
      `select count(*) filter (where status = 'DRAFT')::int as drafts, count(*) filter (where status <> 'DRAFT')::int as published from regional_policy where region_id = $1`,
      [f.regions.minhang.id],
    )) as { drafts: number; published: number }[];
    expect(drafts).toBeGreaterThan(0);
    expect(office).toBe(drafts + published);
    expect(await count('bank')).toBe(published);
    // Beijing's office sees Minhang's published versions too (published policy is public), and its own region even without versions.
    const bj = (await t.gql<{ policyRegions: { id: string }[] }>(ONLY, {}, await f.token('office.bj'))).data!.policyRegions;
    expect(bj.some((r) => r.id === f.orgs['office.bj'].regionId)).toBe(true);
    // One version by id: a draft is the managing office's only.
    const READ = `query($id: ID!) { regionalPolicy(id: $id) { id status } }`;
    expect((await t.gql<{ regionalPolicy: { status: string } }>(READ, { id: draft.data!.createPolicyVersion.id }, await f.token('office'))).data!.regionalPolicy.status).toBe(
      'DRAFT',
    );
    expect(firstError(await t.gql(READ, { id: draft.data!.createPolicyVersion.id }, await f.token('bank'))).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
