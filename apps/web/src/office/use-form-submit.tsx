import { Alert, Form } from 'antd';
import { useState } from 'react';
import { ApiError, showOnFields } from '../shared/errors';

/** Submits through `run`; server errors go on the fields they name, the rest above the form. */
export function useFormSubmit<V extends object>(run: (values: V) => Promise<unknown>) {
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<ApiError[]>([]);
  const submit = async (values: V) => {
    setSaving(true);
    setProblems([]);
    try {
      await run(values);
    } catch (e) {
      setProblems(showOnFields(form, e));
    } finally {
      setSaving(false);
    }
  };
  const alerts = problems.map((p, i) => <Alert key={i} type="error" showIcon title={p.message} style={{ marginBottom: 12 }} />);
  return { form, saving, submit, alerts };
}
