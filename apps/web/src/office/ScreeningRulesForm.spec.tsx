/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client';
import { zhCN } from '../i18n/zh-CN';
import { percentToBp, rulesInput } from './screening-rules';
import { ScreeningRulesForm } from './ScreeningRulesForm';
import { zh } from './texts';

jest.setTimeout(30_000);

beforeAll(() => initTestI18n({ office: zh }));

const save = () => userEvent.click(screen.getByTestId('rules-save'));

describe('the screening rules form', () => {
  it('refuses a criterion twice, a weight over 100 and a bad amount, and sends fen and basis points once right', async () => {
    const onSave = jest.fn().mockResolvedValue(undefined);
    render(
      <ScreeningRulesForm
        onSave={onSave}
        initial={{
          minScore: 60,
          criteria: [
            { criterion: 'NO_DISHONESTY', weight: 20, required: true },
            { criterion: 'NO_DISHONESTY', weight: 101, required: false },
            { criterion: 'TOTAL_VALUATION', threshold: '12.345', weight: 30, required: false },
            { criterion: 'REVENUE_GROWTH', threshold: '12.5', weight: 10, required: false },
          ],
        }}
      />,
    );
    await save();
    expect((await screen.findAllByText(zh.rules.errors.criterionDuplicate)).length).toBe(2);
    expect(screen.getByText(zh.rules.errors.weight)).toBeTruthy();
    expect(screen.getByText(zhCN.money.invalid)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();

    // The duplicate goes, the weight and the amount are put right.
    await userEvent.click(screen.getByRole('button', { name: `${zh.rules.removeCriterion} 2` }));
    const amount = screen.getByLabelText(`${zh.rules.threshold} 2`);
    await userEvent.clear(amount);
    await userEvent.type(amount, '5000000');
    await save();
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        minScore: 60,
        criteria: [
          { criterion: 'NO_DISHONESTY', threshold: null, weight: 20, required: true },
          { criterion: 'TOTAL_VALUATION', threshold: '500000000', weight: 30, required: false },
          { criterion: 'REVENUE_GROWTH', threshold: '1250', weight: 10, required: false },
        ],
      }),
    );
  });

  it('needs a minimum score between 0 and 100, at least one criterion, and a count as a whole number', async () => {
    const onSave = jest.fn();
    render(<ScreeningRulesForm onSave={onSave} initial={{ minScore: 101, criteria: [{ criterion: 'VALID_INVENTION_PATENTS', threshold: '1.5', weight: 10 }] }} />);
    await save();
    expect(await screen.findByText(zh.rules.errors.minScore)).toBeTruthy();
    expect(screen.getByText(zh.rules.errors.count)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: `${zh.rules.removeCriterion} 1` }));
    await save();
    expect(await screen.findByText(zh.rules.errors.tooFew)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('puts the server’s complaint on the threshold it names', async () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'must be a credit rating', extensions: { code: 'BAD_USER_INPUT', field: 'input.criteria.0.threshold' } }] });
    render(<ScreeningRulesForm onSave={() => Promise.reject(error)} initial={{ minScore: 50, criteria: [{ criterion: 'MIN_CREDIT_RATING', threshold: 'A', weight: 10 }] }} />);
    await save();
    expect(await screen.findByText('must be a credit rating')).toBeTruthy();
  });
});

describe('thresholds typed as the criterion reads them', () => {
  it('turns a percent into basis points by text', () => {
    expect(['10', '12.5', '-5.25', '0', '1.234'].map(percentToBp)).toEqual(['1000', '1250', '-525', '0', null]);
  });

  it('joins tags and leaves no threshold where none is read', () => {
    expect(
      rulesInput({
        minScore: 1,
        criteria: [
          { criterion: 'TAGS', threshold: ['HIGH_TECH', 'GAZELLE'], weight: 5 },
          { criterion: 'NO_DISHONESTY', threshold: 'x', weight: 5 },
        ],
      }).criteria,
    ).toEqual([
      { criterion: 'TAGS', threshold: 'HIGH_TECH,GAZELLE', weight: 5, required: false },
      { criterion: 'NO_DISHONESTY', threshold: null, weight: 5, required: false },
    ]);
  });
});
