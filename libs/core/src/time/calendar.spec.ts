import { addDays, addYears, todayInShanghai } from './calendar';

describe('todayInShanghai', () => {
  it('turns the day at 16:00 UTC, midnight in Shanghai', () => {
    expect(todayInShanghai(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
    expect(todayInShanghai(new Date('2026-11-25T16:00:00Z'))).toBe('2026-11-26');
  });
});

describe('addDays', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('addYears', () => {
  it('adds years, keeping 29 February inside February', () => {
    expect(addYears('2023-06-30', 3)).toBe('2026-06-30');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
