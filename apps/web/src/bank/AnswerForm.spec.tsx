/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { AnswerForm } from './AnswerForm';
import { zh } from './texts';

beforeAll(() => initTestI18n({ bank: zh }));

const choose = async (value: string) => userEvent.click(screen.getByDisplayValue(value));

describe('answering a whitelisted firm', () => {
  it('asks for a credit line in yuan and sends it in fen', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    render(<AnswerForm enterpriseId="e1" submit={submit} />);
    await choose('CREDIT_LINE_OFFERED');
    await userEvent.click(screen.getByTestId('answer-submit'));
    expect(await screen.findByText(zh.answer.creditLineRequired)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(zh.answer.creditLine), '0');
    await userEvent.click(screen.getByTestId('answer-submit'));
    expect(await screen.findByText(zh.answer.creditLinePositive)).toBeTruthy();
    await userEvent.clear(screen.getByLabelText(zh.answer.creditLine));
    await userEvent.type(screen.getByLabelText(zh.answer.creditLine), '5,000,000');
    await userEvent.click(screen.getByTestId('answer-submit'));
    await waitFor(() => expect(submit).toHaveBeenCalledWith({ enterpriseId: 'e1', status: 'CREDIT_LINE_OFFERED', creditLine: { amountFen: '500000000' }, reason: undefined, shareReasonWithFirm: undefined }));
  });

  it('wants a reason to decline and a confirmation before sending', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    render(<AnswerForm enterpriseId="e1" submit={submit} />);
    await choose('DECLINED');
    await userEvent.click(screen.getByTestId('answer-submit'));
    expect(await screen.findByText(zh.answer.reasonRequired)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(zh.answer.reason), '评估值不足');
    await userEvent.click(screen.getByLabelText(zh.answer.share));
    await userEvent.click(screen.getByTestId('answer-submit'));
    expect((await screen.findAllByText(zh.answer.confirmDecline)).length).toBeGreaterThan(0);
    expect(submit).not.toHaveBeenCalled();
    await userEvent.click(await screen.findByTestId('answer-confirm-decline'));
    await waitFor(() => expect(submit).toHaveBeenCalledWith(expect.objectContaining({ status: 'DECLINED', reason: '评估值不足', shareReasonWithFirm: true })));
  });

  it('puts a server error on the field it names', async () => {
    const { CombinedGraphQLErrors } = await import('@apollo/client');
    const error = new CombinedGraphQLErrors({ errors: [{ message: '授信额度超出上限', extensions: { code: 'BAD_USER_INPUT', field: 'input.creditLine.amountFen' } }] });
    render(<AnswerForm enterpriseId="e1" submit={() => Promise.reject(error)} />);
    await choose('CREDIT_LINE_OFFERED');
    await userEvent.type(screen.getByLabelText(zh.answer.creditLine), '5000000');
    await userEvent.click(screen.getByTestId('answer-submit'));
    expect(await screen.findByText('授信额度超出上限')).toBeTruthy();
  });
});
