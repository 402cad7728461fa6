import { isValidIndustryCode } from './industry';

describe('GB/T 4754 industry codes', () => {
  it.each(['C39', 'I65', 'M73', 'C', 'A01', 'T97'])('accepts %s', (code) => expect(isValidIndustryCode(code)).toBe(true));
  it.each(['C44', 'I62', 'Z01', 'c39', 'C3', 'C399', ''])('rejects %p', (code) => expect(isValidIndustryCode(code)).toBe(false));
});
