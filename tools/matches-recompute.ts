// `npm run matches:recompute`: every open need against every active product, with a progress bar.
import { AccessService } from '@zhirong/access';
import { createDataSource } from '@zhirong/persistence';
import { Presets, SingleBar } from 'cli-progress';
import { MatchFactsRepository, MatchService } from '@zhirong/matching';

async function main(): Promise<void> {
  const dataSource = createDataSource(undefined, 4);
  await dataSource.initialize();
  const started = Date.now();
  const bar = new SingleBar({ format: 'needs {bar} {value}/{total} ({percentage}%) eta {eta_formatted}', hideCursor: true }, Presets.shades_classic);
  let begun = false;
  try {
    const stats = await new MatchService(dataSource, new MatchFactsRepository(dataSource), new AccessService(dataSource)).recomputeAll((done, total) => {
      if (!begun) {
        bar.start(total, 0);
        begun = true;
      }
      bar.update(done);
    });
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${stats.needs} needs × ${stats.products} products = ${stats.pairs} pairs in ${seconds.toFixed(1)} s; ` +
        `${stats.stored} stored (${stats.eligible} eligible, the rest near misses)`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
