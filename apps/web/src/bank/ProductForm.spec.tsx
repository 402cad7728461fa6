/** @jest-environment jsdom */
import { initTestI18n } from '../shared/test-i18n';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { bpToPercent, percentToBp } from './product-values';
import { ProductForm } from './ProductForm';
import { zh } from './texts';

beforeAll(() => initTestI18n({ bank: zh }));
jest.setTimeout(30_000);

const f = zh.productForm;
const type = (labelText: string, text: string) => fireEvent.change(screen.getByLabelText(labelText), { target: { value: text } });

async function pickIpTypes(...names: string[]) {
  const select = screen.getByLabelText(f.acceptedIpTypes);
  for (const name of names) {
    await userEvent.click(select);
    await userEvent.click(await screen.findByTitle(name));
  }
}

describe('percent and basis points', () => {
  it('converts by text, both ways', () => {
    expect(percentToBp('25')).toBe(2500);
    expect(percentToBp('4.35')).toBe(435);
    expect(percentToBp('4.5')).toBe(450);
    expect(percentToBp('4.355')).toBeNull();
    expect(percentToBp('-1')).toBeNull();
    expect([2500, 435, 450, 405].map(bpToPercent)).toEqual(['25', '4.35', '4.5', '4.05']);
  });
});

describe('the loan product form', () => {
  it('checks ranges and pledge rates on their fields, then sends fen and basis points', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    render(<ProductForm withStatus submit={submit} />);
    type(f.name, '知融科创贷');
    type(f.minAmount, '1000000');
    type(f.maxAmount, '500000');
    type(f.minTermMonths, '12');
    type(f.maxTermMonths, '121');
    type(f.minRatePercent, '3.5');
    type(f.maxRatePercent, '40');
    await userEvent.click(screen.getByTestId('product-submit'));
    expect(await screen.findByText(f.maxBelowMin)).toBeTruthy();
    expect(await screen.findByText(f.termRange)).toBeTruthy();
    expect(await screen.findByText(f.rateRangeRule)).toBeTruthy();
    expect(await screen.findByText(f.ipTypesRequired)).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();

    type(f.maxAmount, '10000000');
    type(f.maxTermMonths, '36');
    type(f.maxRatePercent, '6.5');
    await pickIpTypes('发明专利', '商标');
    type('发明专利 质押率（%）', '95');
    await userEvent.click(screen.getByTestId('product-submit'));
    expect(await screen.findByText(f.pledgeRateRule)).toBeTruthy();
    type('发明专利 质押率（%）', '25');
    type('商标 质押率（%）', '50');
    await userEvent.click(screen.getByTestId('product-submit'));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    expect(submit.mock.calls[0][0]).toMatchObject({
      name: '知融科创贷',
      minAmount: { amountFen: '100000000' },
      maxAmount: { amountFen: '1000000000' },
      minTermMonths: 12,
      maxTermMonths: 36,
      minRateBp: 350,
      maxRateBp: 650,
      acceptedIpTypes: ['INVENTION_PATENT', 'TRADEMARK'],
      pledgeRates: [
        { ipType: 'INVENTION_PATENT', rateBp: 2500 },
        { ipType: 'TRADEMARK', rateBp: 5000 },
      ],
      // Who it lends to, as the API defaults it unless the officer says otherwise.
      requiredTags: [],
      minCreditRating: null,
      minFirmAgeYears: 0,
      requiresNoDishonesty: true,
      status: 'ACTIVE',
    });
  });

  it('puts a server error on the pledge rate of the type it names', async () => {
    const { CombinedGraphQLErrors } = await import('@apollo/client');
    const error = new CombinedGraphQLErrors({ errors: [{ message: '质押率超出本行上限', extensions: { code: 'BAD_USER_INPUT', field: 'input.pledgeRates.0.rateBp' } }] });
    render(
      <ProductForm
        withStatus={false}
        initial={{ name: '产品', minAmount: '100', maxAmount: '200', minTermMonths: 1, maxTermMonths: 12, minRate: '3', maxRate: '5', acceptedIpTypes: ['TRADEMARK'], pledgeRates: { TRADEMARK: '50' }, guaranteeRequired: false, insuranceRequired: false, whitelistOnly: false, bundleAllowed: true, requiredTags: [], minFirmAgeYears: 0, requiresNoDishonesty: true }}
        submit={() => Promise.reject(error)}
      />,
    );
    await userEvent.click(screen.getByTestId('product-submit'));
    expect(await screen.findByText('质押率超出本行上限')).toBeTruthy();
  });

  it('refuses a firm age outside 0–100 on its field and sends the eligibility rules it holds', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    render(
      <ProductForm
        withStatus={false}
        initial={{ name: '产品', minAmount: '100', maxAmount: '200', minTermMonths: 1, maxTermMonths: 12, minRate: '3', maxRate: '5', acceptedIpTypes: ['TRADEMARK'], pledgeRates: { TRADEMARK: '50' }, guaranteeRequired: false, insuranceRequired: false, whitelistOnly: false, bundleAllowed: true, requiredTags: ['HIGH_TECH'], minCreditRating: 'BBB', minFirmAgeYears: 101, requiresNoDishonesty: true }}
        submit={submit}
      />,
    );
    await userEvent.click(screen.getByTestId('product-submit'));
    expect(await screen.findByText(f.firmAgeRule)).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
    const age = screen.getByLabelText(f.minFirmAgeYears);
    await userEvent.clear(age);
    await userEvent.type(age, '3');
    await userEvent.click(screen.getByTestId('product-submit'));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    expect(submit.mock.calls[0][0]).toMatchObject({ requiredTags: ['HIGH_TECH'], minCreditRating: 'BBB', minFirmAgeYears: 3, requiresNoDishonesty: true });
  });
});
