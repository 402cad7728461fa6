/**
 * Builds Meilisearch filter expressions from typed values only. Attribute names
 * come from code (never from a request); every string value is quoted with `"`
 * and `\` escaped, so user text can never close the quote and add `OR`,
 * parentheses or another condition.
 */
export type FilterExpression = string & { readonly __filter: unique symbol };

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_.]*$/;

function attribute(name: string): string {
  // Attribute names are constants in code; this guards against a programming error, not user input.
  if (!ATTRIBUTE.test(name)) throw new Error(`not a filterable attribute name: ${name}`);
  return name;
}

/** A string value as a Meilisearch filter literal: `"…"` with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function literal(value: string | number | boolean): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quoteFilterValue(value);
}

const expr = (s: string) => s as FilterExpression;

export const Filter = {
  eq(field: string, value: string | number | boolean): FilterExpression {
    return expr(`${attribute(field)} = ${literal(value)}`);
  },
  /** `field IN [a, b]`; an empty list matches nothing, so it is written as an impossible condition. */
  in(field: string, values: readonly (string | number)[]): FilterExpression {
    if (!values.length) return Filter.nothing();
    return expr(`${attribute(field)} IN [${values.map(literal).join(', ')}]`);
  },
  gte(field: string, value: number): FilterExpression {
    return expr(`${attribute(field)} >= ${literal(value)}`);
  },
  lte(field: string, value: number): FilterExpression {
    return expr(`${attribute(field)} <= ${literal(value)}`);
  },
  exists(field: string): FilterExpression {
    return expr(`${attribute(field)} EXISTS`);
  },
  /** Matches no document: used when an actor's scope is empty. */
  nothing(): FilterExpression {
    return expr(`id = ${quoteFilterValue('__none__')} AND id != ${quoteFilterValue('__none__')}`);
  },
  and(...parts: (FilterExpression | null | undefined)[]): FilterExpression | null {
    const present = parts.filter((p): p is FilterExpression => !!p);
    if (!present.length) return null;
    return expr(present.map((p) => `(${p})`).join(' AND '));
  },
  or(...parts: (FilterExpression | null | undefined)[]): FilterExpression | null {
    const present = parts.filter((p): p is FilterExpression => !!p);
    if (!present.length) return null;
    return expr(present.map((p) => `(${p})`).join(' OR '));
  },
};

/**
 * All ancestor paths of a materialised region path, itself included:
 * `310000/310112` -> [`310000`, `310000/310112`]. Stored in documents so a
 * subtree filter is a plain equality on one of them.
 */
export function regionAncestors(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
