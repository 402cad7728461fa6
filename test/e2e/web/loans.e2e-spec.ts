import { createHash } from 'node:crypto';
import { clock } from '@zhirong/core';
import type { Page } from 'playwright-core';
import { tokenFor } from '../../support/api';
import { useWebHarness } from './harness';
import { interestSubsidyComputedAndApproved } from './subsidies.journey';

/**
 * Issue 14's loan journey through the UI only: the firm applies from its match with a pledge
 * bundle, the bank approves in the decision form, files the pledge registration and sees its
 * due time on the working-day calendar, the registry (the platform administrator) accepts and
 * registers it, the bank disburses and records the first instalment on its due date, and the
 * firm sees that instalment paid in its schedule; then the firm's interest subsidy is computed
 * and the office approves and pays it. One test in sections, each continuing from the last.
 */
jest.setTimeout(300_000);

const DAY = 86_400_000;
const shanghai = (at: Date) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(at);

/**
 * The 2027 arrangement, so a due time filed from late December (the calendar holds 2004–2026)
 * still has data. The State Council's 2027 notice is not in this repository; these are the
 * statutory festivals on their 2027 dates (春节 6 Feb, 清明 5 Apr, 端午 9 Jun, 中秋 15 Sep) with
 * the usual bridges and swapped working weekends — plausible data, to be replaced by the notice.
 */
const CALENDAR_2027 = {
  year: 2027,
  note: '浏览器测试：2027 年节假日（按法定节日推定，待国务院办公厅通知替换）',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    ...['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map((date) => ({ date, name: '春节' })),
    { date: '2027-04-05', name: '清明节' },
    ...['2027-05-03', '2027-05-04', '2027-05-05'].map((date) => ({ date, name: '劳动节' })),
    { date: '2027-06-09', name: '端午节' },
    { date: '2027-09-15', name: '中秋节' },
    ...['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'].map((date) => ({ date, name: '国庆节' })),
  ],
  workingWeekendDays: ['2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'],
};

/** Picks the option of an antd select by its text. */
async function choose(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

describe('a loan from application to repayment in a real browser', () => {
  const h = useWebHarness();
  afterAll(() => clock.reset());

  beforeAll(async () => {
    const loaded = await h.t.gql<{ loadWorkingDayCalendar: { loaded: boolean } }>(
      'mutation($input: LoadWorkingDayCalendarInput!) { loadWorkingDayCalendar(input: $input) { loaded } }',
      { input: CALENDAR_2027 },
      await tokenFor(h.t, 'admin@zhirong.test'),
    );
    expect(loaded.errors).toBeUndefined();
  });

  it('the firm applies from its match, the bank approves, registers the pledge, disburses and is repaid on time', async () => {
    const q = <T>(sql: string, params: unknown[] = []) => h.t.dataSource.query(sql, params) as Promise<T[]>;
    // The demo firm's open need with a pledge bundle that a product of a demo bank matches (eligible): that bank lends.
    const [match] = await q<{
      need: string;
      product: string;
      lender: string;
      bundle: string;
      min_fen: string;
      max_fen: string;
      min_term: number;
      max_term: number;
      ceiling: string;
    }>(
      `select n.id as need, p.id as product, bu.email as lender, b.name as bundle, p.min_amount_fen::text as min_fen, p.max_amount_fen::text as max_fen, p.min_term_months as min_term, p.max_term_months as max_term,
              (select coalesce(sum(floor(lv.value_fen * coalesce((p.pledge_rates->>a.type::text)::int, 0) / 10000)), 0)::text
                 from pledge_bundle_asset ba join ip_asset a on a.id = ba.ip_asset_id
                 join lateral (select v.value_fen from valuation v where v.ip_asset_id = a.id and v.valued_on <= current_date and v.valid_until >= current_date order by v.valued_on desc, v.created_at desc limit 1) lv on true
                where ba.bundle_id = b.id) as ceiling
         from financing_need n
         join enterprise e on e.id = n.enterprise_id join app_user fu on fu.organization_id = e.organization_id and fu.email = 'firm@zhirong.test'
         join pledge_bundle b on b.id = n.bundle_id
         join match m on m.need_id = n.id and m.eligible
         join loan_product p on p.id = m.product_id and p.status = 'ACTIVE'
         join app_user bu on bu.organization_id = p.bank_organization_id and bu.email in ('bank@zhirong.test', 'bank2@zhirong.test')
        where n.status = 'OPEN' order by m.score desc limit 1`,
    );
    if (!match) throw new Error('no open need of the demo firm with a bundle matches a product of a demo bank');
    const lender = match.lender;
    // ¥100,000 (or the product's minimum), within the product's range and the bundle's pledge ceiling.
    const amountFen = [BigInt(match.min_fen), 10_000_000n].reduce((a, b) => (a > b ? a : b));
    expect(amountFen <= BigInt(match.max_fen) && amountFen <= BigInt(match.ceiling)).toBe(true);
    const term = Math.min(Math.max(12, match.min_term), match.max_term);

    // 1. The firm applies from the match: product and need carried over, its bundle pledged.
    const firm = await h.openAs('firm@zhirong.test', `/firm/needs/${match.need}/matches`);
    await firm.locator(`[data-testid="match-row"][data-product-id="${match.product}"]`).getByTestId('match-apply').click();
    await firm.getByTestId('apply-form').waitFor();
    await firm.getByTestId('apply-product-terms').waitFor();
    await choose(firm, 'apply-bundle', match.bundle);
    await firm.getByTestId('apply-amount').fill((amountFen / 100n).toString());
    await firm.getByTestId('apply-term').fill(String(term));
    await firm.getByTestId('apply-purpose').fill('研发投入与流动资金（浏览器测试）');
    await h.shot(firm, 'loans-1-firm-apply');
    await firm.getByTestId('apply-submit').click();
    await firm.waitForURL(/\/loans\/applications\/[0-9a-f-]{36}$/);
    const applicationId = firm.url().split('/').pop()!;
    await firm.locator('[data-testid="application-status"][data-status="SUBMITTED"]').waitFor();
    const [applied] = await q<{ need_id: string; product_id: string; pledge_bundle_id: string | null; requested_amount_fen: string }>(
      'select need_id, product_id, pledge_bundle_id, requested_amount_fen::text from loan_application where id = $1',
      [applicationId],
    );
    expect(applied).toMatchObject({ need_id: match.need, product_id: match.product, requested_amount_fen: amountFen.toString() });
    expect(applied.pledge_bundle_id).not.toBeNull();
    await h.shot(firm, 'loans-1-firm-applied');

    // 2. The lending bank finds it in its queue (filter in the URL) and approves at 4.35% with a guarantee required.
    const bank = await h.openAs(lender, '/loans/applications?status=SUBMITTED');
    await bank.locator(`[data-testid="application-row"][data-id="${applicationId}"]`).getByTestId('application-open').click();
    await bank.getByTestId('decision-form').waitFor();
    expect(await bank.getByTestId('decision-amount').inputValue()).toBe((amountFen / 100n).toString());
    const [product] = await q<{ min_rate_bp: number; max_rate_bp: number }>('select min_rate_bp, max_rate_bp from loan_product where id = $1', [match.product]);
    const rateBp = Math.min(Math.max(435, product.min_rate_bp), product.max_rate_bp);
    await bank.getByTestId('decision-rate').fill((rateBp / 100).toFixed(2));
    await bank.getByTestId('decision-guarantee').check();
    await choose(bank, 'decision-guarantor', '沪科融资担保有限公司');
    await bank.getByTestId('decision-note').fill('法定代表人提供连带责任保证');
    await h.shot(bank, 'loans-2-bank-decision');
    await bank.getByTestId('decision-submit').click();
    await bank.locator('[data-testid="application-status"][data-status="APPROVED"]').waitFor();
    await h.shot(bank, 'loans-2-bank-approved');
    const [{ loan_id: loanId }] = await q<{ loan_id: string }>('select l.id as loan_id from loan l where l.application_id = $1', [applicationId]);
    const [contracted] = await q<{ principal_fen: string; annual_rate_bp: number; status: string; guarantor: string }>(
      `select l.principal_fen::text, l.annual_rate_bp, l.status, o.name as guarantor from loan l join loan_application a on a.id = l.application_id
         join organization o on o.id = a.guarantor_organization_id where l.id = $1`,
      [loanId],
    );
    expect(contracted).toEqual({ principal_fen: amountFen.toString(), annual_rate_bp: rateBp, status: 'CONTRACTED', guarantor: '沪科融资担保有限公司' });

    // 3. On the loan, disbursement waits for the pledge; the bank files the registration online and sees its due time.
    await bank.getByTestId('application-loan-link').click();
    await bank.locator('[data-testid="loan-status"][data-status="CONTRACTED"]').waitFor();
    await bank.getByTestId('registration-none').waitFor();
    await bank.getByTestId('disburse-blocked').waitFor();
    expect(await bank.getByTestId('disburse-submit').isDisabled()).toBe(true);
    await bank.getByTestId('registration-submit').click();
    await bank.locator('[data-testid="registration-status"][data-status="SUBMITTED"]').waitFor();
    const [filed] = await q<{ id: string; due_at: Date; sla_working_days: number }>('select id, due_at, sla_working_days from pledge_registration where loan_id = $1', [loanId]);
    const due = bank.locator('[data-testid="pledge-panel"] [data-testid="registration-due-at"]');
    await due.getByText(shanghai(filed.due_at)).waitFor();
    expect(await due.getAttribute('data-due-at')).toBe(filed.due_at.toISOString());
    // The end of a working day in Shanghai, at least the policy's working days ahead.
    expect(filed.due_at.toISOString().endsWith('T15:59:59.999Z')).toBe(true);
    expect(filed.due_at.getTime() - Date.now()).toBeGreaterThan((filed.sla_working_days - 1) * DAY);
    expect(await bank.getByTestId('disburse-submit').isDisabled()).toBe(true);
    await h.shot(bank, 'loans-3-bank-registration-due');
    const list = await h.openAs(lender, '/pledges?status=SUBMITTED');
    await list.locator(`[data-testid="registration-row"][data-loan-id="${loanId}"] [data-testid="registration-due-at"]`).getByText(shanghai(filed.due_at)).waitFor();
    await h.shot(list, 'loans-3-bank-registrations');
    await list.context().close();

    // 4. The registry accepts and registers it; the pledged assets become PLEDGED.
    const registry = await h.openAs('admin@zhirong.test', '/pledges?status=SUBMITTED&status=ACCEPTED');
    const row = registry.locator(`[data-testid="registration-row"][data-loan-id="${loanId}"]`);
    await row.getByTestId('registry-accept').click();
    await registry.locator(`[data-testid="registration-row"][data-loan-id="${loanId}"][data-status="ACCEPTED"]`).waitFor();
    await row.getByTestId('registry-register').click();
    await registry.getByTestId('registry-text').fill('Y2026310099001');
    await h.shot(registry, 'loans-4-registry-register');
    await registry.getByTestId('registry-confirm').click();
    await registry.locator(`[data-testid="registration-row"][data-loan-id="${loanId}"]`).waitFor({ state: 'detached' });
    const statuses = await q<{ pledge_status: string }>('select a.pledge_status from loan_pledged_asset p join ip_asset a on a.id = p.ip_asset_id where p.loan_id = $1', [loanId]);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s.pledge_status === 'PLEDGED')).toBe(true);
    await registry.goto(`${h.origin}/pledges?status=REGISTERED`);
    await registry.locator(`[data-testid="registration-row"][data-loan-id="${loanId}"]`).getByText('Y2026310099001').waitFor();
    await h.shot(registry, 'loans-4-registry-registered');

    // 5. The bank disburses today; the schedule is written.
    await bank.reload();
    await bank.locator('[data-testid="registration-status"][data-status="REGISTERED"]').waitFor();
    await bank.getByTestId('disburse-submit').click();
    await bank.locator('[data-testid="loan-status"][data-status="ACTIVE"]').waitFor();
    await bank
      .getByTestId('instalment-row')
      .nth(term - 1)
      .waitFor();
    expect(await bank.getByTestId('instalment-row').count()).toBe(term);
    await h.shot(bank, 'loans-5-bank-disbursed');

    // 6. On the first instalment's due date (the platform's clock moved there), the bank records it as due.
    const [first] = await q<{ due_date: string; principal_fen: string; interest_fen: string }>(
      `select to_char(due_date, 'YYYY-MM-DD') as due_date, principal_fen::text, interest_fen::text from loan_instalment where loan_id = $1 and seq = 1`,
      [loanId],
    );
    clock.advance(Date.parse(`${first.due_date}T10:00:00+08:00`) - clock.now().getTime());
    const teller = await h.openAs(lender, `/loans/${loanId}`);
    await teller.getByTestId('repay-next').getByText(first.due_date, { exact: false }).waitFor();
    expect(await teller.getByTestId('repay-date').inputValue()).toBe(first.due_date);
    await h.shot(teller, 'loans-6-bank-repayment');
    await teller.getByTestId('repay-submit').click();
    await teller.locator('[data-testid="instalment-row"][data-seq="1"][data-status="PAID"]').waitFor();
    await teller.getByTestId('repayment-row').first().waitFor();
    const [repayment] = await q<{ paid_on: string; principal_fen: string; interest_fen: string; early: boolean }>(
      `select to_char(paid_on, 'YYYY-MM-DD') as paid_on, principal_fen::text, interest_fen::text, early from repayment where loan_id = $1`,
      [loanId],
    );
    expect(repayment).toEqual({ paid_on: first.due_date, principal_fen: first.principal_fen, interest_fen: first.interest_fen, early: false });
    await h.shot(teller, 'loans-6-bank-repaid');

    // 7. The firm sees its loan's schedule with the first instalment paid.
    const owner = await h.openAs('firm@zhirong.test', '/loans');
    await owner.locator(`[data-testid="loan-row"][data-id="${loanId}"]`).getByTestId('loan-open').click();
    const paid = owner.locator('[data-testid="instalment-row"][data-seq="1"][data-status="PAID"]');
    await paid.waitFor();
    expect(await owner.locator('[data-testid="instalment-row"][data-status="PAID"]').count()).toBe(1);
    await h.shot(owner, 'loans-7-firm-schedule');

    // 8. Repaid on time, the firm's interest subsidy (贴息) is computed with its steps and the Minhang office
    // approves and pays it. Minhang subsidises 50% of the interest actually paid, rounded down to fen.
    const subsidy = await interestSubsidyComputedAndApproved(h, loanId, { firm: owner, shots: 'loans-8-subsidy' });
    expect(subsidy.amountFen).toBe(((BigInt(first.interest_fen) * 5000n) / 10000n).toString());
    const [granted] = await q<{ status: string; policy_region: string }>(
      `select s.status, r.name as policy_region from subsidy_application s join regional_policy p on p.id = s.policy_id join region r on r.id = p.region_id where s.id = $1`,
      [subsidy.applicationId],
    );
    expect(granted).toEqual({ status: 'PAID', policy_region: '闵行区' });
  });

  it('shows the demo data: the bank’s monitoring alert and breached registration, the firm’s counter-offer accepted with a document, another application withdrawn, in English too', async () => {
    clock.reset();
    // 贷中监测: the seed's lapsed patent on the demo bank's overdue loan, on the list and on the loan.
    const bank = await h.openAs('bank@zhirong.test', '/monitoring');
    const alert = bank.getByTestId('alert-row').filter({ hasText: 'LAPSED_UNPAID_FEES' });
    await alert.waitFor();
    await h.shot(bank, 'loans-8-bank-monitoring');
    await alert.getByRole('link').click();
    await bank.locator('[data-testid="loan-status"][data-status="OVERDUE"]').waitFor();
    await bank.getByTestId('loan-alert').filter({ hasText: 'LAPSED_UNPAID_FEES' }).waitFor();
    await bank.locator('[data-testid="pledge-panel"] [data-testid="registration-breached"]').waitFor();
    // The breached filter lives in the URL and keeps the one registered past its due time.
    await bank.goto(`${h.origin}/pledges?breached=true`);
    await bank.getByTestId('registration-row').first().waitFor();
    expect(await bank.getByTestId('registration-row').count()).toBe(1);
    expect(await bank.getByTestId('registrations-filter-breached').isChecked()).toBe(true);
    await h.shot(bank, 'loans-8-bank-breached');

    // The firm answers the demo counter-offer: uploads its financial statement, then accepts.
    const firm = await h.openAs('firm@zhirong.test', '/loans/applications?status=COUNTER_OFFERED');
    await firm.getByTestId('application-row').first().getByTestId('application-open').click();
    await firm.getByTestId('application-offer').waitFor();
    const applicationId = firm.url().split('/').pop()!;
    await firm.getByTestId('document-file').setInputFiles({ name: '2025年度财务报表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 demo statement') });
    await firm.getByTestId('document-row').filter({ hasText: '2025年度财务报表.pdf' }).waitFor();
    const [doc] = await h.t.dataSource.query('select sha256, size_bytes from loan_document where application_id = $1', [applicationId]);
    expect(doc).toEqual({ sha256: createHash('sha256').update('%PDF-1.4 demo statement').digest('hex'), size_bytes: 23 });
    await firm.getByTestId('counter-accept').click();
    await firm.locator('[data-testid="application-status"][data-status="APPROVED"]').waitFor();
    await firm.getByTestId('application-loan-link').waitFor();
    await h.shot(firm, 'loans-9-firm-counter-accepted');

    // It withdraws the demo application still waiting, with a reason (asked first).
    await firm.goto(`${h.origin}/loans/applications?status=SUBMITTED`);
    await firm.getByTestId('application-row').first().getByTestId('application-open').click();
    await firm.locator('[data-testid="application-status"][data-status="SUBMITTED"]').waitFor();
    const waitingId = firm.url().split('/').pop()!;
    await firm.getByPlaceholder('撤回原因（可选）').fill('已获其他银行授信');
    await firm.getByTestId('application-withdraw').click();
    await firm.getByTestId('application-withdraw-confirm').click();
    await firm.locator('[data-testid="application-status"][data-status="WITHDRAWN"]').waitFor();
    const [withdrawn] = await h.t.dataSource.query(`select note from loan_application_transition where application_id = $1 and to_status = 'WITHDRAWN'`, [waitingId]);
    expect(withdrawn.note).toContain('已获其他银行授信');

    // The English switch: the journey's texts in English.
    await firm.goto(`${h.origin}/loans/applications`);
    await firm.getByTestId('language-switch').click();
    await firm.getByText('My loan applications').first().waitFor();
    await h.shot(firm, 'loans-9-firm-applications-en');
    await firm.getByTestId('language-switch').click();
  });
});
