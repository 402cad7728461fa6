import { escapeLike, subtreePattern } from './like';

describe('LIKE patterns', () => {
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('matches the descendants of a region path, its wildcards escaped', () => {
    expect(subtreePattern('310000/310112')).toBe('310000/310112/%');
    expect(subtreePattern('310000_x')).toBe('310000\\_x/%');
  });
});
