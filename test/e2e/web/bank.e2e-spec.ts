import { useWebHarness } from './harness';

/**
 * The bank officer's journey over the demo data, through the UI only: the whitelisted-firm
 * inbox, loan products with pledge rates per IP type, interest in a need of the need library,
 * the webhook. The demo seed pushes no whitelist to any bank, so the inbox starts empty; the
 * answer to a pushed firm belongs to the cross-role journey (the office pushes first).
 */
jest.setTimeout(120_000);

describe('the bank in a real browser', () => {
  const h = useWebHarness();

  it('searches its whitelisted-firm inbox with the view in the URL, and sees no firm that was not pushed to it', async () => {
    const [firm] = (await h.t.dataSource.query(`select name from enterprise where name like '%科技%' order by name limit 1`)) as { name: string }[];
    const word = firm.name.includes('科技') ? '科技' : firm.name.slice(0, 2);
    for (const email of ['bank@zhirong.test', 'bank2@zhirong.test']) {
      const page = await h.openAs(email, '/bank/firms');
      const search = page.locator('input[data-testid="firm-search"], [data-testid="firm-search"] input').first();
      await search.fill(word);
      await search.press('Enter');
      await page.waitForURL(new RegExp(`q=${encodeURIComponent(word)}`));
      await page.getByText('没有符合条件的企业').waitFor();
      // An empty table also shows when the search fails: the answer must be a real, empty one.
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.ant-alert-error').count()).toBe(0);
      expect(await page.locator('[data-testid^="firm-row-"]').count()).toBe(0);
      if (email === 'bank@zhirong.test') await h.shot(page, 'bank-inbox');
    }
  });

  it('creates a loan product with pledge rates per IP type, edits it and archives it after confirming', async () => {
    const page = await h.openAs('bank@zhirong.test', '/bank/products');
    await page.getByRole('menuitem', { name: '金融产品' }).waitFor();
    await page.getByTestId('product-create').click();
    await page.waitForURL(/\/bank\/products\/new$/);
    await page.getByLabel('产品名称').fill('知融 E2E 科创贷');
    await page.getByLabel('最低金额（元）').fill('1000000');
    await page.getByLabel('最高金额（元）').fill('500000');
    await page.getByLabel('最短期限（月）').fill('6');
    await page.getByLabel('最长期限（月）').fill('36');
    await page.getByLabel('最低年利率（%）').fill('3.45');
    await page.getByLabel('最高年利率（%）').fill('6.5');
    await page.getByTestId('product-submit').click();
    await page.getByText('最高值不能小于最低值').waitFor();
    await page.getByText('至少选择一种知识产权类型').waitFor();
    await page.getByLabel('最高金额（元）').fill('10,000,000');
    await page.getByLabel('可接受的知识产权类型').click();
    await page.getByTitle('发明专利').click();
    await page.getByTitle('商标').click();
    await page.keyboard.press('Escape');
    await page.getByLabel('发明专利 质押率（%）').fill('25');
    await page.getByLabel('商标 质押率（%）').fill('50');
    await h.shot(page, 'bank-products-form');
    await page.getByTestId('product-submit').click();
    await page.waitForURL(/\/bank\/products$/);
    const row = page.getByRole('row', { name: /知融 E2E 科创贷/ });
    await row.waitFor();
    await h.shot(page, 'bank-products');

    const [stored] = (await h.t.dataSource.query(
      `select p.id, p.min_amount_fen::text as min, p.max_amount_fen::text as max, p.min_rate_bp, p.pledge_rates, o.name as bank
         from loan_product p join organization o on o.id = p.bank_organization_id join app_user u on u.organization_id = o.id
        where p.name = '知融 E2E 科创贷' and u.email = 'bank@zhirong.test'`,
    )) as { id: string; min: string; max: string; min_rate_bp: number; pledge_rates: Record<string, number> }[];
    expect(stored).toMatchObject({ min: '100000000', max: '1000000000', min_rate_bp: 345, pledge_rates: { INVENTION_PATENT: 2500, TRADEMARK: 5000 } });

    // Edit: the pledge rate shows in percent and goes back in basis points.
    await row.getByRole('link', { name: '知融 E2E 科创贷' }).click();
    await page.waitForURL(new RegExp(`/bank/products/${stored.id}$`));
    await page.getByLabel('发明专利 质押率（%）').fill('30.5');
    await page.getByTestId('product-submit').click();
    await page.waitForURL(/\/bank\/products$/);
    await page.getByRole('row', { name: /30\.50%/ }).waitFor();
    const [edited] = (await h.t.dataSource.query('select pledge_rates from loan_product where id = $1', [stored.id])) as { pledge_rates: Record<string, number> }[];
    expect(edited.pledge_rates).toEqual({ INVENTION_PATENT: 3050, TRADEMARK: 5000 });

    await page.getByTestId(`product-archive-${stored.id}`).click();
    await page.getByTestId('product-archive-confirm').click();
    await page.getByRole('row', { name: /知融 E2E 科创贷/ }).getByText('ARCHIVED').or(page.getByRole('row', { name: /知融 E2E 科创贷/ }).getByText('已下架')).first().waitFor();
    const [archived] = (await h.t.dataSource.query('select status from loan_product where id = $1', [stored.id])) as { status: string }[];
    expect(archived.status).toBe('ARCHIVED');
  });

  it('expresses interest in a published need with one of its products, and withdraws it after confirming', async () => {
    const page = await h.openAs('bank@zhirong.test', '/bank/need-library');
    const express = page.locator('[data-testid^="need-express-"]').first();
    await express.waitFor();
    const needId = (await express.getAttribute('data-testid'))!.replace('need-express-', '');
    await express.click();
    await page.getByTestId('need-express-form').getByLabel('致企业留言').fill('本行可提供知识产权质押贷款，欢迎联系');
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
    await page.getByTestId(`need-withdraw-${needId}`).waitFor();
    await h.shot(page, 'bank-need-interest');
    const status = async () => ((await h.t.dataSource.query('select status from need_interest where need_id = $1 order by created_at desc limit 1', [needId])) as { status: string }[])[0]?.status;
    expect(await status()).toBe('PENDING');
    await page.getByTestId(`need-withdraw-${needId}`).click();
    await page.getByRole('tooltip').getByRole('button', { name: /确\s*定/ }).click();
    await page.getByTestId(`need-express-${needId}`).waitFor();
    expect(await status()).toBe('WITHDRAWN');
  });

  it('shows the webhook the demo bank receives pushes on', async () => {
    const page = await h.openAs('bank@zhirong.test', '/bank/webhook');
    await page.getByTestId('webhook-current').getByText(/^http/).waitFor();
    await h.shot(page, 'bank-webhook');
  });
});
