// Dispatches `npm run bench -- NAME [args]` to test/bench/NAME.bench.ts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchModule {
  /** One line on what it measures, shown by `npm run bench` without a name. */
  description: string;
  run(args: string[]): Promise<void>;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const available = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''));
  if (!name || !available.includes(name)) {
    console.log(`usage: npm run bench -- NAME\navailable: ${available.join(', ') || '(none yet)'}`);
    for (const b of available) {
      const mod = (await import(join(__dirname, `${b}.bench.ts`))) as BenchModule;
      console.log(`  ${b.padEnd(12)} ${mod.description}`);
    }
    process.exit(name ? 2 : 0);
  }
  const file = join(__dirname, `${name}.bench.ts`);
  if (!existsSync(file)) throw new Error(`no benchmark ${name}`);
  const mod = (await import(file)) as BenchModule;
  await mod.run(args);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
