/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import dayjs from 'dayjs';
import i18n from 'i18next';
import { zhCN } from '../i18n/zh-CN';
import { Appraisal, AppraisalForm, validityProblem } from './AppraisalForm';
import { valuerTexts } from './texts';

// antd's date pickers and async validation take seconds in jsdom on two busy cores.
jest.setTimeout(30_000);

const texts = valuerTexts['zh-CN'].valuer.appraisal;

beforeAll(() => initTestI18n(valuerTexts['zh-CN']));

function Harness({ onSubmit }: { onSubmit: (a: Appraisal) => void }) {
  const [form] = Form.useForm();
  return <AppraisalForm form={form} onSubmit={onSubmit} />;
}

describe('the appraisal form', () => {
  it('says on each field what is missing or wrong and submits only a complete appraisal, in fen', async () => {
    const onSubmit = jest.fn();
    render(<Harness onSubmit={onSubmit} />);
    const submit = screen.getByTestId('appraisal-submit');
    await userEvent.click(submit);
    expect(await screen.findByText(texts.valueRequired)).toBeTruthy();
    expect(screen.getByText(texts.methodRequired)).toBeTruthy();

    const value = screen.getByLabelText(texts.value);
    await userEvent.type(value, '0');
    await userEvent.click(submit);
    expect(await screen.findByText(texts.valuePositive)).toBeTruthy();

    await userEvent.clear(value);
    await userEvent.type(value, '1234.567');
    await userEvent.click(submit);
    expect(await screen.findByText(zhCN.money.invalid)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.clear(value);
    await userEvent.type(value, '2,100,000.5');
    await userEvent.click(screen.getAllByRole('radio')[0].closest('label')!); // 收益法 (INCOME), the first method
    await userEvent.click(submit);
    const today = dayjs();
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        value: { amountFen: '210000050' },
        method: 'INCOME',
        valuedOn: today.format('YYYY-MM-DD'),
        validUntil: today.add(1, 'year').format('YYYY-MM-DD'),
        note: undefined,
      }),
    );
  });

  it('refuses a validity that ends before the valuation date or lasts more than three years', () => {
    expect(validityProblem('2026-12-01', '2026-12-01')).toBe('after');
    expect(validityProblem('2026-12-01', '2026-11-30')).toBe('after');
    expect(validityProblem('2026-12-01', '2029-12-01')).toBeNull();
    expect(validityProblem('2026-12-01', '2029-12-02')).toBe('tooLong');
  });
});
