import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { useWebHarness } from './harness';

/**
 * The web app's frame: sign-in, the role's navigation, the language switch, sign-out — and
 * not one request to another host.
 */
jest.setTimeout(120_000);

describe('the web app in a real browser', () => {
  const h = useWebHarness();
  const { open, signIn, shot } = h;

  it('sends a signed-out visitor to sign-in, refuses a wrong password on the page, and comes back to the page asked for', async () => {
    const page = await open('/firm/assets');
    await page.waitForURL(/\/sign-in\?next=%2Ffirm%2Fassets/);
    await page.getByRole('heading', { name: /登录/ }).waitFor();
    await shot(page, 'sign-in');
    await signIn(page, 'firm@zhirong.test', 'not-the-password');
    await page.getByTestId('sign-in-error').waitFor();
    await signIn(page, 'firm@zhirong.test');
    await page.waitForURL(`${h.origin}/firm/assets`);
    await page.getByRole('cell', { name: '发明专利' }).first().waitFor();
    await shot(page, 'firm-assets');
    // The firm's navigation: its own workspace, not a bank's.
    await page.getByRole('menuitem', { name: '我的知识产权' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '融资项目需求库' }).count()).toBe(0);
    expect(await page.getByRole('row').count()).toBe(6); // header + the demo firm's five assets
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
  });

  it('shows a bank its need library, anonymised, with amounts in 万 and rates in percent', async () => {
    const page = await open('/sign-in');
    await signIn(page, 'bank@zhirong.test');
    await page.getByRole('menuitem', { name: '融资项目需求库' }).click();
    await page.waitForURL(`${h.origin}/bank/need-library`);
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'bank-need-library');
    const text = await page.locator('.ant-table').innerText();
    expect(text).toMatch(/¥[\d,.]+万/);
    expect(text).toMatch(/\d+\.\d{2}%/);
    const names = (await h.t.dataSource.query('select name from enterprise')) as { name: string }[];
    expect(names.filter((n) => text.includes(n.name))).toEqual([]);
    expect(await page.getByRole('menuitem', { name: '我的知识产权' }).count()).toBe(0);
    // Signing out ends the session: the workspace sends back to sign-in.
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${h.origin}/bank/need-library`);
    await page.waitForURL(/\/sign-in\?next=/);
  });

  it('keeps the token out of storage, survives a reload through the session cookie, and returns to sign-in with the page remembered when the session ends elsewhere', async () => {
    const page = await h.openAs('firm@zhirong.test', '/firm/assets');
    await page.getByRole('cell', { name: '发明专利' }).first().waitFor();
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie');
    expect(stored).not.toMatch(/eyJ/); // no JWT where a script could read it
    await page.reload();
    await page.getByTestId('current-user').waitFor();
    expect(page.url()).toBe(`${h.origin}/firm/assets`);

    // Signing out on another device ends every session of the user: this tab's next request is refused.
    const other = await h.openAs('firm@zhirong.test');
    await other.getByTestId('sign-out').click();
    await other.waitForURL(/\/sign-in/);
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByRole('menuitem', { name: '我的知识产权' }).click(); // pages ask the API afresh when opened
    await page.waitForURL(/\/sign-in\?expired=1&next=%2Ffirm%2Fassets/);
    await page.getByText('登录已过期，请重新登录').waitFor();
  });

  it('loads at most 350 kB of gzipped JavaScript for the sign-in page', async () => {
    const page = await h.open('/', { width: 1920, height: 1080 });
    await page.getByTestId('sign-in-submit').waitFor();
    await page.waitForLoadState('networkidle');
    // The scripts the page loaded, as the API serves them from the build, gzipped.
    const urls = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).filter((u) => u.endsWith('.js'));
    const sizes = urls.map((u) => gzipSync(readFileSync(join(__dirname, '..', '..', '..', 'dist', 'web', new URL(u).pathname))).length);
    const total = sizes.reduce((a, b) => a + b, 0);
    const listing = urls.map((u, i) => `${new URL(u).pathname.slice(8)} ${(sizes[i] / 1024).toFixed(1)} kB`).join(", ");
    process.stdout.write(`sign-in page: ${(total / 1024).toFixed(1)} kB gzipped JavaScript: ${listing}\n`);
    expect(total).toBeLessThanOrEqual(350 * 1024);
  });
});
