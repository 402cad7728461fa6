/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { CombinedGraphQLErrors } from '@apollo/client';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import i18n from 'i18next';
import { zh } from './texts';
import { NeedForm } from './NeedForm';

// Two shared cores: antd's validation can take more than the default second to show, and a
// test more than five; keystrokes go without pauses, and a dropdown still fading in is clickable.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
});

beforeAll(() => initTestI18n({ firm: zh }));

const bundles = [{ id: 'b1', name: '储能专利组合' }];

async function fill(amount: string) {
  await user.type(screen.getByLabelText('资金用途'), '研发设备采购');
  await user.type(screen.getByLabelText('融资金额（元）'), amount);
  await user.type(screen.getByLabelText('期限（月）'), '12');
  await user.type(screen.getByLabelText('可接受最高年利率（%）'), '4.5');
}

describe('a financing need', () => {
  it('asks for the required fields and sends nothing without them', async () => {
    const create = jest.fn();
    render(<NeedForm bundles={bundles} create={create} />);
    await user.click(screen.getByTestId('need-submit'));
    expect((await screen.findAllByText('必填')).length).toBe(4);
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses an amount that is not yuan with at most two decimals, or zero', async () => {
    const create = jest.fn();
    render(<NeedForm bundles={bundles} create={create} />);
    await fill('12.345');
    await user.click(screen.getByTestId('need-submit'));
    expect(await screen.findByText('请输入以元为单位、最多两位小数的金额')).toBeTruthy();
    await user.clear(screen.getByLabelText('融资金额（元）'));
    await user.type(screen.getByLabelText('融资金额（元）'), '0');
    expect(await screen.findByText('金额须大于 0')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it('sends the amount in fen, the rate in basis points and the chosen bundle', async () => {
    const create = jest.fn().mockResolvedValue('n1');
    const onDone = jest.fn();
    render(<NeedForm bundles={bundles} create={create} onDone={onDone} />);
    await fill('5,000,000');
    await user.click(screen.getByLabelText('质押组合'));
    await user.click(await screen.findByTitle('储能专利组合'));
    await user.click(screen.getByLabelText('可接受担保'));
    await user.click(screen.getByTestId('need-submit'));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        purpose: '研发设备采购',
        amount: { amountFen: '500000000' },
        termMonths: 12,
        maxRateBp: 450,
        bundleId: 'b1',
        guaranteeAcceptable: true,
        insuranceAcceptable: false,
      }),
    );
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('n1'));
  });

  it("puts the API's error on the amount field the form holds in yuan", async () => {
    const create = jest
      .fn()
      .mockRejectedValue(new CombinedGraphQLErrors({ errors: [{ message: '金额超出上限', extensions: { code: 'BAD_USER_INPUT', field: 'input.amount.amountFen' } }] }));
    render(<NeedForm bundles={bundles} create={create} />);
    await fill('5000000');
    await user.click(screen.getByTestId('need-submit'));
    const error = await screen.findByText('金额超出上限');
    expect(error.closest('.ant-form-item')?.querySelector('#amount')).toBeTruthy();
  });
});
