// `npm start`: services (found or started), migrations, demo seed, the web app's build, API and worker.
// Ctrl-C stops the API, the worker and the services this run started.
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { ensureAll, stopAll, ROOT } from './services.mjs';

const children = [];
let stopping = false;

function log(message) {
  process.stdout.write(`[start] ${message}\n`);
}

function runTs(file, env, { wait = true, name, args = [] } = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'tools/run-ts.mjs'), file, ...args], { cwd: ROOT, env, stdio: 'inherit' });
  if (!wait) {
    children.push({ name, child });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        log(`${name} exited (code ${code}, signal ${signal}); stopping everything`);
        void shutdown(1);
      }
    });
    return child;
  }
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${file} failed with exit code ${code}`)))),
  );
}

/**
 * The web app is built once and served by the API at `/` (one URL, nothing from a CDN), always
 * as a production bundle: Vite takes NODE_ENV from the environment, and the API's development
 * mode would otherwise ship React's development build (a third larger, and slower).
 */
function buildWeb(env) {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the web build failed with exit code ${code}`)))));
}

async function waitForHealth(port, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the API did not become healthy on :${port} within ${timeoutMs / 1000}s`);
}

/** A port nothing listens on now, for the mail catcher. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the mail catcher did not listen on :${port} within ${timeoutMs / 1000}s`);
}

/**
 * Notification mail goes to a local SMTP catcher (tools/mail-catcher.mjs) that keeps each message
 * as .eml under .data/mail, where the administrator's caught-mail page reads it. A SMTP_URL in the
 * environment wins: then mail goes there and nothing is caught.
 */
async function startMailCatcher(env) {
  if (process.env.SMTP_URL) return { env: {}, line: `  Mail                   ${process.env.SMTP_URL.replace(/\/\/[^@/]*@/, '//…@')} (SMTP_URL)` };
  const port = await freePort();
  const dir = process.env.MAIL_CATCHER_DIR ?? join(ROOT, '.data/mail');
  const child = spawn(process.execPath, [join(ROOT, 'tools/mail-catcher.mjs')], { cwd: ROOT, env: { ...env, MAIL_CATCHER_PORT: String(port), MAIL_CATCHER_DIR: dir }, stdio: 'inherit' });
  children.push({ name: 'mail catcher', child });
  await waitForPort(port);
  return {
    env: { SMTP_URL: `smtp://127.0.0.1:${port}/?ignoreTLS=true`, MAIL_CATCHER_DIR: dir },
    line: `  Mail catcher           smtp://127.0.0.1:${port} → .data/mail (the administrator's 邮件截获 page)`,
  };
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map(({ child }) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)));
  await stopAll();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const started = Date.now();
  const services = await ensureAll();
  // Explicitly development: the apps treat a missing NODE_ENV as production, which refuses the
  // development secrets this stack uses. The demo banks' webhooks point at the loopback receiver.
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'development', WEBHOOK_ALLOW_LOOPBACK: process.env.WEBHOOK_ALLOW_LOOPBACK ?? 'true', ...services };
  const port = Number(env.PORT ?? 3000);
  const receiverPort = env.WEBHOOK_RECEIVER_PORT ?? '3100';
  log('building the web app');
  await buildWeb(env);
  log('applying migrations');
  await runTs('tools/migration-run.ts', env);
  log('loading the demo data');
  await runTs('seeds/cli.ts', env);
  // Seeds load with COPY, past the search outbox: fill the indexes the first time.
  log('filling empty search indexes');
  await runTs('libs/search-indexing/src/cli/reindex.cli.ts', env, { args: ['--if-empty'] });
  const mail = await startMailCatcher(env);
  const appEnv = { ...env, ...mail.env };
  runTs('apps/api/src/main.ts', appEnv, { wait: false, name: 'api' });
  runTs('apps/worker/src/main.ts', appEnv, { wait: false, name: 'worker' });
  // Receives the demo banks' whitelist webhooks and checks their signatures.
  const receiver = spawn(process.execPath, [join(ROOT, 'tools/webhook-receiver.mjs')], { cwd: ROOT, env: { ...env, WEBHOOK_RECEIVER_PORT: receiverPort }, stdio: 'inherit' });
  children.push({ name: 'webhook receiver', child: receiver });
  await waitForHealth(port);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `Zhirong 知融 is up (${seconds} s):`,
      `  Web app                http://127.0.0.1:${port}/`,
      `  GraphQL API            http://127.0.0.1:${port}/graphql`,
      `  Health                 http://127.0.0.1:${port}/health`,
      `  Webhook receiver       http://127.0.0.1:${receiverPort}/health (demo banks' whitelist pushes)`,
      mail.line,
      `  Demo sign-in           admin@zhirong.test / zhirong-demo-2026 (see README for all accounts)`,
      '  Ctrl-C stops the API, the worker and the services started here.',
      '',
    ].join('\n') + '\n',
  );
} catch (e) {
  console.error(`[start] ${e.message}`);
  await shutdown(1);
}
