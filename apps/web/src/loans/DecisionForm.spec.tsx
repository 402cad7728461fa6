/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { CombinedGraphQLErrors } from '@apollo/client';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DecisionForm } from './DecisionForm';
import { decisionInput, type DecisionSubject } from './decision-values';
import { percentToBp } from './loan-values';
import { zh } from './texts';

beforeAll(() => initTestI18n({ loans: zh }));
jest.setTimeout(30_000);

const app: DecisionSubject = { id: 'a1', version: 3, requestedAmount: { amountFen: '500000000' }, requestedTermMonths: 12, requestedRepaymentMethod: 'EQUAL_PRINCIPAL' };
const rateRange = { minBp: 380, maxBp: 800 };

describe('rates and the decision input', () => {
  it('reads a rate typed in percent as basis points, refusing a third decimal', () => {
    expect(percentToBp(4.35)).toBe(435);
    expect(percentToBp(3.8)).toBe(380);
    expect(percentToBp(0)).toBe(0);
    expect(percentToBp(4.355)).toBeNull();
    expect(percentToBp(-1)).toBeNull();
    expect(percentToBp(null)).toBeNull();
  });

  it('sends a decline’s reason without terms, and an approval’s terms in fen and bp on the version read', () => {
    expect(decisionInput({ decision: 'DECLINE', amount: '5000000', declineReason: ' 经营年限不足 ' }, app)).toEqual({
      applicationId: 'a1',
      expectedVersion: 3,
      decision: 'DECLINE',
      note: undefined,
      declineReason: '经营年限不足',
    });
    expect(
      decisionInput({ decision: 'COUNTER_OFFER', amount: '4,000,000.5', annualRate: 4.35, termMonths: 24, repaymentMethod: 'EQUAL_INSTALMENT', insuranceRequired: true }, app),
    ).toEqual({
      applicationId: 'a1',
      expectedVersion: 3,
      decision: 'COUNTER_OFFER',
      note: undefined,
      amount: { amountFen: '400000050' },
      annualRateBp: 435,
      termMonths: 24,
      repaymentMethod: 'EQUAL_INSTALMENT',
      guaranteeRequired: false,
      guarantorOrganizationId: undefined,
      insuranceRequired: true,
      insurerOrganizationId: undefined,
    });
  });
});

describe('the decision form', () => {
  it('starts from the request and the product’s lowest rate, and approves with conditions', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    render(<DecisionForm application={app} rateRange={rateRange} guarantors={[{ value: 'g1', label: '沪科融资担保有限公司' }]} submit={submit} />);
    expect((screen.getByTestId('decision-amount') as HTMLInputElement).value).toBe('5000000');
    expect((screen.getByTestId('decision-rate') as HTMLInputElement).value).toBe('3.80');
    expect(screen.getByText('产品利率区间 3.80%–8.00%')).toBeTruthy();
    await userEvent.clear(screen.getByTestId('decision-rate'));
    await userEvent.type(screen.getByTestId('decision-rate'), '4.35');
    await userEvent.click(screen.getByTestId('decision-guarantee'));
    await userEvent.type(screen.getByTestId('decision-note'), '法定代表人连带责任保证');
    // A guarantee condition names its guarantor before anything is sent.
    await userEvent.click(screen.getByTestId('decision-submit'));
    expect(await screen.findByText('请填写担保机构')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByLabelText('担保机构'));
    await userEvent.click(await screen.findByTitle('沪科融资担保有限公司'));
    await userEvent.click(screen.getByTestId('decision-submit'));
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(submit.mock.calls[0][0]).toEqual({
      applicationId: 'a1',
      expectedVersion: 3,
      decision: 'APPROVE',
      note: '法定代表人连带责任保证',
      amount: { amountFen: '500000000' },
      annualRateBp: 435,
      termMonths: 12,
      repaymentMethod: 'EQUAL_PRINCIPAL',
      guaranteeRequired: true,
      guarantorOrganizationId: 'g1',
      insuranceRequired: false,
      insurerOrganizationId: undefined,
    });
  });

  it('keeps the product’s insurance condition, which then needs its insurer', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    render(<DecisionForm application={{ ...app, insuranceRequired: true }} rateRange={rateRange} insurers={[{ value: 'i1', label: '中再产险' }]} submit={submit} />);
    expect((screen.getByTestId('decision-insurance') as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByTestId('decision-submit'));
    expect(await screen.findByText('请填写保险机构')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('puts the server’s errors on the rate and amount fields', async () => {
    const submit = jest.fn().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          { message: 'The rate is outside the product’s 380–800 bp', extensions: { code: 'BAD_USER_INPUT', field: 'input.annualRateBp' } },
          { message: 'Above the pledge ceiling ¥1,200,000', extensions: { code: 'BAD_USER_INPUT', field: 'input.amount.amountFen' } },
        ],
      }),
    );
    render(<DecisionForm application={app} rateRange={rateRange} submit={submit} />);
    await userEvent.click(screen.getByTestId('decision-submit'));
    expect(await screen.findByText('The rate is outside the product’s 380–800 bp')).toBeTruthy();
    expect(screen.getByText('Above the pledge ceiling ¥1,200,000')).toBeTruthy();
    expect(screen.queryByTestId('decision-problem')).toBeNull();
  });

  it('wants a reason to decline and sends no terms with it', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    render(<DecisionForm application={app} submit={submit} />);
    await userEvent.click(screen.getByText('拒绝'));
    expect(screen.queryByTestId('decision-amount')).toBeNull();
    await userEvent.click(screen.getByTestId('decision-submit'));
    expect(await screen.findByText('请填写拒绝原因')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
    await userEvent.type(screen.getByTestId('decision-decline-reason'), '质押物评估价值不足');
    await userEvent.click(screen.getByTestId('decision-submit'));
    await waitFor(() =>
      expect(submit).toHaveBeenCalledWith({ applicationId: 'a1', expectedVersion: 3, decision: 'DECLINE', note: undefined, declineReason: '质押物评估价值不足' }),
    );
  });

  it('says so when someone else decided first, and offers to read the application again', async () => {
    const reload = jest.fn();
    const submit = jest
      .fn()
      .mockRejectedValue(
        new CombinedGraphQLErrors({ errors: [{ message: 'The application changed (version 4)', extensions: { code: 'CONFLICT', field: 'input.expectedVersion' } }] }),
      );
    render(<DecisionForm application={app} rateRange={rateRange} submit={submit} reload={reload} />);
    await userEvent.click(screen.getByTestId('decision-submit'));
    expect(await screen.findByText(zh.decision.stale)).toBeTruthy();
    await userEvent.click(screen.getByTestId('decision-reload'));
    expect(reload).toHaveBeenCalled();
  });
});
