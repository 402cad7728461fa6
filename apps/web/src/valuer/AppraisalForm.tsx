import { Button, DatePicker, Form, FormInstance, Input, Radio } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import { yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';

const METHODS = ['INCOME', 'MARKET', 'COST'] as const;
/** The API's limit: an appraisal may be relied on for at most three years after its date. */
const MAX_VALIDITY_YEARS = 3;
const DAY = 'YYYY-MM-DD';

export interface Appraisal {
  value: { amountFen: string };
  method: (typeof METHODS)[number];
  valuedOn: string;
  validUntil: string;
  note?: string;
}

/** What the form holds: the value as typed yuan, under the input's own name so server errors land on it. */
interface Values {
  value: { amountFen: string };
  method: Appraisal['method'];
  valuedOn: Dayjs;
  validUntil: Dayjs;
  note?: string;
}

/** Why a validity period is refused, as the API would say (null when it is fine). */
export function validityProblem(valuedOn: string, validUntil: string): 'after' | 'tooLong' | null {
  if (validUntil <= valuedOn) return 'after';
  if (validUntil > dayjs(valuedOn).add(MAX_VALIDITY_YEARS, 'year').format(DAY)) return 'tooLong';
  return null;
}

/** 录入评估: value in yuan (sent as fen), method, valuation date and validity, note. */
export function AppraisalForm({ form, onSubmit, submitting }: { form: FormInstance; onSubmit: (appraisal: Appraisal) => void; submitting?: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const today = dayjs();

  function submit(v: Values) {
    onSubmit({
      value: { amountFen: yuanToFen(v.value.amountFen)! },
      method: v.method,
      valuedOn: v.valuedOn.format(DAY),
      validUntil: v.validUntil.format(DAY),
      note: v.note?.trim() || undefined,
    });
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }} initialValues={{ valuedOn: today, validUntil: today.add(1, 'year') }}>
      <Form.Item
        label={t('valuer.appraisal.value')}
        name={['value', 'amountFen']}
        rules={[
          { required: true, message: t('valuer.appraisal.valueRequired') },
          moneyRule(t),
          {
            validator: async (_, value?: string) => {
              if (value && yuanToFen(value) === '0') throw new Error(t('valuer.appraisal.valuePositive'));
            },
          },
        ]}
      >
        <MoneyInput data-testid="appraisal-value" />
      </Form.Item>
      <Form.Item label={t('valuer.appraisal.method')} name="method" rules={[{ required: true, message: t('valuer.appraisal.methodRequired') }]}>
        <Radio.Group optionType="button" options={METHODS.map((m) => ({ value: m, label: label('ValuationMethod', m) }))} />
      </Form.Item>
      <Form.Item
        label={t('valuer.appraisal.valuedOn')}
        name="valuedOn"
        rules={[
          { required: true, message: t('valuer.appraisal.valuedOnRequired') },
          {
            validator: async (_, value?: Dayjs) => {
              if (value && value.format(DAY) > dayjs().format(DAY)) throw new Error(t('valuer.appraisal.valuedOnFuture'));
            },
          },
        ]}
      >
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        label={t('valuer.appraisal.validUntil')}
        name="validUntil"
        dependencies={['valuedOn']}
        rules={[
          { required: true, message: t('valuer.appraisal.validUntilRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value?: Dayjs) => {
              const valuedOn = getFieldValue('valuedOn') as Dayjs | undefined;
              if (!value || !valuedOn) return;
              const problem = validityProblem(valuedOn.format(DAY), value.format(DAY));
              if (problem === 'after') throw new Error(t('valuer.appraisal.validUntilAfter'));
              if (problem === 'tooLong') throw new Error(t('valuer.appraisal.validUntilTooLong'));
            },
          }),
        ]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item label={t('valuer.appraisal.note')} name="note">
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting} data-testid="appraisal-submit">
        {t('valuer.appraisal.submit')}
      </Button>
    </Form>
  );
}
