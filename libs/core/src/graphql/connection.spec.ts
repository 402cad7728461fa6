import { pageComplexity } from './connection';

describe('pageComplexity', () => {
  it('prices a page at its size times the cost of an item', () => {
    expect(pageComplexity({ args: { first: 10 }, childComplexity: 30 })).toBe(301);
    expect(pageComplexity({ args: {}, childComplexity: 30 })).toBe(601);
  });

  it('prices an oversized page at the cap, so validation rather than the cost limit answers it', () => {
    expect(pageComplexity({ args: { first: 100000 }, childComplexity: 30 })).toBe(3001);
  });
});
