import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { useWebHarness } from './harness';

const DIST = join(__dirname, '..', '..', '..', 'dist', 'web');

/**
 * The API explorer is GraphiQL bundled from npm (Monaco and its web workers included): the
 * platform administrator runs a query with their own session, and not one file comes from
 * another host. Other roles see no explorer in their navigation.
 */
jest.setTimeout(120_000);

describe('the API explorer', () => {
  const h = useWebHarness();

  it('lets the platform administrator run a query as themselves, loading nothing from another host', async () => {
    const page = await h.openAs('admin@zhirong.test');
    await page.getByRole('menuitem', { name: '接口调试台' }).click();
    await page.waitForURL(`${h.origin}/admin/explorer`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ me { email } }');
    await page.getByRole('button', { name: /Execute query/ }).click();
    const response = page.locator('.graphiql-response');
    await response.getByText('admin@zhirong.test').waitFor();
    await h.shot(page, 'explorer');
    // Monaco lays text out with non-breaking spaces.
    expect((await response.innerText()).replace(/\s+/g, ' ')).toContain('"email": "admin@zhirong.test"');
  });

  it('is not in a firm user’s navigation', async () => {
    const page = await h.openAs('firm@zhirong.test');
    await page.getByRole('menuitem', { name: '我的知识产权' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '接口调试台' }).count()).toBe(0);
  });

  it('stays out of the sign-in page, which loads at most 350 kB of gzipped script', async () => {
    const page = await h.open('/sign-in', { width: 1280 });
    const scripts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.reload();
    await page.getByTestId('sign-in-submit').waitFor();
    await page.waitForLoadState('networkidle');
    expect([...scripts].filter((path) => /graphiql|monaco|worker/i.test(path))).toEqual([]);
    const gzipped = [...scripts].map((path) => gzipSync(readFileSync(join(DIST, path))).length);
    expect(gzipped.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(350 * 1024);
  });
});
