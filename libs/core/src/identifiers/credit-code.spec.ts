import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from './credit-code';

describe('unified social credit code (GB 32100)', () => {
  it.each(['91440101MA5CJQ4N59', '91350200776049653A'])('accepts the published example %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('computes the check character, writing 31 as 0', () => {
    expect(creditCodeCheckChar('91440101MA5CJQ4N5')).toBe('9');
    expect(creditCodeCheckChar('91350200776049653')).toBe('A');
  });

  it.each([
    ['91440101MA5CJQ4N58', 'CHECK_CHARACTER'],
    ['91440101MA5CJQ4N5', 'LENGTH'],
    ['91440101MA5CJQ4NI9', 'CHARACTER'],
    ['91440101ma5cjq4n59', 'CHARACTER'],
    ['914AB101MA5CJQ4N59', 'DIVISION'],
  ])('rejects %s (%s)', (code, problem) => {
    expect(creditCodeProblem(code)).toBe(problem);
  });
});
