/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { CombinedGraphQLErrors } from '@apollo/client';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntryChangeForm } from './EntryChangeForm';
import { zh } from './texts';

beforeAll(() => initTestI18n({ office: zh }));

describe('adding or removing a firm with a reason', () => {
  it('needs a reason of at most 500 characters, not only spaces, and sends it trimmed', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<EntryChangeForm submitLabel="移出" onSubmit={onSubmit} />);
    const reason = screen.getByLabelText(zh.batch.reason);
    await userEvent.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText(zh.batch.reasonRequired)).toBeTruthy();

    await userEvent.type(reason, '   ');
    await userEvent.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText(zh.batch.reasonRequired)).toBeTruthy();

    await userEvent.clear(reason);
    await userEvent.click(reason);
    await userEvent.paste('长'.repeat(501));
    await userEvent.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText(zh.batch.reasonTooLong)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.clear(reason);
    await userEvent.type(reason, '  企业申请暂缓  ');
    await userEvent.click(screen.getByTestId('entry-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ enterpriseId: undefined, reason: '企业申请暂缓' }));
  });

  it('asks for the firm when adding one by hand', async () => {
    const onSubmit = jest.fn();
    render(<EntryChangeForm pickFirm firmOptions={[]} submitLabel="人工加入" onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(zh.batch.reason), '园区重点培育企业');
    await userEvent.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText(zh.batch.firmRequired)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal of the reason on the reason field', async () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'reason must be 1–500 characters', extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' } }] });
    render(<EntryChangeForm submitLabel="移出" onSubmit={() => Promise.reject(error)} />);
    await userEvent.type(screen.getByLabelText(zh.batch.reason), '暂缓');
    await userEvent.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText('reason must be 1–500 characters')).toBeTruthy();
  });
});
