import { Input } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { yuanToFen } from './money';

/** A yuan amount field: the form holds the typed text; convert with `yuanToFen` on submit. */
export function MoneyInput(props: { value?: string; onChange?: (v: string) => void; id?: string; placeholder?: string; 'data-testid'?: string }) {
  return <Input {...props} prefix="¥" inputMode="decimal" onChange={(e) => props.onChange?.(e.target.value)} />;
}

/** The validation rule of a MoneyInput: a non-negative yuan amount with at most two decimals. */
export function moneyRule(t: TFunction): Rule {
  return {
    validator: async (_, value?: string) => {
      if (value === undefined || value === '') return;
      if (yuanToFen(value) === null) throw new Error(t(value.trim().startsWith('-') ? 'money.negative' : 'money.invalid'));
    },
  };
}
