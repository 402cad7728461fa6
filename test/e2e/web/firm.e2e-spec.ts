import { patentCheckChar } from '@zhirong/ip-assets/numbers';
import { useWebHarness } from './harness';

/**
 * Journey 1 of the web app, through the UI only: the firm registers an asset with a wrong
 * check character (error on the field), fixes it, creates a need and sees ranked matches with
 * their checks and hints.
 */
jest.setTimeout(120_000);

describe('the firm in a real browser', () => {
  const h = useWebHarness();

  it('registers an asset after fixing its check character, creates a need and sees ranked matches with checks and hints', async () => {
    const page = await h.openAs('firm@zhirong.test', '/firm/assets');
    await page.getByRole('cell', { name: '发明专利' }).first().waitFor();

    // A number no demo asset has; its check character computed, then spoiled.
    const digits = '202410987654';
    const right = patentCheckChar(digits);
    const wrong = right === '0' ? '1' : '0';
    await page.getByTestId('register-asset').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('知识产权类型').click();
    await page.getByTitle('发明专利').click();
    const number = dialog.getByLabel('编号');
    await number.pressSequentially(`CN${digits}.${wrong}`);
    await dialog.getByText(`校验位错误，应为 ${right}`).waitFor();
    await h.shot(page, 'firm-register-error');

    await number.fill(`CN${digits}.${right}`);
    await dialog.getByText(/校验位错误/).waitFor({ state: 'detached' });
    await dialog.getByLabel('名称').fill('一种固态电池热管理方法');
    await dialog.getByTestId('register-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: `CN${digits}.${right}` }).waitFor();

    await page.getByRole('menuitem', { name: '融资需求' }).click();
    await page.waitForURL(`${h.origin}/firm/needs`);
    await page.getByTestId('create-need').click();
    const form = page.getByRole('dialog');
    await form.getByLabel('资金用途').fill('固态电池产线扩建');
    await form.getByLabel('融资金额（元）').fill('3000000');
    await form.getByLabel('期限（月）').fill('12');
    await form.getByLabel('可接受最高年利率（%）').fill('5.5');
    await form.getByLabel('可接受担保').check();
    await form.getByLabel('可接受保险').check();
    await form.getByLabel('质押组合').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await form.getByTestId('need-submit').click();
    await page.waitForURL(/\/firm\/needs\/[\w-]+$/);
    await page.getByTestId('need-detail').getByText('固态电池产线扩建').waitFor();
    await h.shot(page, 'firm-need-created');

    await page.getByTestId('need-matches-link').click();
    await page.waitForURL(/\/firm\/needs\/[\w-]+\/matches$/);
    const rows = page.getByTestId('match-row');
    await rows.first().waitFor();
    // Ranked: eligible first, then by score, as the API ordered them.
    const scores = await page.getByTestId('match-score').allInnerTexts();
    const eligible = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-eligible') === 'true'));
    expect(scores.length).toBeGreaterThan(1);
    expect(eligible).toEqual([...eligible].sort((a, b) => Number(b) - Number(a)));
    const firstNearMiss = eligible.indexOf(false);
    expect(firstNearMiss).toBeGreaterThan(0);

    // The top product's checks, each with its reason; a near miss's hints in the API's words.
    await rows.first().locator('.ant-table-row-expand-icon').click();
    await page.getByTestId('match-check-passed').first().waitFor();
    await rows.nth(firstNearMiss).locator('.ant-table-row-expand-icon').click();
    await page.locator('[data-testid=match-check-failed]:visible').first().waitFor();
    const hints = await page.getByTestId('match-hint').allInnerTexts();
    expect(hints.length).toBeGreaterThan(0);
    await h.shot(page, 'firm-matches');
  });

  it("shows the firm's engagements, bundles, bank answers and revenue chart", async () => {
    const page = await h.openAs('firm@zhirong.test', '/firm/valuations');
    const noError = async () => expect(await page.locator('.ant-alert-error').count()).toBe(0);
    // The demo firm asked the demo valuer to appraise two of its assets.
    await page.locator('.ant-table-row').nth(1).waitFor();
    await noError();
    await page.getByRole('menuitem', { name: '质押组合' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    await noError();
    await page.getByRole('menuitem', { name: '银行意向' }).click();
    await page.locator('.ant-card-head-title', { hasText: '银行意向' }).waitFor();
    await page.locator('.ant-table-tbody').waitFor();
    await noError();
    await page.getByRole('menuitem', { name: '营业收入' }).click();
    await page.getByTestId('revenue-chart').locator('canvas').waitFor();
    await noError();
    await page.waitForTimeout(1000); // the bars rise for a moment; the screenshot shows them risen
    await h.shot(page, 'firm-revenue');
  });
});
