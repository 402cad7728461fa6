import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../shared/format';
import { yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { useFormSubmit } from '../office/use-form-submit';
import { graphql } from '../gql';
import { SUBSIDY_BUDGET } from './queries';

const SET_BUDGET = graphql(`
  mutation SetSubsidyBudget($input: SetSubsidyBudgetInput!) {
    setSubsidyBudget(input: $input) {
      regionId
      year
    }
  }
`);

/** The year's budget of the office's region: amount, used, remaining; the office may set it. */
export function BudgetCard({ regionId, regionName, year }: { regionId: string; regionName: string; year: number }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(SUBSIDY_BUDGET, { variables: { regionId, year }, fetchPolicy: 'cache-and-network' });
  const [setBudget] = useMutation(SET_BUDGET);
  const { form, saving, submit, alerts } = useFormSubmit<{ amount: string }>(async (v) => {
    await setBudget({ variables: { input: { regionId, year, amount: { amountFen: yuanToFen(v.amount) ?? v.amount } } } });
    await refetch();
  });
  const b = data?.subsidyBudget;
  const money = (m?: { amountFen: string } | null) => (m ? formatMoney(m.amountFen, i18n.language) : t('subsidies.budget.none'));
  return (
    <Card size="small" title={t('subsidies.budget.title', { year, region: regionName })} style={{ marginBottom: 16 }}>
      {error && <Alert type="error" showIcon title={error.message} />}
      {b && (
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('subsidies.budget.amount')}>
            <span data-testid="subsidy-budget-amount">{money(b.amount)}</span>（{t(`subsidies.budget.source.${b.source}`)}）
          </Descriptions.Item>
          <Descriptions.Item label={t('subsidies.budget.used')}>
            <span data-testid="subsidy-budget-used">{money(b.used)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('subsidies.budget.remaining')}>
            <span data-testid="subsidy-budget-remaining">{money(b.remaining)}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form form={form} layout="inline" onFinish={(v) => void submit(v)}>
        {alerts}
        <Form.Item name="amount" label={t('subsidies.budget.set')} rules={[{ required: true, message: t('subsidies.budget.set') }, moneyRule(t)]}>
          <MoneyInput data-testid="subsidy-budget-input" />
        </Form.Item>
        <Button htmlType="submit" loading={saving} data-testid="subsidy-budget-save">
          {t('subsidies.budget.save')}
        </Button>
      </Form>
    </Card>
  );
}
