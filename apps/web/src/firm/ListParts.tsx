import { Alert, Select } from 'antd';
import { useEnumLabel } from '../shared/enums';
import type { ApiError } from '../shared/errors';
import type { ListParams } from '../shared/list-params';

/** The server's errors no form field names, above the form. */
export function FormErrors({ errors }: { errors: ApiError[] }) {
  return errors.map((e) => <Alert key={e.message} type="error" showIcon title={e.message} style={{ marginBottom: 16 }} />);
}

/** A list's enum filter kept in the URL (`name`), its options labelled from the schema's enum. */
export function EnumFilter({
  list,
  name,
  enumName,
  values,
  label,
  multiple,
}: {
  list: ListParams;
  name: string;
  enumName: string;
  values: readonly string[];
  label: string;
  multiple?: boolean;
}) {
  const enumLabel = useEnumLabel();
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      allowClear
      style={{ minWidth: 180 }}
      placeholder={label}
      aria-label={label}
      value={multiple ? list.getAll(name) : list.get(name)}
      onChange={(v?: string | string[]) => list.set({ [name]: v })}
      options={values.map((v) => ({ value: v, label: enumLabel(enumName, v) }))}
    />
  );
}
