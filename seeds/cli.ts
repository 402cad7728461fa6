// `npm run seed` loads the demo data set; `npm run seed -- --scale N` adds N generated
// firms with proportional IP, valuations, needs, banks and products. Both are idempotent.
import { SingleBar, Presets } from 'cli-progress';
import { createDataSource } from '@zhirong/persistence';
import { refreshStatistics } from '@zhirong/stats';
import { seedDemo } from './demo';
import { runSeedPlan } from './generator/plan';

function usage(): never {
  console.error('usage: npm run seed [-- --scale N]   (N from 1 to 2,000,000)');
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let scale: number | null = null;
  if (args.length) {
    if (args[0] !== '--scale' || args.length !== 2) usage();
    scale = Number(args[1].replace(/_/g, ''));
    if (!Number.isInteger(scale) || scale < 1 || scale > 2_000_000) usage();
  }
  const started = Date.now();
  const dataSource = createDataSource(undefined, 4);
  await dataSource.initialize();
  try {
    await seedDemo(dataSource);
    if (scale === null) {
      console.log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    const bar = new SingleBar({ format: 'enterprises {bar} {value}/{total} ({percentage}%) eta {eta_formatted}', hideCursor: true }, Presets.shades_classic);
    bar.start(scale, 0);
    const loadStarted = Date.now();
    const counts = await runSeedPlan(dataSource, {
      ns: 'scale',
      enterprises: scale,
      // 100,000 firms bring 10,000 products and 20,000 needs: the matching benchmark's shape.
      products: Math.max(40, Math.round(scale / 10)),
      extraBanks: Math.max(12, Math.round(scale / 1000)),
      existingBankIds: [],
      existingValuerIds: [],
      existingWindowIds: new Map(),
      needRatio: 0.2,
      // 100,000 firms bring about 30,000 loans with their schedules and repayments.
      loanRatio: 0.3,
      batchSize: 2000,
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    const seconds = (Date.now() - loadStarted) / 1000;
    console.log(
      `Loaded ${counts.enterprises} enterprises, ${counts.assets} IP assets, ${counts.valuations} valuations, ${counts.needs} needs, ${counts.products} products, ` +
        `${counts.loans} loans (${counts.instalments} instalments, ${counts.repayments} repayments, ${counts.registrations} pledge registrations)` +
        `${counts.skipped ? ` (${counts.skipped} enterprises already present, skipped)` : ''} in ${seconds.toFixed(1)} s`,
    );
    const refreshStarted = Date.now();
    await refreshStatistics(dataSource);
    console.log(`Statistics view refreshed in ${((Date.now() - refreshStarted) / 1000).toFixed(1)} s`);
    await dataSource.query('ANALYZE');
    console.log('Run `npm run reindex` to make the new firms and assets searchable (the load bypasses the search outbox).');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
