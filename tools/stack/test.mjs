// `npm test`: finds or starts the services, type-checks, runs every Jest project
// through Nx, prints one closing line, and stops what it started.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, ensureAll, ROOT, stopAll } from './services.mjs';

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Test databases left by interrupted runs. Their names start with the creation time
 * (base 36), so only those older than an hour go: another run may be using the rest.
 * Templates (one per migration set) carry their last use in their comment; those unused
 * for an hour go too (a template without one predates that comment).
 */
async function dropStaleTestDatabases(url) {
  const { default: pg } = await import('pg');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query("select datname from pg_database where datname like 'zt\\_%'");
    const hourAgo = Date.now() - 3600_000;
    for (const { datname } of rows) {
      const created = parseInt(datname.slice(3, 11), 36);
      if (Number.isFinite(created) && created < hourAgo) await client.query(`drop database if exists "${datname}" with (force)`);
    }
    const templates = await client.query(
      "select datname, shobj_description(oid, 'pg_database') as used from pg_database where datname like 'zhirong\\_tpl\\_%' and datname not like '%\\_building'",
    );
    for (const { datname, used } of templates.rows) {
      if (!(Number(used) >= hourAgo)) await client.query(`drop database if exists "${datname}" with (force)`);
    }
  } finally {
    await client.end();
  }
}

const resultsDir = join(DATA_DIR, 'test-results');
let code = 1;
try {
  const started = Date.now();
  const services = await ensureAll();
  await dropStaleTestDatabases(services.DATABASE_URL);
  rmSync(resultsDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ...services,
    NODE_ENV: 'test',
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    ZHIRONG_TEST_RESULTS: resultsDir,
  };

  process.stdout.write('[test] type-checking\n');
  code = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.check.json'], env);
  if (code === 0) code = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'apps/web/tsconfig.json'], env);
  if (code === 0) {
    // The browser tests drive the build the API serves: the production bundle users get, not React's development build.
    process.stdout.write('[test] building the web app\n');
    code = await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { ...env, NODE_ENV: 'production' });
  }
  if (code === 0) {
    const extra = process.argv.slice(2);
    code = await run(
      process.execPath,
      [join(ROOT, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'test', '--parallel=2', '--outputStyle=stream', '--skipNxCache', '--', '--maxWorkers=1', ...extra],
      env,
    );
  }
  if (code === 0) {
    process.stdout.write('[test] linting (module boundaries)\n');
    code = await run(
      process.execPath,
      [join(ROOT, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'lint', '--parallel=2', '--outputStyle=stream'],
      env,
    );
  }

  const totals = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(resultsDir)) {
    for (const file of readdirSync(resultsDir)) {
      const r = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
      totals.passed += r.passed;
      totals.failed += r.failed;
      totals.skipped += r.skipped;
    }
  }
  process.stdout.write(`\n[test] ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  if (code === 0 && totals.passed === 0) code = 1;
} catch (e) {
  console.error(`[test] ${e.message}`);
  code = 1;
} finally {
  await stopAll();
}
process.exit(code);
