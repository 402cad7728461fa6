/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { CombinedGraphQLErrors } from '@apollo/client';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaymentForm, RejectForm } from './DecisionForms';
import { zh } from './texts';

beforeAll(() => initTestI18n({ subsidies: zh }));
jest.setTimeout(30_000);

describe('the office’s decision forms', () => {
  it('rejects only with a reason, sent trimmed', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    render(<RejectForm prefix="subsidy" onSubmit={submit} />);
    await userEvent.click(screen.getByTestId('subsidy-reject-confirm'));
    expect(await screen.findByText(zh.grants.reasonRequired)).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
    await userEvent.type(screen.getByTestId('subsidy-reject-reason'), '  材料不全，请补充还款凭证  ');
    await userEvent.click(screen.getByTestId('subsidy-reject-confirm'));
    await waitFor(() => expect(submit).toHaveBeenCalledWith('材料不全，请补充还款凭证'));
  });

  it('records a payment with today’s date by default and shows the server’s field error on the date', async () => {
    const submit = jest
      .fn()
      .mockRejectedValueOnce(
        new CombinedGraphQLErrors({ errors: [{ message: 'A payment date up to today (YYYY-MM-DD)', extensions: { code: 'BAD_USER_INPUT', field: 'input.paidOn' } }] }),
      );
    render(<PaymentForm prefix="subsidy" today="2026-12-06" onSubmit={submit} />);
    expect((screen.getByTestId('subsidy-pay-date') as HTMLInputElement).value).toBe('2026-12-06');
    await userEvent.click(screen.getByTestId('subsidy-pay-confirm'));
    expect(await screen.findByText(zh.grants.referenceRequired)).toBeTruthy();
    await userEvent.type(screen.getByTestId('subsidy-pay-reference'), ' MH-2026-0001 ');
    await userEvent.click(screen.getByTestId('subsidy-pay-confirm'));
    await waitFor(() => expect(submit).toHaveBeenCalledWith({ paidOn: '2026-12-06', reference: 'MH-2026-0001' }));
    expect(await screen.findByText('A payment date up to today (YYYY-MM-DD)')).toBeTruthy();
  });
});
