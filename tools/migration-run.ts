// `npm run migration:run`: applies pending migrations to DATABASE_URL.
import { createDataSource } from '@zhirong/persistence';

async function main(): Promise<void> {
  const dataSource = createDataSource(undefined, 2);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}` : 'Database schema is up to date.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
