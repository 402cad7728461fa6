// Runs a TypeScript entry point with SWC (decorator metadata and the @zhirong/*
// path aliases of tsconfig.base.json included): `node tools/run-ts.mjs FILE [args]`.
// The developer tools it runs (seed, migrations, schema print, reindex, bench, matches:recompute)
// get NODE_ENV=development when none is set, so they work out of the box with the development
// secrets; the apps (apps/*) never do: an API or worker without NODE_ENV runs as production.
import { spawn } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/run-ts.mjs FILE [args]');
  process.exit(2);
}
const isApp = relative(root, resolve(root, file)).startsWith('apps/');
const env = { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') };
if (!isApp && !env.NODE_ENV) env.NODE_ENV = 'development';
const child = spawn(process.execPath, ['--enable-source-maps', '-r', '@swc-node/register', file, ...args], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
