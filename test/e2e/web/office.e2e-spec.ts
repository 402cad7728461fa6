import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { tokenFor } from '../../support/api';
import { useWebHarness } from './harness';

/**
 * The IP office's whitelist journey in the browser: office@ (闵行区知识产权局) defines
 * screening rules, screens its region, takes a firm out with a reason, publishes, pushes to
 * one bank and watches the deliveries (made by the real worker, to a local webhook receiver)
 * reach 100%, then reads the bank's answer on the answers page with its chart.
 */
jest.setTimeout(120_000);

const BANK = '申江银行上海科技支行';
const DEMO_FIRM = '上海闵芯微电子科技有限公司';

describe('the office journey in a real browser', () => {
  const h = useWebHarness();
  let worker: INestApplication;
  let receiver: Server;

  beforeAll(async () => {
    // The banks' webhooks answer on this machine; the worker delivers as in production.
    receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(200).end('{}')));
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    await h.t.dataSource.query('update bank_webhook set url = $1', [`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`]);
    const module = await Test.createTestingModule({ imports: [WorkerModule.forRoot(h.t.config)] }).compile();
    worker = module.createNestApplication({ logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await new Promise((r) => receiver?.close(r));
  });

  it('defines rules, screens, removes a firm with a reason, publishes, pushes to one bank to 100% and sees its answer', async () => {
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
    await h.shot(page, 'office-screening');

    await page.getByTestId('run-screening').click();
    await page.waitForURL(/\/office\/batches\/[0-9a-f-]{36}$/);
    const batchId = page.url().split('/').pop()!;
    await page.getByTestId('batch-row').first().waitFor();

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
    await h.shot(page, 'office-batch');
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
    await h.shot(page, 'office-push-progress');
    const [{ included }] = await h.t.dataSource.query('select count(*)::int as included from whitelist_entry where batch_id = $1 and included', [batchId]);
    const deliveries = await h.t.dataSource.query(
      `select d.status, count(*)::int as n, bool_or(e.name = $2) as has_demo_firm from whitelist_delivery d join enterprise e on e.id = d.enterprise_id where d.batch_id = $1 group by d.status`,
      [batchId, DEMO_FIRM],
    );
    expect(deliveries).toEqual([{ status: 'DELIVERED', n: included, has_demo_firm: true }]);

    // The bank answers on the demo firm (its own journey); the office reads it per bank and firm.
    const [firm] = await h.t.dataSource.query('select id from enterprise where name = $1', [DEMO_FIRM]);
    const answer = await h.t.gql(
      'mutation($f: ID!) { respondToWhitelistedFirm(input: { enterpriseId: $f, status: CREDIT_LINE_OFFERED, creditLine: { amountFen: "500000000" } }) { id } }',
      { f: firm.id },
      await tokenFor(h.t, 'bank@zhirong.test'),
    );
    expect(answer.errors).toBeUndefined();
    await page.getByTestId('batch-answers').click();
    await page.waitForURL(`${h.origin}/office/batches/${batchId}/answers`);
    const row = page.getByTestId('answer-row').first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(new RegExp(`${BANK}[\\s\\S]*${DEMO_FIRM}[\\s\\S]*¥500(\\.00)?万`));
    await page.getByTestId('answers-chart').locator('canvas').waitFor();
    await h.shot(page, 'office-answers');
  });

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
