import { useWebHarness } from './harness';

/**
 * The journeys of issue 12 that cross roles, through the UI only, each in its own browser
 * context per user, over the demo data with the real job worker delivering pushes and
 * syncing search.
 */
jest.setTimeout(180_000);

const BANK = '申江银行上海科技支行';
const DEMO_FIRM = '上海闵芯微电子科技有限公司';

describe('journeys across roles in a real browser', () => {
  const h = useWebHarness({ worker: true });

  it('journey 2: the office screens, reviews, publishes and pushes to one bank to 100%; the bank finds the firm by a Chinese word and offers ¥5,000,000; the office sees the answer in its chart; the other bank never sees the firm', async () => {
    const page = await h.openAs('office@zhirong.test', '/office/screening');
    await page.getByRole('menuitem', { name: '白名单筛选' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '融资项目需求库' }).count()).toBe(0);

    // 筛选规则: no dishonesty (required) and at least one valid invention patent; pass at 60.
    await page.getByLabel('入围分数').fill('60');
    await page.getByLabel('权重 1', { exact: true }).fill('30');
    await page.getByTestId('rules-add-criterion').click();
    await page.getByLabel('指标 2', { exact: true }).click();
    await page.getByTestId('criterion-option-VALID_INVENTION_PATENTS').click();
    await page.getByLabel('门槛 2', { exact: true }).fill('1');
    await page.getByLabel('权重 2', { exact: true }).fill('70');
    await page.getByTestId('rules-save').click();
    await page.getByRole('cell', { name: '60' }).first().waitFor();
    await h.shot(page, 'journey2-office-screening');

    await page.getByTestId('run-screening').click();
    await page.waitForURL(/\/office\/batches\/[0-9a-f-]{36}$/);
    const batchId = page.url().split('/').pop()!;
    await page.getByTestId('batch-row').first().waitFor();
    // The batch names its region in words, not by its code path.
    await page.getByText('上海市闵行区').first().waitFor();
    expect(await page.getByText('310000/310112').count()).toBe(0);

    // Only the included firms (the view is in the URL), then one taken out with a reason.
    await page.getByText('仅入选企业').click();
    await page.waitForURL(/show=included/);
    await page.locator('[data-testid="batch-row"][data-included="true"]').first().waitFor();
    const [demo] = await h.t.dataSource.query(
      'select we.included, we.score from whitelist_entry we join enterprise e on e.id = we.enterprise_id where we.batch_id = $1 and e.name = $2',
      [batchId, DEMO_FIRM],
    );
    expect(demo).toEqual({ included: true, score: 100 });
    const removed = page.locator(`[data-testid="batch-row"][data-included="true"]:not([data-firm="${DEMO_FIRM}"])`).first();
    const removedName = (await removed.getAttribute('data-firm'))!;
    await removed.getByTestId('entry-remove').click();
    await page.getByTestId('entry-reason').fill('企业申请暂缓纳入');
    await page.getByTestId('entry-submit').click();
    await page.locator(`[data-testid="batch-row"][data-firm="${removedName}"]`).waitFor({ state: 'detached' });
    await page.getByText('全部企业').click();
    await page.locator(`[data-testid="batch-row"][data-firm="${removedName}"][data-included="false"]`).waitFor();
    await page.getByRole('cell', { name: /企业申请暂缓纳入/ }).waitFor();
    await h.shot(page, 'journey2-office-batch');
    const [entry] = await h.t.dataSource.query(
      `select we.included, we.manual_change, we.manual_reason from whitelist_entry we join enterprise e on e.id = we.enterprise_id where we.batch_id = $1 and e.name = $2`,
      [batchId, removedName],
    );
    expect(entry).toEqual({ included: false, manual_change: 'REMOVED', manual_reason: '企业申请暂缓纳入' });

    await page.getByTestId('publish-batch').click();
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('push-bank-picker').waitFor();

    // Push to the one bank, confirmed, and watch its deliveries arrive.
    await page.getByTestId('push-bank-picker').getByRole('checkbox', { name: BANK }).check();
    await page.getByTestId('push-batch').click();
    await page.getByTestId('push-confirm').click();
    await page.locator(`[data-testid="bank-progress"][data-bank="${BANK}"]`).waitFor();
    await page.locator(`[data-testid="bank-progress"][data-bank="${BANK}"][data-percent="100"]`).waitFor({ timeout: 60_000 });
    await page.locator(`[data-testid="bank-progress"][data-bank="${BANK}"]`).getByText('100%').waitFor();
    await h.shot(page, 'journey2-office-push-progress');
    const [{ included }] = await h.t.dataSource.query('select count(*)::int as included from whitelist_entry where batch_id = $1 and included', [batchId]);
    const deliveries = await h.t.dataSource.query(
      `select d.status, count(*)::int as n, bool_or(e.name = $2) as has_demo_firm from whitelist_delivery d join enterprise e on e.id = d.enterprise_id where d.batch_id = $1 group by d.status`,
      [batchId, DEMO_FIRM],
    );
    expect(deliveries).toEqual([{ status: 'DELIVERED', n: included, has_demo_firm: true }]);

    // The bank signs in, finds the firm by a Chinese word of its name and offers a credit line.
    const [firm] = await h.t.dataSource.query('select id from enterprise where name = $1', [DEMO_FIRM]);
    const bank = await h.openAs('bank@zhirong.test', '/bank/firms');
    const search = bank.locator('input[data-testid="firm-search"], [data-testid="firm-search"] input').first();
    // The search index learns of the push from the worker's relay: wait for it, then search.
    await h.searchSettled();
    for (let attempt = 0; ; attempt++) {
      await search.fill('闵芯');
      await search.press('Enter');
      await bank.waitForLoadState('networkidle');
      if ((await bank.getByTestId(`firm-row-${firm.id}`).count()) === 1) break;
      if (attempt === 10) throw new Error('the pushed firm never appeared in the bank’s search');
      await bank.waitForTimeout(1000);
    }
    // The word is marked in the name (in the pieces Meilisearch segments it into).
    await bank.waitForFunction(
      `[...document.querySelectorAll('[data-testid="firm-row-${firm.id}"] [data-testid="firm-link"] mark')].map((m) => m.textContent).join('') === '闵芯'`,
    );
    await h.shot(bank, 'journey2-bank-search');
    await bank.getByTestId(`firm-row-${firm.id}`).getByTestId('firm-link').click();
    await bank.getByTestId('firm-name').waitFor();
    await bank.getByTestId('answer-form').getByLabel('已给予授信额度').check();
    await bank.getByLabel('授信额度（元）').fill('5,000,000');
    await bank.getByTestId('answer-submit').click();
    await bank.getByTestId('firm-my-response').getByText('已给予授信额度').waitFor();
    await h.shot(bank, 'journey2-bank-answer');
    const [stored] = await h.t.dataSource.query('select status, credit_line_fen::text as fen from whitelist_response where enterprise_id = $1', [firm.id]);
    expect(stored).toEqual({ status: 'CREDIT_LINE_OFFERED', fen: '500000000' });

    // The other bank was not pushed to: the firm is not in its inbox, and its page is refused.
    const other = await h.openAs('bank2@zhirong.test', '/bank/firms');
    const otherSearch = other.locator('input[data-testid="firm-search"], [data-testid="firm-search"] input').first();
    await otherSearch.fill('闵芯');
    await otherSearch.press('Enter');
    await other.waitForURL(/q=/);
    await other.getByText('没有符合条件的企业').waitFor();
    expect(await other.locator('[data-testid^="firm-row-"]').count()).toBe(0);

    await page.getByTestId('batch-answers').click();
    await page.waitForURL(`${h.origin}/office/batches/${batchId}/answers`);
    const row = page.getByTestId('answer-row').first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(new RegExp(`${BANK}[\\s\\S]*${DEMO_FIRM}[\\s\\S]*¥500(\\.00)?万`));
    await page.getByTestId('answers-chart').locator('canvas').waitFor();
    await h.shot(page, 'journey2-office-answers');
  });

  it('journey 3: a bank creates a product and the firm’s matches for its need show it', async () => {
    const PRODUCT = '知融 E2E 专利快贷';
    // The firm's need (¥300万 for 12 months) before: the product does not exist yet.
    const firm = await h.openAs('firm@zhirong.test', '/firm/needs');
    await firm.locator('[data-testid^="need-row-"]', { hasText: '¥300万' }).first().getByTestId('need-matches-link').click();
    await firm.waitForURL(/\/firm\/needs\/[\w-]+\/matches/);
    const matchesUrl = firm.url();
    await firm.getByTestId('match-row').first().waitFor();
    expect(await firm.getByTestId('match-row').filter({ hasText: PRODUCT }).count()).toBe(0);

    const bank = await h.openAs('bank@zhirong.test', '/bank/products/new');
    await bank.getByLabel('产品名称').fill(PRODUCT);
    await bank.getByLabel('最低金额（元）').fill('1,000,000');
    await bank.getByLabel('最高金额（元）').fill('10,000,000');
    await bank.getByLabel('最短期限（月）').fill('6');
    await bank.getByLabel('最长期限（月）').fill('36');
    await bank.getByLabel('最低年利率（%）').fill('3.2');
    await bank.getByLabel('最高年利率（%）').fill('5.2');
    await bank.getByLabel('可接受的知识产权类型').click();
    await bank.getByTitle('发明专利', { exact: true }).click();
    await bank.getByTitle('实用新型专利', { exact: true }).click();
    await bank.keyboard.press('Escape');
    await bank.getByLabel('发明专利 质押率（%）').fill('40');
    await bank.getByLabel('实用新型专利 质押率（%）').fill('30');
    await bank.getByTestId('product-submit').click();
    await bank.waitForURL(/\/bank\/products$/);
    await bank.getByRole('row', { name: new RegExp(PRODUCT) }).waitFor();

    // The worker recomputes the need's matches; the firm's page, opened again, ranks the new product.
    const row = firm.getByTestId('match-row').filter({ hasText: PRODUCT });
    for (let attempt = 0; (await row.count()) === 0; attempt++) {
      if (attempt === 30) throw new Error('the new product never reached the firm’s matches');
      await firm.waitForTimeout(1000);
      await firm.goto(matchesUrl);
      await firm.getByTestId('match-row').first().waitFor();
    }
    expect(await row.getAttribute('data-eligible')).toBe('true');
    await row.locator('.ant-table-row-expand-icon').click();
    await firm.locator('[data-testid=match-check-passed]:visible').first().waitFor();
    await h.shot(firm, 'journey3-firm-matches');
  });
});
