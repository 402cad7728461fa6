import { Client } from 'pg';
import { MIGRATIONS } from '../migrations';
import { createTestDatabase } from './test-database';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('gives each test file its own fully migrated database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      expect(a.name).not.toBe(b.name);
      const applied = await query<{ name: string }>(a.url, 'select name from migrations order by id');
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      await query(a.url, "insert into region (code, name, level, path) values ('990000', '测试省', 'PROVINCE', '990000')");
      const [{ count }] = await query<{ count: string }>(b.url, 'select count(*) from region');
      expect(count).toBe('0');
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });

  it('drops the database when asked', async () => {
    const db = await createTestDatabase();
    await db.drop();
    await expect(query(db.url, 'select 1')).rejects.toThrow(/does not exist/);
  });
});
