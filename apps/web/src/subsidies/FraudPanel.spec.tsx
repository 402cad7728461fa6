/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FirmCreditPanel } from './FraudPanel';
import { FIRM_CREDIT_RECORDS, MARK_SUBSIDY_FRAUD } from './reward-queries';
import { zh } from './texts';

beforeAll(() => initTestI18n({ subsidies: zh }));
jest.setTimeout(30_000);

/** The firm has no record until the office marks it; the mutation writes one with the reason sent. */
function fakeApi() {
  const sent: string[] = [];
  const records: { __typename: 'CreditRecord'; id: string; kind: 'SUBSIDY_FRAUD'; reason: string; clawback: { __typename: 'Money'; amountFen: string }; createdAt: string }[] = [];
  const forever = Number.POSITIVE_INFINITY;
  const mocks = [
    {
      request: { query: FIRM_CREDIT_RECORDS, variables: () => true },
      maxUsageCount: forever,
      result: () => ({ data: { enterprise: { __typename: 'Enterprise', id: 'f1', name: '上海闵芯微电子科技有限公司', creditRecords: records.map((r) => ({ ...r })) } } }),
    },
    {
      request: { query: MARK_SUBSIDY_FRAUD, variables: () => true },
      maxUsageCount: forever,
      result: (v: Record<string, unknown>) => {
        const reason = (v.input as { reason: string }).reason;
        sent.push(reason);
        records.push({
          __typename: 'CreditRecord',
          id: 'cr1',
          kind: 'SUBSIDY_FRAUD',
          reason,
          clawback: { __typename: 'Money', amountFen: '7850000' },
          createdAt: '2026-12-06T08:00:00.000Z',
        });
        return { data: { markSubsidyFraud: { __typename: 'CreditRecord', id: 'cr1', reason } } };
      },
    },
  ];
  return { mocks, sent };
}

describe('the office’s fraud action on a firm', () => {
  it('needs a reason and a confirmation, sends the reason trimmed and lists the new credit record', async () => {
    const api = fakeApi();
    const marked = jest.fn().mockResolvedValue(undefined);
    render(
      <MockedProvider mocks={api.mocks}>
        <FirmCreditPanel enterpriseId="f1" onMarked={marked} />
      </MockedProvider>,
    );
    expect(await screen.findByText(zh.fraud.noRecords)).toBeTruthy();
    await userEvent.click(screen.getByTestId('fraud-mark-f1'));
    const confirm = screen.getByTestId('fraud-confirm-f1') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await userEvent.type(screen.getByTestId('fraud-reason-f1'), '  伪造还款凭证  ');
    await waitFor(() => expect(confirm.disabled).toBe(false));
    await userEvent.click(confirm);
    // Nothing is sent before the confirmation.
    expect(api.sent).toEqual([]);
    await userEvent.click(await screen.findByRole('button', { name: zh.fraud.confirm }));
    await waitFor(() => expect(api.sent).toEqual(['伪造还款凭证']));
    expect(await screen.findByTestId('credit-record-cr1')).toBeTruthy();
    expect(screen.getByText('应追回 ¥7.85万')).toBeTruthy();
    expect(marked).toHaveBeenCalled();
  });
});
