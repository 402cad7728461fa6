/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { CombinedGraphQLErrors } from '@apollo/client';
import { patentNumber } from '@zhirong/ip-assets/numbers';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import i18n from 'i18next';
import { zh } from './texts';
import { RegisterAssetForm } from './RegisterAssetForm';

// Two shared cores: antd's validation can take more than the default second to show, and a
// test more than five; keystrokes go without pauses, and a dropdown still fading in is clickable.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
});

beforeAll(() => initTestI18n({ firm: zh }));

const valid = patentNumber(2023, 1, 123456); // CN202310123456.6
const wrong = valid.replace(/.$/, '5');

async function chooseInventionPatent() {
  await user.click(screen.getByLabelText('知识产权类型'));
  await user.click(await screen.findByTitle('发明专利'));
}

describe('registering an IP asset', () => {
  it('says on the number field, while typing, that the check character is wrong, with the right one', async () => {
    const register = jest.fn();
    render(<RegisterAssetForm enterpriseId="e1" register={register} />);
    await chooseInventionPatent();
    await user.type(screen.getByLabelText('编号'), wrong);
    expect(await screen.findByText('校验位错误，应为 6')).toBeTruthy();

    await user.clear(screen.getByLabelText('编号'));
    await user.type(screen.getByLabelText('编号'), valid);
    await waitFor(() => expect(screen.queryByText(/校验位错误/)).toBeNull());
    await user.type(screen.getByLabelText('名称'), '一种储能装置');
    await user.click(screen.getByTestId('register-submit'));
    await waitFor(() => expect(register).toHaveBeenCalledWith(expect.objectContaining({ enterpriseId: 'e1', type: 'INVENTION_PATENT', number: valid, title: '一种储能装置' })));
  });

  it('refuses a trademark number in a patent format and sends nothing without the required fields', async () => {
    const register = jest.fn();
    render(<RegisterAssetForm enterpriseId="e1" register={register} />);
    await user.click(screen.getByTestId('register-submit'));
    expect((await screen.findAllByText('必填')).length).toBe(3);
    await user.click(screen.getByLabelText('知识产权类型'));
    await user.click(await screen.findByTitle('商标'));
    await user.type(screen.getByLabelText('编号'), valid);
    expect(await screen.findByText('编号格式不正确，应形如 30012345')).toBeTruthy();
    expect(register).not.toHaveBeenCalled();
  });

  it("puts the API's BAD_USER_INPUT error on the field it names", async () => {
    const register = jest
      .fn()
      .mockRejectedValue(new CombinedGraphQLErrors({ errors: [{ message: '该编号已登记', extensions: { code: 'BAD_USER_INPUT', field: 'input.number' } }] }));
    render(<RegisterAssetForm enterpriseId="e1" register={register} />);
    await chooseInventionPatent();
    await user.type(screen.getByLabelText('编号'), valid);
    await user.type(screen.getByLabelText('名称'), '一种储能装置');
    await user.click(screen.getByTestId('register-submit'));
    const error = await screen.findByText('该编号已登记');
    expect(error.closest('.ant-form-item')?.querySelector('#number')).toBeTruthy();
  });
});
