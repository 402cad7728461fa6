import { useWebHarness } from './harness';

/**
 * Anyone may open the disposal marketplace (处置交易市场) without signing in. Until disposal
 * listings exist it says so — a true empty state, no made-up listings — and a search keeps
 * its words in the URL.
 */
jest.setTimeout(120_000);

describe('the public disposal marketplace', () => {
  const h = useWebHarness();

  it('lets an anonymous visitor reach the market from sign-in and search it, showing a true empty state', async () => {
    const page = await h.open('/sign-in');
    await page.getByTestId('market-link').click();
    await page.waitForURL(`${h.origin}/market`);
    await page.getByText('暂无已发布的处置项目').waitFor();
    await h.shot(page, 'public-market');
    expect(await page.locator('.ant-table-row').count()).toBe(0);
    expect(await page.getByTestId('current-user').count()).toBe(0);

    await page.getByLabel('搜索处置项目').fill('发明专利');
    await page.getByLabel('搜索处置项目').press('Enter');
    await page.waitForURL(/\/market\?q=/);
    await page.getByText('没有符合条件的处置项目').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('发明专利');

    // A link reproduces the view.
    await page.reload();
    expect(await page.getByLabel('搜索处置项目').inputValue()).toBe('发明专利');
    await page.getByText('没有符合条件的处置项目').waitFor();
  });
});
