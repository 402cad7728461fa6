// `npm run seed` loads the demo data set into DATABASE_URL (idempotent).
import { createDataSource } from '@zhirong/platform';
import { seedDemo } from './demo';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length && args[0] !== 'demo') {
    console.error('usage: npm run seed [-- demo]');
    process.exit(2);
  }
  const started = Date.now();
  const dataSource = createDataSource(undefined, 2);
  await dataSource.initialize();
  try {
    await seedDemo(dataSource);
    console.log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
