import type { PolicyRulesFieldsFragment } from '../gql/graphql';
import { bpToPct, fieldOfRulesPath, formValues, pctToBp, versionInput } from './policy-form';

// A version as the API returns it (with Apollo's __typename), Minhang-like.
const RULES = {
  __typename: 'PolicyRules',
  registration: { __typename: 'RegistrationRule', onlineWorkingDays: 3, offlineWorkingDays: 5, warnBeforeHours: 24 },
  overdue: { __typename: 'OverdueRule', graceDays: 3, workingDays: true, defaultAfterDaysPastDue: 90 },
  interestSubsidy: { __typename: 'InterestSubsidyRule', ratioBp: 5000, capPerLoanFen: '20000000', capPerFirmYearFen: null, allowIfEverOverdue: false },
  feeSubsidies: { __typename: 'FeeSubsidyRules', registration: null, guarantee: { __typename: 'CappedRatioRule', ratioBp: 1250, capFen: null }, insurance: null, valuation: null },
  insurancePremiumSubsidy: null,
  bankReward: { __typename: 'BankRewardRule', tiers: [{ __typename: 'BankRewardTier', uptoFen: null, rateBp: 10 }], capPerBankYearFen: null },
  valuerReward: null,
  riskCompensation: {
    __typename: 'RiskCompensationRule',
    ratioBpByRole: { __typename: 'RiskRoleRatios', bank: 3000, guarantor: null, insurer: 2000, valuer: null, ipService: null },
    capPerLoanFen: null,
    requireFailedRecovery: true,
    excludeBatchPackage: false,
  },
  annualBudgetFen: '1000000000',
  citations: { __typename: 'PolicyCitations', interestSubsidy: { __typename: 'PolicyCitation', document: 'minhang-ip-pledge-pilot', clause: '四', zh: '贴息', en: 'Interest' } },
} as unknown as PolicyRulesFieldsFragment;

describe('percent ↔ basis points, by text', () => {
  it('converts at most two decimals exactly and refuses anything else', () => {
    expect([pctToBp('50'), pctToBp('12.5'), pctToBp('12.05'), pctToBp('0'), pctToBp('150')]).toEqual([5000, 1250, 1205, 0, 15000]);
    expect([pctToBp('12.345'), pctToBp('-1'), pctToBp('abc'), pctToBp('')]).toEqual([null, null, null, null]);
    expect([bpToPct(5000), bpToPct(1250), bpToPct(1205), bpToPct(7)]).toEqual(['50', '12.5', '12.05', '0.07']);
  });
});

describe('the form from a version and back', () => {
  it('round-trips the rules it edits, in % and yuan, and carries the rest over without __typename', () => {
    const values = formValues(RULES, '2027-01-01');
    expect(values.interestSubsidy).toEqual({ enabled: true, ratioPct: '50', capPerLoan: '200000', capPerFirmYear: '', allowIfEverOverdue: false });
    expect(values.fees.GUARANTEE).toEqual({ enabled: true, ratioPct: '12.5', cap: '' });
    expect(values.fees.REGISTRATION.enabled).toBe(false);
    expect(values.riskCompensation).toMatchObject({ enabled: true, BANK: '30', INSURER: '20', GUARANTOR: '', requireFailedRecovery: true });

    values.interestSubsidy.ratioPct = '60';
    const input = versionInput(values, RULES, 'region-1');
    expect(input).toMatchObject({ regionId: 'region-1', validFrom: '2027-01-01', validTo: undefined });
    expect(input.rules.interestSubsidy).toEqual({ ratioBp: 6000, capPerLoanFen: '20000000', capPerFirmYearFen: undefined, allowIfEverOverdue: false });
    expect(input.rules.feeSubsidies).toEqual({ guarantee: { ratioBp: 1250, capFen: undefined } });
    expect(input.rules.riskCompensation?.ratioBpByRole).toEqual({ bank: 3000, insurer: 2000 });
    expect(input.rules.annualBudgetFen).toBe('1000000000');
    expect(JSON.stringify(input)).not.toContain('__typename');
    expect(input.rules.bankReward).toEqual({ tiers: [{ rateBp: 10 }] });
    expect(input.rules.citations).toEqual({ interestSubsidy: { document: 'minhang-ip-pledge-pilot', clause: '四', zh: '贴息', en: 'Interest' } });
  });
});

describe('server error paths on form fields', () => {
  it('maps the stored rules’ paths to the fields that hold them', () => {
    expect(fieldOfRulesPath(['rules', 'interestSubsidy', 'ratioBp'])).toEqual(['interestSubsidy', 'ratioPct']);
    expect(fieldOfRulesPath(['rules', 'feeSubsidies', 'GUARANTEE', 'capFen'])).toEqual(['fees', 'GUARANTEE', 'cap']);
    expect(fieldOfRulesPath(['rules', 'riskCompensation', 'ratioBpByRole', 'IP_SERVICE'])).toEqual(['riskCompensation', 'IP_SERVICE']);
    expect(fieldOfRulesPath(['rules', 'registration', 'onlineWorkingDays'])).toEqual(['registration', 'onlineWorkingDays']);
    expect(fieldOfRulesPath(['rules', 'annualBudgetFen'])).toEqual(['annualBudget']);
    expect(fieldOfRulesPath(['validTo'])).toEqual(['validTo']);
    // Not on the form: the message goes above it.
    expect(fieldOfRulesPath(['rules', 'bankReward', 'tiers', 0, 'uptoFen'])).toBeUndefined();
  });
});
