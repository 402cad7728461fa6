import { Select } from 'antd';
import { useEnumLabel } from './enums';

/**
 * A list page's status filter: several values of one GraphQL enum, labelled from the schema's
 * descriptions; the page keeps the choice in its URL.
 */
export function StatusFilter({
  enumName,
  values,
  value,
  onChange,
  label,
  testId,
  minWidth = 260,
}: {
  enumName: string;
  values: readonly string[];
  value: string[];
  onChange: (value: string[]) => void;
  label: string;
  testId: string;
  minWidth?: number;
}) {
  const enumLabel = useEnumLabel();
  return (
    <Select
      mode="multiple"
      allowClear
      style={{ minWidth }}
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={values.map((s) => ({ value: s, label: enumLabel(enumName, s) }))}
      data-testid={testId}
    />
  );
}
