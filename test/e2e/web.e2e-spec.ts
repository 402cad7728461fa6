import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MatchService } from '@zhirong/matching';
import { TestApp } from '@zhirong/platform/testing';
import { Browser, chromium, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../seeds/demo';
import { startApi } from '../support/api';

/**
 * The web app in Debian's Chromium against the API serving it (one origin), with the demo
 * data: sign-in, the role's navigation, the first pages, the language switch — and not one
 * request to another host (bank and government intranets have no internet).
 */
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, '.data', 'screenshots');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

jest.setTimeout(120_000);

describe('the web app in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  const outside: string[] = [];
  const problems: string[] = [];

  async function open(path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) outside.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    await page.goto(`${origin}${path}`);
    return page;
  }

  async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByTestId('sign-in-submit').click();
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    // The API serves dist/web when it exists at start-up: build it if this run has not.
    if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
      const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('vite build failed');
    }
    mkdirSync(SHOTS, { recursive: true });
    t = await startApi();
    await t.module.get(MatchService).recomputeAll();
    await t.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('sends a signed-out visitor to sign-in, refuses a wrong password on the page, and comes back to the page asked for', async () => {
    const page = await open('/firm/assets');
    await page.waitForURL(/\/sign-in\?next=%2Ffirm%2Fassets/);
    await page.getByRole('heading', { name: /登录/ }).waitFor();
    await shot(page, 'sign-in');
    await signIn(page, 'firm@zhirong.test', 'not-the-password');
    await page.getByTestId('sign-in-error').waitFor();
    await signIn(page, 'firm@zhirong.test');
    await page.waitForURL(`${origin}/firm/assets`);
    await page.getByRole('cell', { name: '发明专利' }).first().waitFor();
    await shot(page, 'firm-assets');
    // The firm's navigation: its own workspace, not a bank's.
    await page.getByRole('menuitem', { name: '我的知识产权' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '融资项目需求库' }).count()).toBe(0);
    expect(await page.getByRole('row').count()).toBe(6); // header + the demo firm's five assets
    await page.context().close();
  });

  it('switches the page to English and back', async () => {
    const page = await open('/sign-in');
    await signIn(page, 'firm@zhirong.test');
    await page.getByTestId('current-user').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'My IP assets' }).waitFor();
    await page.getByRole('menuitem', { name: 'My IP assets' }).click();
    await page.getByRole('columnheader', { name: 'Legal status' }).waitFor();
    await shot(page, 'firm-assets-en');
    await page.getByTestId('language-switch').click();
    await page.getByRole('columnheader', { name: '法律状态' }).waitFor();
    await page.context().close();
  });

  it('shows a bank its need library, anonymised, with amounts in 万 and rates in percent', async () => {
    const page = await open('/sign-in');
    await signIn(page, 'bank@zhirong.test');
    await page.getByRole('menuitem', { name: '融资项目需求库' }).click();
    await page.waitForURL(`${origin}/bank/need-library`);
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'bank-need-library');
    const text = await page.locator('.ant-table').innerText();
    expect(text).toMatch(/¥[\d,.]+万/);
    expect(text).toMatch(/\d+\.\d{2}%/);
    const names = (await t.dataSource.query('select name from enterprise')) as { name: string }[];
    expect(names.filter((n) => text.includes(n.name))).toEqual([]);
    expect(await page.getByRole('menuitem', { name: '我的知识产权' }).count()).toBe(0);
    // Signing out ends the session: the workspace sends back to sign-in.
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${origin}/bank/need-library`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.context().close();
  });
});
