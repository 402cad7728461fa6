import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/format';

/** A registration's due time in Shanghai with its working days, flagged when it passed unregistered or a breach was recorded. */
export function DueTime({ r }: { r: { dueAt: string; slaWorkingDays: number; overdue: boolean; breachedAt?: string | null; status: string } }) {
  const { t, i18n } = useTranslation();
  return (
    <Space size={4} wrap>
      <Typography.Text data-testid="registration-due-at" data-due-at={r.dueAt}>
        {formatDateTime(r.dueAt, i18n.language)}
      </Typography.Text>
      <Typography.Text type="secondary">{t('pledges.due.workingDays', { count: r.slaWorkingDays })}</Typography.Text>
      {r.overdue && <Tag color="red">{t('pledges.due.overdue')}</Tag>}
      {r.breachedAt && (
        <Tag color="volcano" data-testid="registration-breached">
          {t('pledges.due.breached', { at: formatDateTime(r.breachedAt, i18n.language) })}
        </Tag>
      )}
    </Space>
  );
}
