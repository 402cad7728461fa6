import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import type { FormListFieldData } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefineScreeningRulesInput } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { useFormSubmit } from './use-form-submit';
import { COUNT_PATTERN, CRITERIA, CriterionValues, PERCENT_PATTERN, RATINGS, rulesInput, RulesFormValues, TAGS, thresholdKind } from './screening-rules';

const MAX_CRITERIA = 20;

/**
 * 筛选规则: the minimum score and 1–20 criteria, each with its threshold (typed as the
 * criterion reads it), weight and whether it is required. Saving makes a new version.
 */
export function ScreeningRulesForm({ initial, onSave }: { initial?: RulesFormValues; onSave: (input: DefineScreeningRulesInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { form, saving, submit, alerts } = useFormSubmit<RulesFormValues>((v) => onSave(rulesInput(v)));

  return (
    <Form<RulesFormValues>
      form={form}
      layout="vertical"
      initialValues={initial ?? { minScore: 60, criteria: [{ criterion: 'NO_DISHONESTY', weight: 20, required: true }] }}
      onFinish={(v) => void submit(v)}
      data-testid="screening-rules-form"
    >
      {alerts}
      <Form.Item
        name="minScore"
        label={t('office.rules.minScore')}
        extra={t('office.rules.minScoreHelp')}
        rules={[{ required: true, type: 'integer', min: 0, max: 100, message: t('office.rules.errors.minScore') }]}
      >
        <InputNumber min={0} max={100} precision={0} data-testid="rules-min-score" />
      </Form.Item>
      <Form.List
        name="criteria"
        rules={[
          {
            validator: async (_, list?: CriterionValues[]) => {
              if (!list || list.length < 1) throw new Error(t('office.rules.errors.tooFew'));
              if (list.length > MAX_CRITERIA) throw new Error(t('office.rules.errors.tooMany'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <div key={field.key}>
                <CriterionRow field={field} onRemove={() => remove(field.name)} />
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({ weight: 10, required: false })} disabled={fields.length >= MAX_CRITERIA} data-testid="rules-add-criterion">
                {t('office.rules.addCriterion')}
              </Button>
            </div>
          </>
        )}
      </Form.List>
      <div style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="rules-save">
          {t('office.rules.save')}
        </Button>
      </div>
    </Form>
  );
}

/** One criterion: which, its threshold as the criterion reads it, weight, required. */
function CriterionRow({ field, onRemove }: { field: FormListFieldData; onRemove: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const form = Form.useFormInstance<RulesFormValues>();
  const criterion = Form.useWatch(['criteria', field.name, 'criterion'], form);
  const kind = thresholdKind(criterion);
  const n = field.name + 1;
  return (
    <Space align="start" wrap data-testid={`rules-criterion-${field.name}`}>
      <Form.Item
        name={[field.name, 'criterion']}
        label={`${t('office.rules.criterion')} ${n}`}
        rules={[
          { required: true, message: t('office.rules.errors.criterionRequired') },
          {
            validator: async (_, value?: string) => {
              const all = (form.getFieldValue('criteria') as CriterionValues[] | undefined) ?? [];
              if (value && all.filter((c) => c?.criterion === value).length > 1) throw new Error(t('office.rules.errors.criterionDuplicate'));
            },
          },
        ]}
        style={{ minWidth: 240 }}
      >
        <Select
          options={CRITERIA.map((c) => ({ value: c, label: label('ScreeningCriterion', c), 'data-testid': `criterion-option-${c}` }))}
          onChange={() => form.setFieldValue(['criteria', field.name, 'threshold'], undefined)}
        />
      </Form.Item>
      <ThresholdItem name={field.name} kind={kind} n={n} />
      <Form.Item
        name={[field.name, 'weight']}
        label={`${t('office.rules.weight')} ${n}`}
        rules={[{ required: true, type: 'integer', min: 0, max: 100, message: t('office.rules.errors.weight') }]}
      >
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name={[field.name, 'required']} label={`${t('office.rules.required')} ${n}`} valuePropName="checked">
        <Checkbox />
      </Form.Item>
      <Form.Item label=" ">
        <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={`${t('office.rules.removeCriterion')} ${n}`} />
      </Form.Item>
    </Space>
  );
}

function ThresholdItem({ name, kind, n }: { name: number; kind: ReturnType<typeof thresholdKind>; n: number }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const itemLabel = `${t('office.rules.threshold')} ${n}`;
  const required = { required: true, message: t('office.rules.errors.thresholdRequired') };
  switch (kind) {
    case 'none':
      return (
        <Form.Item label={itemLabel}>
          <Input disabled placeholder={t('office.rules.noThreshold')} />
        </Form.Item>
      );
    case 'rating':
      return (
        <Form.Item name={[name, 'threshold']} label={itemLabel} rules={[required]} style={{ minWidth: 140 }}>
          <Select placeholder={t('office.rules.thresholdRating')} options={RATINGS.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
      );
    case 'count':
      return (
        <Form.Item name={[name, 'threshold']} label={itemLabel} rules={[required, { pattern: COUNT_PATTERN, message: t('office.rules.errors.count') }]}>
          <Input inputMode="numeric" placeholder={t('office.rules.thresholdCount')} />
        </Form.Item>
      );
    case 'yuan':
      return (
        <Form.Item name={[name, 'threshold']} label={itemLabel} rules={[required, moneyRule(t)]}>
          <MoneyInput placeholder={t('office.rules.thresholdYuan')} />
        </Form.Item>
      );
    case 'percent':
      return (
        <Form.Item name={[name, 'threshold']} label={itemLabel} rules={[required, { pattern: PERCENT_PATTERN, message: t('office.rules.errors.percent') }]}>
          <Input inputMode="decimal" suffix="%" placeholder={t('office.rules.thresholdPercent')} />
        </Form.Item>
      );
    case 'tags':
      return (
        <Form.Item name={[name, 'threshold']} label={itemLabel} rules={[{ ...required, type: 'array', min: 1 }]} style={{ minWidth: 260 }}>
          <Select mode="multiple" placeholder={t('office.rules.thresholdTags')} options={TAGS.map((tag) => ({ value: tag, label: label('EnterpriseTag', tag) }))} />
        </Form.Item>
      );
  }
}
