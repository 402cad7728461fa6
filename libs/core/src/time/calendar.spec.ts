import { todayInShanghai } from './calendar';

describe('todayInShanghai', () => {
  it('turns the day at 16:00 UTC, midnight in Shanghai', () => {
    expect(todayInShanghai(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
    expect(todayInShanghai(new Date('2026-11-25T16:00:00Z'))).toBe('2026-11-26');
  });
});
