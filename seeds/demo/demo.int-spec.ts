import { createDataSource } from '@zhirong/persistence';
import { createTestDatabase, TestDatabase } from '@zhirong/platform/testing';
import { DataSource } from 'typeorm';
import { seedDemo } from '.';

describe('demo seed', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, 2);
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  async function counts() {
    const [row] = await dataSource.query(`select
      (select count(*)::int from region) regions,
      (select count(*)::int from enterprise) enterprises,
      (select count(*)::int from ip_asset) assets,
      (select count(*)::int from valuation) valuations,
      (select count(*)::int from organization where type = 'BANK') banks,
      (select count(*)::int from loan_product) products,
      (select count(*)::int from financing_need where status = 'OPEN') needs,
      (select count(*)::int from app_user) users,
      (select count(*)::int from regional_policy) policies,
      (select count(*)::int from subsidy_application) subsidies,
      (select count(*)::int from compensation_claim) claims`);
    return row;
  }

  it('loads the sizes the demo promises, and loading again changes nothing', async () => {
    await seedDemo(dataSource);
    const first = await counts();
    expect(first.enterprises).toBeGreaterThanOrEqual(300);
    expect(first.assets).toBeGreaterThanOrEqual(1500);
    expect(first.valuations).toBeGreaterThan(first.assets * 0.8);
    expect(first.banks).toBe(12);
    expect(first.products).toBeGreaterThanOrEqual(40);
    expect(first.needs).toBeGreaterThanOrEqual(200);
    // The API contract's ten accounts and the Songjiang office, which decides the demo's compensation claim.
    expect(first.users).toBe(11);
    // A paid and a pending subsidy of the demo firm; the bank's claim on the Songjiang default.
    expect([first.subsidies, first.claims]).toEqual([2, 1]);
    // The national default (migration) and one version for each of the five policy documents' regions.
    expect(first.policies).toBe(6);
    await seedDemo(dataSource);
    expect(await counts()).toEqual(first);
  });

  it('gives the demo firm its profile, valued patents and an open need', async () => {
    const [firm] = await dataSource.query(`select e.id, e.name from enterprise e join app_user u on u.organization_id = e.organization_id where u.email = 'firm@zhirong.test'`);
    expect(firm.name).toBe('上海闵芯微电子科技有限公司');
    const [{ valued }] = await dataSource.query(
      `select count(distinct a.id)::int valued from ip_asset a join valuation v on v.ip_asset_id = a.id where a.enterprise_id = $1 and v.valid_until >= current_date`,
      [firm.id],
    );
    expect(valued).toBe(5);
    const needs = await dataSource.query(`select bundle_id, published_to_banks_at from financing_need where enterprise_id = $1 and status = 'OPEN'`, [firm.id]);
    expect(needs).toHaveLength(1);
    expect(needs[0].bundle_id).not.toBeNull();
    // Published to the need library (融资项目需求库), with about a third of the other firms' open needs.
    expect(needs[0].published_to_banks_at).not.toBeNull();
    const [{ published }] = await dataSource.query(`select count(*)::int published from financing_need where published_to_banks_at is not null`);
    expect(published).toBeGreaterThan(30);
    const declared = await dataSource.query(`select fact, value from enterprise_fact_declaration where enterprise_id = $1 and status = 'PENDING'`, [firm.id]);
    expect(declared).toEqual([{ fact: 'TAGS', value: expect.objectContaining({ tags: expect.arrayContaining(['LITTLE_GIANT']) }) }]);
  });
});
