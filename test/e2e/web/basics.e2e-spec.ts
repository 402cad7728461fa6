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
});
