import { readFileSync } from 'node:fs';
import { refreshStatistics } from '@zhirong/stats';
import { useWebHarness } from './harness';

/**
 * The financing statistics dashboard (融资统计) in a browser: two loans of the demo bank to
 * the demo Minhang firm in March 2024 (a month no other demo data uses), then the Minhang
 * office reads the totals, the charts and the by-bank table from a URL, narrows to the bank
 * with a click, and downloads the CSV.
 */
jest.setTimeout(180_000);

describe('the statistics dashboard in a real browser', () => {
  const h = useWebHarness();

  it('shows the office the figures of its subtree from the URL, narrows to a bank and downloads the CSV', async () => {
    const q = (sql: string, params: unknown[] = []) => h.t.dataSource.query(sql, params) as Promise<{ id: string; name?: string }[]>;
    const [firm] = await q(`select e.id from enterprise e join app_user u on u.organization_id = e.organization_id where u.email = 'firm@zhirong.test' limit 1`);
    const [bank] = await q(`select o.id, o.name from organization o join app_user u on u.organization_id = o.id where u.email = 'bank@zhirong.test'`);
    const [product] = await q(`select id from loan_product where bank_organization_id = $1 order by name limit 1`, [bank.id]);
    // ¥1,000,000 and ¥3,000,000; ¥500,000 of the first repaid in March; pledge rates 5000 and 3000 bp → (5000 + 9000) / 4 = 3500 bp.
    for (const [principal, pledge, disbursed] of [
      ['100000000', 5000, '2024-03-05'],
      ['300000000', 3000, '2024-03-20'],
    ] as const) {
      const [app] = await q(
        `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status)
         values ($1, $2, $3, $4, 12, 'EQUAL_PRINCIPAL', 'APPROVED') returning id`,
        [firm.id, bank.id, product.id, principal],
      );
      const [loan] = await q(
        `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, park_id, principal_fen, annual_rate_bp, term_months, repayment_method,
                           appraised_value_fen, pledge_rate_bp, status, contracted_at, disbursed_on, maturity_date, outstanding_principal_fen)
         select $1, e.id, $2, $3, e.region_id, e.region_path, e.park_id, $4, 450, 12, 'EQUAL_PRINCIPAL', $4::bigint * 10000 / $5, $5, 'ACTIVE', $6::date, $6::date, $6::date + 365, $4
           from enterprise e where e.id = $7 returning id`,
        [app.id, bank.id, product.id, principal, pledge, disbursed, firm.id],
      );
      if (principal === '100000000') await q(`insert into repayment (loan_id, paid_on, principal_fen, interest_fen) values ($1, '2024-03-25', 50000000, 375000)`, [loan.id]);
    }

    // The loans were written with SQL, past the services that ask for a refresh of the statistics view.
    await refreshStatistics(h.t.dataSource);

    const office = await h.openAs('office@zhirong.test', '/statistics?from=2024-03&to=2024-03&groupBy=BANK');
    await office.getByTestId('stats-newLoanCount').getByText('2').waitFor();
    // ¥4,000,000 lent; balance 4,000,000 − 500,000 = ¥350万.
    await office.getByTestId('stats-newLoanAmount').getByText('¥400万').waitFor();
    await office.getByTestId('stats-balance').getByText('¥350万').waitFor();
    await office.getByTestId('stats-averagePledgeRate').getByText('35.00%').waitFor();
    await office.getByTestId('stats-trend-chart').locator('canvas').waitFor();
    await office.getByTestId('stats-bank-chart').locator('canvas').waitFor();
    await office.getByTestId('stats-npl-chart').locator('canvas').waitFor();
    const row = office.getByTestId('stats-group-row').filter({ hasText: bank.name! });
    await row.waitFor();
    await h.shot(office, 'stats-office-dashboard');

    const download = office.waitForEvent('download');
    await office.getByTestId('stats-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('financing-statistics-2024-03-2024-03.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`*,合计 Total,2,4000000.00,1,3500000.00,0.00,0.00,35.00`);
    expect(csv).toContain(bank.name!);

    // A click on the bank's row narrows to it and breaks it down by month, in the URL.
    await row.click();
    await office.waitForURL((url) => url.searchParams.get('bankId') === bank.id && url.searchParams.get('groupBy') === 'MONTH');
    await office.getByTestId('stats-group-row').filter({ hasText: '2024-03' }).waitFor();
  });
});
