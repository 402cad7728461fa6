import { useWebHarness } from './harness';

/**
 * The office, park and window pages beyond the whitelist push (which journeys.e2e-spec.ts
 * drives with the bank): verifying declared facts, the audit log, what a park sees, a need
 * a window enters for a firm.
 */
jest.setTimeout(120_000);

const DEMO_FIRM = '上海闵芯微电子科技有限公司';

describe('the office journey in a real browser', () => {
  const h = useWebHarness();

  it('lets the office verify what a firm declared and find it in the audit log; a park sees firms, not screening; a window enters a need', async () => {
    const page = await h.openAs('office@zhirong.test', '/office/firms');
    await page.getByLabel('按名称搜索').fill('闵芯');
    await page.getByLabel('按名称搜索').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('name') === '闵芯');
    const row = page.locator('.ant-table-row', { hasText: DEMO_FIRM });
    await row.getByTestId('declaration-review').waitFor();
    await h.shot(page, 'office-firms');
    expect(await row.getByTestId('firm-create-need').count()).toBe(1);
    await row.getByTestId('declaration-review').click();
    await page.getByRole('radio', { name: '核实无误' }).check();
    await page.getByTestId('review-submit').click();
    await row.getByText('无待核实事项').waitFor();
    const [firm] = await h.t.dataSource.query('select tags::text[] as tags from enterprise where name = $1', [DEMO_FIRM]);
    expect(firm.tags).toContain('LITTLE_GIANT');

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByLabel('操作').fill('verifyEnterpriseFact');
    await page.getByTestId('audit-filter').click();
    await page.waitForURL(/action=verifyEnterpriseFact/);
    await page.getByText('共 1 条').waitFor();
    await page.getByTestId('audit-row').filter({ hasText: 'verifyEnterpriseFact' }).waitFor();
    expect(await page.getByTestId('audit-row').count()).toBe(1);
    expect(await page.getByTestId('audit-row').innerText()).toContain('王科长');
    await h.shot(page, 'office-audit');

    const park = await h.openAs('park@zhirong.test', '/');
    await park.getByRole('menuitem', { name: '辖区企业' }).waitFor();
    expect(await park.getByRole('menuitem', { name: '白名单筛选' }).count()).toBe(0);
    expect(await park.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);

    const window = await h.openAs('window@zhirong.test', '/office/firms');
    await window.getByLabel('按名称搜索').fill('闵芯');
    await window.getByLabel('按名称搜索').press('Enter');
    await window.waitForURL((u) => u.searchParams.get('name') === '闵芯');
    const windowRow = window.locator('.ant-table-row', { hasText: DEMO_FIRM });
    await windowRow.getByTestId('firm-create-need').click();
    await window.getByLabel('融资金额（元）').fill('3000000');
    await window.getByLabel('融资期限（月）').fill('12');
    await window.getByLabel('可接受最高年利率（%）').fill('4.5');
    await window.getByLabel('资金用途').fill('服务窗口代录：研发设备采购');
    await window.getByRole('button', { name: /保\s*存/ }).click();
    await window.getByText('已代录融资需求').waitFor();
    const [need] = await h.t.dataSource.query("select amount_fen::text as amount, max_rate_bp from financing_need where purpose = '服务窗口代录：研发设备采购'");
    expect(need).toEqual({ amount: '300000000', max_rate_bp: 450 });
  });
});
