import { clock, todayInShanghai } from '@zhirong/core';
import type { Page } from 'playwright-core';
import type { WebHarness } from './harness';

/**
 * "Subsidy computed and approved", through the pages, for any journey that ends with a loan repaid
 * on time: the firm computes its interest subsidy (贴息) on the loan and applies, the Minhang office
 * approves it and records the payment. Returns the application's id and the amount the platform
 * computed. Test ids used: subsidy-loan-<loanId>, subsidy-kind-INTEREST, subsidy-preview,
 * subsidy-amount, subsidy-steps, subsidy-submit, subsidy-submitted, subsidy-row-<id>,
 * subsidy-status-<id>, subsidy-approve-<id>, subsidy-pay-<id>, subsidy-pay-reference, subsidy-pay-confirm.
 */
export async function interestSubsidyComputedAndApproved(
  h: WebHarness,
  loanId: string,
  options: { firm?: Page; firmEmail?: string; officeEmail?: string; reference?: string; shots?: string } = {},
): Promise<{ applicationId: string; amountFen: string; amountShown: string }> {
  const firm = options.firm ?? (await h.openAs(options.firmEmail ?? 'firm@zhirong.test', '/subsidies/apply'));
  if (options.firm) await firm.goto(`${h.origin}/subsidies/apply`);
  await firm.getByTestId(`subsidy-loan-${loanId}`).click();
  await firm.getByTestId('subsidy-kind-INTEREST').click();
  await firm.getByTestId('subsidy-preview').click();
  const amountShown = (await firm.getByTestId('subsidy-amount').innerText()).trim();
  await firm.getByTestId('subsidy-steps').getByText('实付利息 × 贴息比例').waitFor();
  if (options.shots) await h.shot(firm, `${options.shots}-firm-computed`);
  await firm.getByTestId('subsidy-submit').click();
  await firm.getByTestId('subsidy-submitted').waitFor();
  const [row] = (await h.t.dataSource.query(`select id, amount_fen::text amount from subsidy_application where loan_id = $1 and kind = 'INTEREST' and status = 'PENDING'`, [
    loanId,
  ])) as {
    id: string;
    amount: string;
  }[];
  await firm.getByTestId(`subsidy-status-${row.id}`).getByText('待审批').waitFor();

  const office = await h.openAs(options.officeEmail ?? 'office@zhirong.test', '/subsidies/approvals');
  await office.getByTestId(`subsidy-steps-${row.id}`).getByText('实付利息 × 贴息比例').waitFor();
  await office.getByTestId(`subsidy-approve-${row.id}`).click();
  await office.getByTestId(`subsidy-status-${row.id}`).getByText('已批准').waitFor();
  await office.getByTestId(`subsidy-pay-${row.id}`).click();
  // The browser's today is the machine's; a journey on the test clock pays on the platform's today.
  await office.getByTestId('subsidy-pay-date').fill(todayInShanghai(clock.now()));
  await office.getByTestId('subsidy-pay-reference').fill(options.reference ?? 'MH-贴息-0001');
  await office.getByTestId('subsidy-pay-confirm').click();
  await office.getByTestId(`subsidy-status-${row.id}`).getByText('已拨付').waitFor();
  if (options.shots) await h.shot(office, `${options.shots}-office-paid`);
  return { applicationId: row.id, amountFen: row.amount, amountShown };
}
