import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MatchService } from '@zhirong/matching';
import { OutboxRelay, SearchIndexAdmin } from '@zhirong/search-indexing';
import { TestApp } from '@zhirong/platform/testing';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../seeds/demo';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { startApi } from '../../support/api';

/**
 * The web app in Debian's Chromium against the API serving it (one origin) over the demo
 * data. Every page a test opens is watched: a request to another host (intranets have no
 * internet), a page error or an HTTP error fails the test. Screenshots go to
 * .data/screenshots; each test's Playwright trace is kept in .data/traces.
 */
const ROOT = join(__dirname, '..', '..', '..');
const SHOTS = join(ROOT, '.data', 'screenshots');
const TRACES = join(ROOT, '.data', 'traces');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface WebHarness {
  t: TestApp;
  origin: string;
  /** A new browser context (its own session) at `path`, 1280 px wide unless told. */
  open(path: string, options?: { width?: number; height?: number }): Promise<Page>;
  signIn(page: Page, email: string, password?: string): Promise<void>;
  /** Opens sign-in, signs in as `email` and waits for the workspace. */
  openAs(email: string, path?: string, options?: { width?: number; height?: number }): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  /**
   * Waits until the search outbox has nothing left to relay: every committed change is then
   * indexed. Under load Meilisearch's one task queue may hold other suites' work first, so
   * a test waits for this instead of guessing a number of seconds.
   */
  searchSettled(timeoutMs?: number): Promise<void>;
}

/**
 * Call at the top of a describe block: starts the API and the browser once for its tests.
 * With `worker`, the real job worker runs too (whitelist deliveries, search sync, matching),
 * and the demo banks' webhooks point at a receiver on this machine that accepts everything.
 */
export function useWebHarness(options: { worker?: boolean } = {}): WebHarness {
  let worker: INestApplication | undefined;
  let receiver: Server | undefined;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const outside: string[] = [];
  const problems: string[] = [];
  const h = {} as WebHarness;

  h.open = async (path, options) => {
    const context = await browser.newContext({ viewport: { width: options?.width ?? 1280, height: options?.height ?? 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.tracing.start({ screenshots: true, snapshots: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== h.origin) outside.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    await page.goto(`${h.origin}${path}`);
    return page;
  };

  h.signIn = async (page, email, password = DEMO_PASSWORD) => {
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByTestId('sign-in-submit').click();
  };

  h.openAs = async (email, path = '/', options) => {
    const page = await h.open(`/sign-in?next=${encodeURIComponent(path)}`, options);
    await h.signIn(page, email);
    await page.getByTestId('current-user').waitFor();
    return page;
  };

  h.shot = async (page, name) => {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  h.searchSettled = async (timeoutMs = 120_000) => {
    const relay = h.t.module.get(OutboxRelay);
    for (const until = Date.now() + timeoutMs; (await relay.backlog()) > 0; ) {
      if (Date.now() > until) throw new Error(`the search outbox still holds ${await relay.backlog()} rows after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  beforeAll(async () => {
    // The API serves dist/web when it exists at start-up: build it if this run has not.
    if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
      const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'error'], {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: 'inherit',
      });
      if (build.status !== 0) throw new Error('vite build failed');
    }
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync(TRACES, { recursive: true });
    h.t = await startApi();
    await h.t.module.get(MatchService).recomputeAll();
    await h.t.app.listen(0, '127.0.0.1');
    h.origin = `http://127.0.0.1:${(h.t.app.getHttpServer().address() as { port: number }).port}`;
    // The API creates no search index under test (each test creates those it uses); pages search them.
    await h.t.module.get(SearchIndexAdmin).ensureIndexes();
    if (options.worker) {
      receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(200).end('{}')));
      await new Promise<void>((r) => receiver!.listen(0, '127.0.0.1', r));
      await h.t.dataSource.query('update bank_webhook set url = $1', [`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`]);
      const module = await Test.createTestingModule({ imports: [WorkerModule.forRoot(h.t.config)] }).compile();
      worker = module.createNestApplication({ logger: false });
      await worker.init();
    }
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    if (receiver) await new Promise((r) => receiver!.close(r));
    await h.t?.close();
  });

  afterEach(async () => {
    const name = (expect.getState().currentTestName ?? 'test').replace(/[^\w一-龥-]+/g, '-').slice(0, 80);
    for (const [i, context] of contexts.splice(0).entries()) {
      // Jest does not tell afterEach whether the test failed, so every test keeps its trace
      // (overwritten by the next run); a failing one's is there to open with `playwright show-trace`.
      await context.tracing.stop({ path: join(TRACES, `${name}-${i}.zip`) }).catch(() => undefined);
      await context.close().catch(() => undefined);
    }
    const seen = { outside: outside.splice(0), problems: problems.splice(0) };
    expect(seen).toEqual({ outside: [], problems: [] });
  });

  return h;
}
