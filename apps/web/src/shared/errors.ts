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

/**
 * Puts the server's errors on the form fields they name (`extensions.field`) and returns
 * the rest, for a message above the form. `aliases` names the form field of an input path
 * the form holds differently (`{ 'amount.amountFen': ['amount'] }` for a yuan field).
 */
export function showOnFields(form: FormInstance, error: unknown, aliases: Record<string, (string | number)[]> = {}): ApiError[] {
  const errors = apiErrors(error).map((e) => (e.field && aliases[e.field.join('.')] ? { ...e, field: aliases[e.field.join('.')] } : e));
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const onFields = errors.filter((e) => e.field && known.has(String(e.field[0])));
  form.setFields(onFields.map((e) => ({ name: e.field!, errors: [e.message] })));
  return errors.filter((e) => !onFields.includes(e));
}
