import { useWebHarness } from './harness';
import { interestSubsidyComputedAndApproved } from './subsidies.journey';

/**
 * Subsidies in a browser over the demo data: the demo firm's REPAID loan (interest only, repaid on
 * schedule) gets its interest subsidy computed with the steps shown, the Minhang office sees the
 * same steps, approves it within the year's budget and records the payment. The bank applies for
 * its reward on what it lent in Minhang and the office approves it; the office marks the demo firm
 * for subsidy fraud and sees the credit record (last: it refuses the firm's open applications).
 */
jest.setTimeout(180_000);

describe('subsidies in a real browser', () => {
  const h = useWebHarness();

  it('the firm applies for an interest subsidy on its repaid loan, the office approves it and records the payment', async () => {
    const q = <T>(sql: string, params: unknown[] = []) => h.t.dataSource.query(sql, params) as Promise<T[]>;
    const [loan] = await q<{ id: string; interest: string }>(
      `select l.id, (select sum(r.interest_fen) from repayment r where r.loan_id = l.id)::text interest from loan l join enterprise e on e.id = l.enterprise_id
        join app_user u on u.organization_id = e.organization_id where u.email = 'firm@zhirong.test' and l.status = 'REPAID' order by l.created_at limit 1`,
    );
    const [before] = await q<{ used: string }>(
      `select coalesce(sum(amount_fen), 0)::text used from subsidy_application where region_path like '%310112' and status in ('APPROVED', 'PAID', 'CLAWED_BACK')`,
    );
    const result = await interestSubsidyComputedAndApproved(h, loan.id, { shots: 'subsidies' });
    // Minhang: interest actually paid × 50%, rounded down to the fen (well under the caps).
    expect(result.amountFen).toBe(((BigInt(loan.interest) * 5000n) / 10000n).toString());
    expect(result.amountShown).toMatch(/^¥/);
    const [stored] = await q<{ status: string; paid_on: string | null; payment_reference: string }>(
      'select status, paid_on::text, payment_reference from subsidy_application where id = $1',
      [result.applicationId],
    );
    expect(stored).toMatchObject({ status: 'PAID', payment_reference: 'MH-贴息-0001' });
    const [after] = await q<{ used: string }>(
      `select coalesce(sum(amount_fen), 0)::text used from subsidy_application where region_path like '%310112' and status in ('APPROVED', 'PAID', 'CLAWED_BACK')`,
    );
    expect(BigInt(after.used) - BigInt(before.used)).toBe(BigInt(result.amountFen));
  });

  it('the bank sees its compensation on the Songjiang default computed net of passed-on shares; the Songjiang office approves and pays the claim', async () => {
    const q = <T>(sql: string, params: unknown[] = []) => h.t.dataSource.query(sql, params) as Promise<T[]>;
    const [claim] = await q<{ id: string; loan_id: string; amount_fen: string }>(
      `select c.id, c.loan_id, c.amount_fen::text from compensation_claim c where c.role = 'BANK' and c.status = 'PENDING' and c.region_path like '%310117' limit 1`,
    );
    const bank = await h.openAs('bank@zhirong.test', '/subsidies/compensation');
    await bank.getByTestId(`compensation-loan-${claim.loan_id}`).click();
    await bank.getByTestId('compensation-steps').getByText('自担比例（扣除再担保/再保险）').waitFor();
    // The seed's claim exists: a second one for the same loan and role is refused with the reason shown.
    await bank.getByTestId('compensation-submit').click();
    await bank.getByTestId('compensation-problem').getByText('one per loan and role', { exact: false }).waitFor();
    await h.shot(bank, 'compensation-bank');

    const office = await h.openAs('office.sj@zhirong.test', '/subsidies/compensation');
    await office.getByTestId(`compensation-steps-${claim.id}`).getByText('本金损失').waitFor();
    await office.getByTestId(`compensation-approve-${claim.id}`).click();
    await office.getByTestId(`compensation-status-${claim.id}`).getByText('已批准').waitFor();
    await office.getByTestId(`compensation-pay-${claim.id}`).click();
    await office.getByTestId('compensation-pay-reference').fill('SJ-补偿-0001');
    await office.getByTestId('compensation-pay-confirm').click();
    await office.getByTestId(`compensation-status-${claim.id}`).getByText('已拨付').waitFor();
    await h.shot(office, 'compensation-office');
    const [stored] = await q<{ status: string; amount_fen: string }>('select status, amount_fen::text from compensation_claim where id = $1', [claim.id]);
    expect(stored).toEqual({ status: 'PAID', amount_fen: claim.amount_fen });
  });

  it('the bank applies for its Minhang reward with the steps shown, the office approves it, then marks the firm for fraud and sees the credit record', async () => {
    const q = <T>(sql: string, params: unknown[] = []) => h.t.dataSource.query(sql, params) as Promise<T[]>;
    // The latest year the demo bank lent in Minhang, and how much.
    const [lent] = await q<{ year: number; lent: string }>(
      `select extract(year from l.disbursed_on)::int as year, sum(l.principal_fen)::text lent from loan l join app_user u on u.organization_id = l.bank_organization_id
        where u.email = 'bank@zhirong.test' and l.region_path like '%310112%' and l.disbursed_on is not null group by 1 order by 1 desc limit 1`,
    );
    const bank = await h.openAs('bank@zhirong.test', '/subsidies/rewards');
    await bank.getByTestId('reward-region').click();
    await bank.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '闵行区' }).first().click();
    await bank.getByLabel('放款年度').fill(String(lent.year));
    await bank.getByTestId('reward-preview').click();
    await bank.getByTestId('reward-steps').getByText('当年放款额').waitFor();
    const shown = await bank.getByTestId('reward-amount').innerText();
    await bank.getByTestId('reward-submit').click();
    await bank.getByTestId('reward-submitted').waitFor();
    await h.shot(bank, 'reward-bank');
    const [reward] = await q<{ id: string; amount_fen: string; lent: string }>(
      `select id, amount_fen::text, facts->>'lentFen' lent from reward_application where kind = 'BANK' and period_year = $1 order by created_at desc limit 1`,
      [lent.year],
    );
    expect(reward.lent).toBe(lent.lent);
    expect(shown).toMatch(/^¥/);

    const office = await h.openAs('office@zhirong.test', '/subsidies/approvals');
    await office.getByTestId(`reward-steps-${reward.id}`).getByText('各档合计').waitFor();
    await office.getByTestId(`reward-approve-${reward.id}`).click();
    await office.getByTestId(`reward-status-${reward.id}`).getByText('已批准').waitFor();
    expect((await q<{ status: string }>('select status from reward_application where id = $1', [reward.id]))[0].status).toBe('APPROVED');

    const [firm] = await q<{ id: string }>(`select e.id from enterprise e join app_user u on u.organization_id = e.organization_id where u.email = 'firm@zhirong.test'`);
    await office.getByTestId(`fraud-mark-${firm.id}`).click();
    await office.getByTestId(`fraud-reason-${firm.id}`).fill('伪造还款凭证');
    await office.getByTestId(`fraud-confirm-${firm.id}`).click();
    await office.getByRole('button', { name: '确认认定' }).click();
    await office.getByTestId(`credit-records-${firm.id}`).getByText('伪造还款凭证').waitFor();
    await h.shot(office, 'fraud-office');
    const [record] = await q<{ kind: string }>('select kind::text from credit_record where enterprise_id = $1', [firm.id]);
    expect(record.kind).toBe('SUBSIDY_FRAUD');
    const open = await q(`select 1 from subsidy_application where enterprise_id = $1 and status in ('PENDING', 'APPROVED')`, [firm.id]);
    expect(open).toHaveLength(0);
  });
});
