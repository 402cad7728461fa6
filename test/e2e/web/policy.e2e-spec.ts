import { useWebHarness } from './harness';

/**
 * The policy editor and the working-day calendar in a browser. The Minhang office drafts a new
 * version of its region's policy from the published one, gives a bad interest subsidy ratio
 * (150%: the server refuses it on that field), corrects it to 60%, and publishes; the version
 * it replaces ends the day before. The platform administrator opens 2026 (国庆节, and the
 * Saturday worked for it) and loads 2027 — first with a holiday on a Saturday (refused), then
 * a valid arrangement.
 */
jest.setTimeout(180_000);

/**
 * A 2027 arrangement for the test. The State Council publishes the official one in late 2026;
 * these dates are a plausible stand-in (the fixed-date holidays on their weekdays, one swapped
 * working Saturday), not the official notice.
 */
const ARRANGEMENT_2027 = {
  year: 2027,
  note: '测试用安排（非官方通知）',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-05-03', name: '劳动节' },
    { date: '2027-05-04', name: '劳动节' },
    { date: '2027-05-05', name: '劳动节' },
    { date: '2027-10-01', name: '国庆节' },
    { date: '2027-10-04', name: '国庆节' },
    { date: '2027-10-05', name: '国庆节' },
    { date: '2027-10-06', name: '国庆节' },
    { date: '2027-10-07', name: '国庆节' },
  ],
  workingWeekendDays: ['2027-10-09'],
};

describe('the policy editor and the calendar in a real browser', () => {
  const h = useWebHarness();

  it('lets the office draft a version with a corrected interest subsidy ratio and publish it', async () => {
    const q = <T>(sql: string, params: unknown[] = []) => h.t.dataSource.query(sql, params) as Promise<T[]>;
    const [minhang] = await q<{ id: string }>(
      `select r.id from region r join organization o on o.region_id = r.id join app_user u on u.organization_id = o.id where u.email = 'office@zhirong.test'`,
    );
    const before = await q<{ id: string; version: number }>(`select id, version from regional_policy where region_id = $1 and status = 'PUBLISHED' order by version desc`, [
      minhang.id,
    ]);
    expect(before.length).toBeGreaterThan(0);

    const page = await h.openAs('office@zhirong.test', '/policies');
    const row = page.locator(`[data-testid="policy-version-row"][data-status="PUBLISHED"]`).first();
    await row.waitFor();
    await h.shot(page, 'policy-list');
    await row.getByTestId('policy-new-version').click();

    const ratio = page.getByTestId('policy-field-interestSubsidy-ratioPct');
    await ratio.waitFor();
    await ratio.fill('150');
    await page.getByTestId('policy-field-note').fill('贴息比例调整为 60%');
    await page.getByTestId('policy-save').click();
    // 150% is 15000 bp: the server's rules (at most 10000 bp) refuse it on that field.
    const ratioItem = page.locator('.ant-form-item').filter({ has: ratio });
    await ratioItem.locator('.ant-form-item-explain-error').getByText('比例须在 0% 至 100% 之间', { exact: false }).waitFor();
    await h.shot(page, 'policy-form-error');
    expect(await q(`select 1 from regional_policy where region_id = $1 and status = 'DRAFT'`, [minhang.id])).toHaveLength(0);

    await ratio.fill('60');
    await page.getByTestId('policy-save').click();
    await page.getByTestId('policy-status').getByText('草稿').waitFor();
    await page.getByTestId('policy-rule-interestSubsidy').getByText('60.00%', { exact: false }).waitFor();
    await page.getByTestId('policy-citation').first().waitFor();
    const [draft] = await q<{ id: string; version: number; valid_from: string; ratio: number }>(
      `select id, version, valid_from::text, (rules -> 'interestSubsidy' ->> 'ratioBp')::int as ratio from regional_policy where region_id = $1 and status = 'DRAFT'`,
      [minhang.id],
    );
    expect(draft).toMatchObject({ version: before[0].version + 1, ratio: 6000 });
    await h.shot(page, 'policy-draft');

    await page.getByTestId('policy-publish').click();
    await page.getByTestId('policy-publish-confirm').click();
    await page.getByTestId('policy-status').getByText('已发布').waitFor();
    const after = await q<{ id: string; status: string; valid_to: string | null }>(`select id, status, valid_to::text from regional_policy where id = any($1::uuid[])`, [
      [draft.id, before[0].id],
    ]);
    const previousDay = new Date(Date.parse(`${draft.valid_from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(after.find((p) => p.id === draft.id)).toMatchObject({ status: 'PUBLISHED', valid_to: null });
    expect(after.find((p) => p.id === before[0].id)).toMatchObject({ status: 'PUBLISHED', valid_to: previousDay });
    await h.shot(page, 'policy-published');
  });

  it('shows the administrator 2026 with 国庆节 and its swapped Saturday, and loads 2027', async () => {
    const [saturday] = (await h.t.dataSource.query(
      `select date::text from calendar_day where year = 2026 and kind = 'WORKDAY' and extract(isodow from date) = 6 and name = '国庆节' order by date limit 1`,
    )) as { date: string }[];
    expect(saturday).toBeDefined();

    const page = await h.openAs('admin@zhirong.test', '/calendar?year=2026');
    await page.getByTestId('calendar-loaded').waitFor();
    await page.locator('[data-testid="calendar-day"][data-date="2026-10-01"][data-kind="HOLIDAY"]').getByText('国庆节').waitFor();
    await page.locator(`[data-testid="calendar-day"][data-date="${saturday.date}"][data-kind="WORKDAY"]`).getByText('班').waitFor();
    await h.shot(page, 'calendar-2026');

    // 2 January 2027 is a Saturday: not a weekday off, the server says so.
    await page.getByTestId('calendar-load-text').fill(JSON.stringify({ ...ARRANGEMENT_2027, holidays: [...ARRANGEMENT_2027.holidays, { date: '2027-01-02', name: '元旦' }] }));
    await page.getByTestId('calendar-load-submit').click();
    await page.getByTestId('calendar-load-confirm').click();
    await page.getByTestId('calendar-load-problem').first().waitFor();
    await h.shot(page, 'calendar-load-error');
    expect(await h.t.dataSource.query('select 1 from calendar_year where year = 2027')).toHaveLength(0);

    await page.getByTestId('calendar-load-text').fill(JSON.stringify(ARRANGEMENT_2027, null, 2));
    await page.getByTestId('calendar-load-submit').click();
    await page.getByTestId('calendar-load-confirm').click();
    await page.waitForURL(/year=2027/);
    await page.locator('[data-testid="calendar-day"][data-date="2027-10-01"][data-kind="HOLIDAY"]').getByText('国庆节').waitFor();
    await page.locator('[data-testid="calendar-day"][data-date="2027-10-09"][data-kind="WORKDAY"]').waitFor();
    await h.shot(page, 'calendar-2027');
    const [year] = (await h.t.dataSource.query(`select source::text, note from calendar_year where year = 2027`)) as { source: string; note: string }[];
    expect(year).toEqual({ source: 'ADMIN', note: ARRANGEMENT_2027.note });
  });
});
