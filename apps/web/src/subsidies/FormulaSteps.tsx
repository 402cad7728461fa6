import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormulaSteps as Steps } from './queries';

/** The formula step by step, as the platform computed and stored it. */
export function FormulaSteps({ steps, testId = 'subsidy-steps' }: { steps: Steps; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table
      size="small"
      pagination={false}
      data-testid={testId}
      rowKey={(_, i) => String(i)}
      dataSource={steps}
      columns={[
        { title: t('subsidies.steps.step'), render: (_, s) => (i18n.language === 'en' ? s.labelEn : s.labelZh), width: '35%' },
        { title: t('subsidies.steps.expression'), dataIndex: 'expression' },
      ]}
    />
  );
}
