import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormInstance } from 'antd';

/** One GraphQL error as a page needs it: its stable code, the input it names, its message. */
export interface ApiError {
  code: string;
  /** `extensions.field` without the `input.` prefix: the form field's name path. */
  field?: (string | number)[];
  message: string;
}

export function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const ext = (e.extensions ?? {}) as { code?: string; field?: string };
      const path = ext.field?.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      if (path?.[0] === 'input') path.shift();
      return { code: ext.code ?? 'INTERNAL', field: path && path.length > 0 ? path : undefined, message: e.message };
    });
  }
  if (error instanceof Error) return [{ code: 'NETWORK', message: error.message }];
  return [];
}

type NamePath = (string | number)[];

/**
 * Where a form holds an input path differently: a map (`{ maxRateBp: ['maxRate'] }`), or a
 * function for forms whose fields are not the input's paths one to one (undefined: not on a
 * field).
 */
export type FieldOf = Record<string, NamePath> | ((path: NamePath) => NamePath | undefined);

/**
 * Puts the server's errors on the form fields they name (`extensions.field`) and returns
 * the rest, for a message above the form. A path ending in `amountFen` names the yuan field
 * that holds the money (`creditLine.amountFen` → `creditLine`); `fieldOf` maps the others the
 * form holds differently. Without a mapping, a path lands on the form's field of its name.
 */
export function showOnFields(form: FormInstance, error: unknown, fieldOf: FieldOf = {}): ApiError[] {
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const place = (path: NamePath): NamePath | undefined => {
    const held = path[path.length - 1] === 'amountFen' ? path.slice(0, -1) : path;
    if (typeof fieldOf === 'function') return fieldOf(held);
    return fieldOf[path.join('.')] ?? fieldOf[held.join('.')] ?? (known.has(String(held[0])) ? held : undefined);
  };
  const placed = apiErrors(error).map((e) => ({ error: e, name: e.field && place(e.field) }));
  form.setFields(placed.filter((p) => p.name).map((p) => ({ name: p.name!, errors: [p.error.message] })));
  return placed.filter((p) => !p.name).map((p) => p.error);
}

/** The messages of an error in one line, for an alert above a page's actions. */
export function errorText(error: unknown): string {
  return apiErrors(error)
    .map((e) => e.message)
    .join('; ');
}
