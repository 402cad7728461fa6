import type { FormInstance } from 'antd';
import { apiErrors } from '../shared/errors';

type NamePath = (string | number)[];

/**
 * Puts the server's errors on the form field they name, like shared `showOnFields`, for forms
 * whose fields are not the input's paths one to one: a money field is `creditLine` where the
 * input says `creditLine.amountFen`, a percent field `minRate` where it says `minRateBp`.
 * `fieldOf` turns an input path into the form's field (undefined: not on a field). Returns the
 * messages left for an alert above the form.
 */
export function showServerErrors(form: FormInstance, error: unknown, fieldOf: (path: NamePath) => NamePath | undefined = (p) => p): string[] {
  const rest: string[] = [];
  const onFields: { name: NamePath; errors: string[] }[] = [];
  for (const e of apiErrors(error)) {
    const name = e.field && fieldOf(e.field[e.field.length - 1] === 'amountFen' ? e.field.slice(0, -1) : e.field);
    if (name) onFields.push({ name, errors: [e.message] });
    else rest.push(e.message);
  }
  form.setFields(onFields);
  return rest;
}
