/** @jest-environment jsdom */
import { initTestI18n } from './test-i18n';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form } from 'antd';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { zhCN } from '../i18n/zh-CN';
import { yuanToFen } from './money';
import { MoneyInput, moneyRule } from './MoneyInput';

beforeAll(() => initTestI18n());

function Amount({ onAmount }: { onAmount: (fen: string) => void }) {
  const { t } = useTranslation();
  return (
    <Form onFinish={(v: { amount: string }) => onAmount(yuanToFen(v.amount)!)}>
      <Form.Item name="amount" label="金额" rules={[{ required: true }, moneyRule(t)]}>
        <MoneyInput />
      </Form.Item>
      <Button htmlType="submit">提交</Button>
    </Form>
  );
}

describe('a yuan amount field', () => {
  it('says what is wrong on the field and submits fen only when the amount is right', async () => {
    const onAmount = jest.fn();
    render(<Amount onAmount={onAmount} />);
    const input = screen.getByLabelText('金额');
    await userEvent.type(input, '12.345');
    await userEvent.click(screen.getByRole('button'));
    expect(await screen.findByText(zhCN.money.invalid)).toBeTruthy();
    expect(onAmount).not.toHaveBeenCalled();

    await userEvent.clear(input);
    await userEvent.type(input, '5000000');
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onAmount).toHaveBeenCalledWith('500000000'));
  });
});
