import { useWebHarness } from './harness';

/**
 * The valuer (评估机构) works through its engagement queue: it records an appraisal of one
 * asset in yuan (stored as fen) and declines another engagement with a reason.
 */
jest.setTimeout(120_000);

describe('the valuer’s engagements', () => {
  const h = useWebHarness();

  it('records an appraisal and declines another engagement with a reason', async () => {
    const page = await h.openAs('valuer@zhirong.test');
    await page.getByRole('menuitem', { name: '评估委托' }).click();
    await page.waitForURL(`${h.origin}/valuer/engagements`);
    const rows = page.locator('.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2); // the demo firm engaged the demo valuer for two assets
    await h.shot(page, 'valuer-queue');
    // Oldest first is one click on the column, kept in the URL.
    await page.getByRole('columnheader', { name: /委托时间/ }).click();
    await page.waitForURL(/sort=createdAt%3AASC|sort=createdAt:ASC/);
    await rows.first().waitFor();

    // The appraisal: ¥2,150,000.50 by the income approach, valid for a year from today.
    await rows.first().getByRole('button', { name: /录入评估/ }).click();
    await page.waitForURL(/\/valuer\/assets\/[\w-]+\/appraisal$/);
    const assetId = /assets\/([\w-]+)\/appraisal/.exec(page.url())![1];
    await page.getByTestId('appraisal-submit').click();
    await page.getByText('请填写评估价值').waitFor();
    await page.getByLabel('评估价值（元）').fill('0');
    await page.getByText('评估价值须大于零').waitFor();
    await page.getByLabel('评估价值（元）').fill('2150000.50');
    await page.locator('label', { has: page.locator('input[type=radio][value=INCOME]') }).click();
    await page.getByLabel('说明').fill('收益法，五年收益期');
    await h.shot(page, 'valuer-appraisal');
    await page.getByTestId('appraisal-submit').click();
    await page.waitForURL(`${h.origin}/valuer/engagements`);
    await page.getByTestId('notice').waitFor();
    await rows.nth(0).waitFor();
    expect(await rows.count()).toBe(1);
    const [valuation] = (await h.t.dataSource.query(`select value_fen, method, note from valuation where ip_asset_id = $1 order by created_at desc limit 1`, [assetId])) as {
      value_fen: string;
      method: string;
      note: string;
    }[];
    expect(valuation).toEqual({ value_fen: '215000050', method: 'INCOME', note: '收益法，五年收益期' });

    // Declining asks for a reason, then closes the engagement for good.
    await rows.first().getByRole('button', { name: /拒/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('decline-confirm').click();
    await dialog.getByText('请填写拒绝原因').waitFor();
    await dialog.getByLabel('拒绝原因').fill('与委托方存在关联关系，需回避');
    await dialog.getByTestId('decline-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('暂无评估委托').waitFor();
    const engagements = (await h.t.dataSource.query(`select status, cancel_reason from valuation_engagement order by status::text`)) as { status: string; cancel_reason: string | null }[];
    expect(engagements).toEqual([
      { status: 'CANCELLED', cancel_reason: '与委托方存在关联关系，需回避' },
      { status: 'COMPLETED', cancel_reason: null },
    ]);

    // The declined one, with its reason, is a filter away (kept in the URL).
    await page.getByTestId('status-filter').click();
    await page.locator('.ant-select-item-option').nth(2).click(); // OPEN, COMPLETED, CANCELLED
    await page.waitForURL(/status=CANCELLED/);
    await page.getByText('与委托方存在关联关系，需回避').waitFor();
    expect(await rows.count()).toBe(1);
  });
});
