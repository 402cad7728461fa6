import { clock } from '@zhirong/core';
import type { Page } from 'playwright-core';
import { tokenFor } from '../../support/api';
import { useWebHarness } from './harness';

/**
 * The matchmaking event (银企对接会) of issue 13 through the UI: the office plans and publishes
 * an event, the firm and two banks register, the office closes registration, schedules and
 * publishes; the firm sees its meetings and, once the platform's clock passes the 24 h mark,
 * its reminder; after the meetings a bank records a credit line and the report shows it.
 */
jest.setTimeout(300_000);

const TITLE = '闵行区知识产权质押融资专场（浏览器测试）';
const HOUR = 3600_000;

/** `YYYY-MM-DD HH:mm` in Shanghai, as the date pickers take it; `days` ahead of the Shanghai date of now at `hhmm`. */
function shanghaiAt(days: number, hhmm: string): { text: string; date: Date } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const date = new Date(`${today}T${hhmm}:00+08:00`);
  date.setUTCDate(date.getUTCDate() + days);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
  return { text: `${day} ${hhmm}`, date };
}

async function pick(page: Page, testId: string, text: string) {
  const input = page.getByTestId(testId);
  // The last field's panel may still be fading out; its OK must not be the one clicked below.
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
  await input.click();
  await input.fill(text);
  // Confirmed with the panel's OK: Enter in a field submits the form.
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
  expect(await input.inputValue()).toBe(text);
}

describe('a matchmaking event in a real browser', () => {
  const h = useWebHarness({ worker: true });
  afterAll(() => clock.reset());

  it('the office plans, publishes, schedules and reports an event; the firm and two banks take part; the reminder reaches the firm', async () => {
    // The scheduler meets eligible matches only: the firm brings its need that a demo bank's product matches best.
    const matches = (await h.t.dataSource.query(
      `select n.id as need, n.purpose, p.name as product, u.email, m.score
         from financing_need n
         join app_user fu on fu.email = 'firm@zhirong.test' join enterprise e on e.id = n.enterprise_id and e.organization_id = fu.organization_id
         join match m on m.need_id = n.id and m.eligible
         join loan_product p on p.id = m.product_id and p.status = 'ACTIVE'
         join app_user u on u.organization_id = p.bank_organization_id and u.email in ('bank@zhirong.test', 'bank2@zhirong.test')
        where n.status = 'OPEN' order by m.score desc`,
    )) as { need: string; purpose: string; product: string; email: string }[];
    const need = matches.find((m) => matches.some((o) => o.need === m.need && o.email !== m.email)) ?? matches[0];
    if (!need) throw new Error('no open need of the demo firm matches a product of a demo bank');
    const productOf = (email: string) => matches.find((m) => m.need === need.need && m.email === email)?.product;
    const meetingsExpected = new Set(matches.filter((m) => m.need === need.need).map((m) => m.email)).size;
    const lender = need.email;
    // Starts the day after tomorrow (Shanghai) at 09:00; registration closes tomorrow at 09:00.
    const starts = shanghaiAt(2, '09:00');

    // 1. The office plans the event: three 20-minute slots from a window, one removed and added back by the generator.
    const office = await h.openAs('office@zhirong.test', '/events');
    await office.getByTestId('event-create').click();
    await office.getByTestId('event-form').waitFor();
    await office.getByTestId('event-title').fill(TITLE);
    await pick(office, 'event-starts-at', starts.text);
    await pick(office, 'event-ends-at', shanghaiAt(2, '12:00').text);
    await pick(office, 'event-deadline', shanghaiAt(1, '09:00').text);
    await office.getByTestId('event-venue').fill('闵行区莘庄工业区科创中心');
    await office.getByTestId('event-tableCount').fill('2');
    await pick(office, 'window-start', starts.text);
    await pick(office, 'window-end', shanghaiAt(2, '10:00').text);
    await office.getByTestId('window-slot-minutes').fill('20');
    await office.getByTestId('window-break-minutes').fill('0');
    await office.getByTestId('generate-slots').click();
    await office.getByTestId('slot-row').nth(2).waitFor();
    expect(await office.getByTestId('slot-row').count()).toBe(3);
    await h.shot(office, 'events-office-form');
    await office.getByTestId('event-save').click();
    await office.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    const eventId = office.url().split('/').pop()!;
    await office.locator('[data-testid="event-status"][data-status="DRAFT"]').waitFor();
    const slots = await h.t.dataSource.query('select index, starts_at from event_slot where event_id = $1 order by index', [eventId]);
    expect(slots.map((s: { starts_at: Date }) => s.starts_at.toISOString())).toEqual([0, 20, 40].map((m) => new Date(starts.date.getTime() + m * 60_000).toISOString()));

    await office.getByTestId('event-publish').click();
    await office.getByTestId('event-publish-confirm').click();
    await office.locator('[data-testid="event-status"][data-status="PUBLISHED"]').waitFor();
    await h.shot(office, 'events-office-published');

    // 2. The firm registers with its open need.
    const firm = await h.openAs('firm@zhirong.test', '/events');
    await firm.locator(`[data-testid="event-row"][data-title="${TITLE}"]`).getByRole('link', { name: TITLE }).click();
    await firm.getByTestId('register-need').click();
    await firm.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: need.purpose }).first().click();
    await firm.getByTestId('register-submit').click();
    await firm.locator('[data-testid="my-registration-status"][data-status="REGISTERED"]').waitFor();
    await h.shot(firm, 'events-firm-registered');

    // 3. Both banks register with a product each.
    for (const email of ['bank@zhirong.test', 'bank2@zhirong.test']) {
      const page = await h.openAs(email, `/events/${eventId}`);
      await page.getByTestId('register-products').click();
      const product = productOf(email);
      const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
      await (product ? options.filter({ hasText: product }) : options).first().click();
      await page.keyboard.press('Escape');
      await page.getByTestId('register-submit').click();
      await page.locator('[data-testid="my-registration-status"][data-status="REGISTERED"]').waitFor();
      if (email === 'bank2@zhirong.test') await h.shot(page, 'events-bank2-registered');
      await page.context().close();
    }

    // 4. The office closes registration, schedules (progress to the end, quality shown), moves a meeting and publishes.
    await office.reload();
    await office.getByTestId('event-bank-places').getByText('2/10').waitFor();
    await office.getByTestId('event-close').click();
    await office.getByTestId('event-close-confirm').click();
    await office.locator('[data-testid="event-status"][data-status="REGISTRATION_CLOSED"]').waitFor();
    await office.getByTestId('event-schedule-link').click();
    await office.getByTestId('board').waitFor();
    await office.getByTestId('board-run').click();
    await office.locator('[data-testid="board-quality"][data-status="DONE"]').waitFor({ timeout: 60_000 });
    await office.getByTestId('board-firms-met').getByText('1/1').waitFor();
    await office
      .getByTestId('board-card')
      .nth(meetingsExpected - 1)
      .waitFor();
    expect(await office.getByTestId('board-card').count()).toBe(meetingsExpected);
    await h.shot(office, 'events-office-board');

    // Drag a meeting to a slot the firm has free: it is pinned there.
    const cards = await office
      .getByTestId('board-card')
      .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-meeting')!, cell: e.closest('td')!.getAttribute('data-testid')! })));
    const busySlots = cards.map((c) => Number(c.cell.split('-')[2]));
    const freeSlot = [0, 1, 2].find((s) => !busySlots.includes(s))!;
    await office.locator(`[data-meeting="${cards[0].id}"]`).dragTo(office.getByTestId(`board-cell-${freeSlot}-1`));
    await office.getByTestId(`board-cell-${freeSlot}-1`).locator(`[data-meeting="${cards[0].id}"][data-pinned="true"]`).waitFor();
    await h.shot(office, 'events-office-board-pinned');

    await office.getByTestId('board-publish').click();
    await office.getByTestId('board-publish-confirm').click();
    await office.getByText('排期已发布').first().waitFor();

    // 5. The firm sees its meetings and accepts the first.
    await firm.goto(`${h.origin}/meetings`);
    const firmRows = firm.locator(`[data-testid="meeting-row"][data-event="${eventId}"]`);
    await firmRows.nth(meetingsExpected - 1).waitFor();
    expect(await firmRows.count()).toBe(meetingsExpected);
    await firmRows.first().getByTestId('meeting-accept').click();
    await firmRows.first().getByTestId('meeting-accept').waitFor({ state: 'detached' });
    await h.shot(firm, 'events-firm-meetings');

    // 6. The platform's clock passes 24 h before the firm's first meeting: the reminder reaches the firm.
    const [{ first }] = await h.t.dataSource.query(`select min(starts_at) as first from meeting where event_id = $1 and status not in ('CANCELLED', 'DECLINED')`, [eventId]);
    clock.advance((first as Date).getTime() - 24 * HOUR + 60_000 - clock.now().getTime());
    const firmToken = await tokenFor(h.t, 'firm@zhirong.test');
    let reminders: { title: { zh: string }; link: string | null }[] = [];
    for (let i = 0; i < 60 && !reminders.length; i++) {
      const res = await h.t.gql<{ notifications: { edges: { node: { kind: string; title: { zh: string }; link: string | null; subjectId: string | null } }[] } }>(
        '{ notifications(first: 50) { edges { node { kind subjectId link title { zh } } } } }',
        {},
        firmToken,
      );
      reminders = (res.data?.notifications.edges ?? [])
        .map((e) => e.node)
        .filter((n) => n.kind === 'MEETING_REMINDER' && n.link === `/events/${eventId}/meetings` && n.title.zh.includes('明天'));
      if (!reminders.length) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    expect(reminders[0].title.zh).toMatch(/^洽谈提醒（明天）：/);
    // The reminder's link opens the event's meetings for the firm.
    await firm.goto(`${h.origin}${reminders[0].link}`);
    await firm.locator(`[data-testid="meeting-row"][data-event="${eventId}"]`).first().waitFor();
    await h.shot(firm, 'events-firm-reminder-link');

    // 7. Past the meetings, the office marks the event held; the bank records a credit line of ¥5,000,000.
    const [{ last }] = await h.t.dataSource.query(`select max(starts_at) as last from meeting where event_id = $1`, [eventId]);
    clock.advance((last as Date).getTime() + 5 * 60_000 - clock.now().getTime());
    await office.goto(`${h.origin}/events/${eventId}`);
    await office.getByTestId('event-mark-held').click();
    await office.getByTestId('event-mark-held-confirm').click();
    await office.locator('[data-testid="event-status"][data-status="HELD"]').waitFor();

    const bankPage = await h.openAs(lender, '/meetings');
    const bankRow = bankPage.locator(`[data-testid="meeting-row"][data-event="${eventId}"]`);
    await bankRow.getByTestId('meeting-outcome').click();
    await bankPage.getByTestId('outcome-intent').click();
    await bankPage.getByTitle('给予授信').click();
    await bankPage.getByTestId('outcome-amount').fill('5000000');
    await bankPage.getByTestId('outcome-submit').click();
    await bankRow.locator('[data-testid="meeting-offered"]').getByText('¥500万').waitFor();
    await h.shot(bankPage, 'events-bank-outcome');

    // The firm rates the event; its saved answer shows.
    await firm.goto(`${h.origin}/events/${eventId}/survey`);
    await firm.locator('.ant-rate-star').nth(3).click();
    await firm.getByTestId('survey-comment').fill('对接高效，银行准备充分');
    await firm.getByTestId('survey-submit').click();
    await firm.getByTestId('survey-saved').waitFor();
    await h.shot(firm, 'events-firm-survey');

    // 8. The report shows the credit line, by bank too, and the rating.
    await office.getByTestId('event-report-link').click();
    await office.getByTestId('report-creditOffered').getByText('¥500万').waitFor();
    const [{ bank }] = await h.t.dataSource.query('select o.name as bank from organization o join app_user u on u.organization_id = o.id where u.email = $1', [lender]);
    await office.locator(`[data-testid="report-bank-row"][data-bank="${bank}"]`).getByText('¥500万').waitFor();
    await office.getByTestId('report-averageRating').getByText('4.0').waitFor();
    await office.getByTestId('report-byBank-chart').locator('canvas').waitFor();
    await h.shot(office, 'events-office-report');
    const download = office.waitForEvent('download');
    await office.getByTestId('report-download').click();
    expect((await download).suggestedFilename()).toBe(`${TITLE}.csv`);
  });
});
