/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over 31 symbols (no I O S V Z);
 * the last is a check character computed from the first 17.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new Error(`"${first17[i]}" is not a credit-code character`);
    sum += value * WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_ALPHABET[check === 31 ? 0 : check];
}

export type CreditCodeProblem = 'LENGTH' | 'CHARACTER' | 'DIVISION' | 'CHECK_CHARACTER';

/** Why a code is not a valid unified social credit code, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'LENGTH';
  for (const ch of code) if (!CREDIT_CODE_ALPHABET.includes(ch)) return 'CHARACTER';
  // Characters 3–8 are the GB/T 2260 administrative division: six digits.
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return 'DIVISION';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'CHECK_CHARACTER';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
