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

  it('can be reverted and re-applied', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await dataSource.query<{ count: string }[]>("select count(*) from information_schema.tables where table_name = 'app_user'");
    expect(count).toBe('0');
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
