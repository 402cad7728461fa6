// `npm run reindex [-- [--if-empty] index ...]`: rebuilds search indexes from Postgres behind an atomic swap.
// --if-empty rebuilds only indexes that are missing or hold no document (what `npm start` does after seeding).
import { MultiBar, Presets } from 'cli-progress';
import { dataSourceOptions, loadConfig } from '@zhirong/core';
import { SearchService } from '@zhirong/search';
import { DataSource } from 'typeorm';
import { definitionOf, SEARCH_INDEX_DEFINITIONS } from '../indexes/index-definitions';
import { SearchIndexAdmin } from '../search-index-admin.service';

async function main(): Promise<void> {
  const config = loadConfig();
  const args = process.argv.slice(2);
  const ifEmpty = args.includes('--if-empty');
  const names = args.filter((a) => a !== '--if-empty');
  const search = new SearchService(config);
  const isEmpty = async (name: string) => {
    try {
      return (await search.client.index(search.indexName(name)).getStats()).numberOfDocuments === 0;
    } catch {
      return true; // no such index yet
    }
  };
  let definitions = names.length ? names.map(definitionOf) : SEARCH_INDEX_DEFINITIONS;
  if (ifEmpty) {
    const empty = await Promise.all(definitions.map((d) => isEmpty(d.name)));
    definitions = definitions.filter((_, i) => empty[i]);
    if (!definitions.length) {
      console.log('Search indexes already hold documents; nothing to rebuild.');
      return;
    }
  }
  // Documents are built with plain SQL: no entities needed, and no dependency on the composition lib.
  const dataSource = new DataSource(dataSourceOptions(config.database.url, { entities: [], migrations: [] }, 4));
  await dataSource.initialize();
  const admin = new SearchIndexAdmin(search, dataSource, config);
  const bars = new MultiBar({ format: '{index} {bar} {value}/{total} ({percentage}%) eta {eta_formatted}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
  const started = Date.now();
  let replayed = 0;
  try {
    for (const def of definitions) {
      const bar = bars.create(1, 0, { index: def.name.padEnd(18) });
      const result = await admin.reindex(def, {
        onProgress: (p) => {
          bar.setTotal(p.total);
          bar.update(p.done, { index: def.name.padEnd(18) });
        },
      });
      replayed += result.replayed;
      bar.setTotal(Math.max(result.documents, 1));
      bar.update(Math.max(result.documents, 1), { index: def.name.padEnd(18) });
    }
  } finally {
    bars.stop();
    await dataSource.destroy();
  }
  // Replayed: changes committed while the rebuild read Postgres, queued again for the relay.
  console.log(`Reindexed ${definitions.map((d) => d.name).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s; ${replayed} concurrent change(s) replayed through the outbox`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
