import { Filter, quoteFilterValue, regionAncestors } from './filter-builder';

describe('filter builder', () => {
  it('quotes and escapes string values', () => {
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(Filter.eq('type', 'X" OR type = "Y')).toBe('type = "X\\" OR type = \\"Y"');
  });

  it('parenthesises every part of a conjunction, so an OR inside cannot widen it', () => {
    const scope = Filter.eq('bankIds', 'b1');
    const user = Filter.or(Filter.eq('type', 'A'), Filter.eq('type', 'B'));
    expect(Filter.and(scope, user)).toBe('(bankIds = "b1") AND ((type = "A") OR (type = "B"))');
  });

  it('refuses attribute names that are not plain identifiers', () => {
    expect(() => Filter.eq('type = "x" OR id', 'y')).toThrow();
  });

  it('lists region ancestors', () => {
    expect(regionAncestors('310000/310117/310117-G60')).toEqual(['310000', '310000/310117', '310000/310117/310117-G60']);
  });

  it('writes an empty IN list as a filter that matches nothing', () => {
    expect(Filter.in('id', [])).toContain('AND');
  });
});
