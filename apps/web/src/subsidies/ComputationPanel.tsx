import { Alert, Button, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../shared/format';
import { FormulaSteps } from './FormulaSteps';
import type { Computation } from './queries';

/** The computed amount and the formula before applying; why not, when not eligible. */
export function ComputationPanel({
  computation,
  onSubmit,
  submitting,
  submitLabel,
  prefix,
}: {
  computation: Computation;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  prefix: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {computation.eligible ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('subsidies.apply.amount')}>
            <strong data-testid={`${prefix}-amount`}>{formatMoney(computation.amount.amountFen, i18n.language)}</strong>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid={`${prefix}-ineligible`}
          title={t('subsidies.apply.ineligible', { reason: i18n.language === 'en' ? computation.reasonEn : computation.reasonZh })}
        />
      )}
      <FormulaSteps steps={computation.steps} testId={`${prefix}-steps`} />
      <Button type="primary" disabled={!computation.eligible} loading={submitting} onClick={onSubmit} data-testid={`${prefix}-submit`}>
        {submitLabel}
      </Button>
    </Space>
  );
}
