import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { MIGRATIONS } from '@zhirong/platform';
import { createTestDatabase, TestDatabase } from '@zhirong/platform/testing';

describe('migrations', () => {
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

  it('are all applied to a test database', async () => {
    const rows = await dataSource.query<{ name: string }[]>('select name from migrations order by id');
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('describe exactly what the entities say (run `npm run migration:generate -- Name` when this fails)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('move a firm’s IP assets and needs with it when its region changes', async () => {
    const [region] = await dataSource.query("insert into region (code, name, level, path) values ('980000', '甲省', 'PROVINCE', '980000') returning id");
    const [org] = await dataSource.query("insert into organization (name, type, region_id) values ('窗口', 'SERVICE_WINDOW', $1) returning id", [region.id]);
    const [firm] = await dataSource.query(
      `insert into enterprise (credit_code, name, region_id, region_path, industry_code, founded_on)
       values ('91980000MA1GBX2K0X', '测试', $1, '980000/A', 'C39', '2020-01-01') returning id`,
      [region.id],
    );
    await dataSource.query(
      `insert into ip_asset (type, number, title, enterprise_id, region_path) values ('TRADEMARK', '12345678', '商标', $1, '980000/A')`,
      [firm.id],
    );
    await dataSource.query(
      `insert into financing_need (enterprise_id, region_path, amount_fen, term_months, purpose, max_rate_bp, created_by_organization_id)
       values ($1, '980000/A', 100000000, 12, '流动资金', 500, $2)`,
      [firm.id, org.id],
    );
    await dataSource.query("update enterprise set region_path = '980000/B' where id = $1", [firm.id]);
    const [paths] = await dataSource.query(
      'select (select region_path from ip_asset where enterprise_id = $1) asset, (select region_path from financing_need where enterprise_id = $1) need',
      [firm.id],
    );
    expect(paths).toEqual({ asset: '980000/B', need: '980000/B' });
  });

  it('can be reverted and re-applied', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await dataSource.query<{ count: string }[]>("select count(*) from information_schema.tables where table_name = 'app_user'");
    expect(count).toBe('0');
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
