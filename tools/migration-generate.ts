// `npm run migration:generate -- Name`: diffs the entities against a scratch database
// migrated to the latest migration and writes the difference as a new migration.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '@zhirong/persistence';
import { createTestDatabase } from '@zhirong/platform/testing';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('usage: npm run migration:generate -- PascalCaseName');
    process.exit(2);
  }
  const db = await createTestDatabase();
  const dataSource = createDataSource(db.url, 2);
  try {
    await dataSource.initialize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.log('The entities match the migrations; nothing to generate.');
      return;
    }
    // TypeORM emits CREATE TYPE once per column when entities share an enum name: keep the first
    // creation and the last drop so the migration runs in both directions.
    const seen = new Set<string>();
    sql.upQueries = sql.upQueries.filter((q) => !/^CREATE TYPE/.test(q.query) || (!seen.has(q.query) && seen.add(q.query)));
    const dropped = new Set<string>();
    sql.downQueries = sql.downQueries.filter((q) => !/^DROP TYPE/.test(q.query) || (!dropped.has(q.query) && dropped.add(q.query)));
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
    const up = sql.upQueries.map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`).join('\n');
    const down = sql.downQueries.reverse().map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`).join('\n');
    const dir = join(__dirname, '..', 'libs/platform/src/migrations');
    const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    writeFileSync(
      join(dir, `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const indexPath = join(dir, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/^(\/\/.*\n)/, `$1import { ${className} } from './${file}';\n`)
      .replace(/ = \[(.*)\];/s, (_m, list: string) => {
        const items = list.split(',').map((s) => s.trim()).filter(Boolean).concat(className);
        return ` = [\n  ${items.join(',\n  ')},\n];`;
      });
    writeFileSync(indexPath, index);
    console.log(`Wrote libs/platform/src/migrations/${file}.ts (${sql.upQueries.length} statements)`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
