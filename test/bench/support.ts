import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '@zhirong/core';
import { MIGRATIONS } from '@zhirong/platform';
import { createDataSource } from '@zhirong/persistence';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** p50/p95/p99/mean of durations in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; mean: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50: at(50), p95: at(95), p99: at(99), mean: sorted.reduce((s, x) => s + x, 0) / sorted.length, n: sorted.length };
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

/** Prints rows as an aligned table, with a title. */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  if (!rows.length) return;
  const keys = Object.keys(rows[0]);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  console.log(keys.map((k, i) => k.padEnd(widths[i])).join('  '));
  for (const r of rows) console.log(keys.map((k, i) => String(r[k]).padEnd(widths[i])).join('  '));
}

/**
 * A database holding the demo seed plus `--scale N` generated firms, built once and
 * kept between runs (named after the scale and the migrations), since loading
 * 100,000 firms takes a couple of minutes.
 */
export async function benchDatabase(scale: number): Promise<{ url: string; dataSource: DataSource }> {
  const serverUrl = loadConfig().database.url;
  const name = `zhirong_bench_${scale}_${MIGRATIONS.length}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: serverUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (!rowCount) {
    // Bench databases of an older migration set are never used again, and at scale they are gigabytes.
    const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'zhirong\\_bench\\_%' and datname <> $1", [name]);
    for (const { datname } of rows) {
      if (!datname.endsWith(`_${MIGRATIONS.length}`)) await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  const env = { ...process.env, DATABASE_URL: url.toString() };
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'tools/run-ts.mjs'), 'tools/migration-run.ts'], { env, stdio: 'inherit', cwd: root });
  // Resumable and idempotent: batches already loaded are skipped.
  execFileSync(process.execPath, [join(root, 'tools/run-ts.mjs'), 'seeds/cli.ts', '--scale', String(scale)], { env, stdio: 'inherit', cwd: root });
  const dataSource = createDataSource(url.toString(), 10);
  await dataSource.initialize();
  return { url: url.toString(), dataSource };
}
