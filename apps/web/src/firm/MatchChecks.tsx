import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../shared/enums';
import type { NeedMatch } from './need-queries';

/** A match's checks, each with the API's reason, and its hints — the API's words, money as it wrote it. */
export function MatchChecks({ match }: { match: Pick<NeedMatch, 'checks' | 'hints'> }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {match.hints.length > 0 && (
        <div data-testid="match-hints">
          <Typography.Text strong>{t('firm.matches.hints')}</Typography.Text>
          <ul style={{ margin: '4px 0 0' }}>
            {match.hints.map((h) => (
              <li key={h} data-testid="match-hint">
                {h}
              </li>
            ))}
          </ul>
        </div>
      )}
      <List
        size="small"
        header={<Typography.Text strong>{t('firm.matches.checks')}</Typography.Text>}
        dataSource={match.checks}
        renderItem={(c) => (
          <List.Item data-testid={c.passed ? 'match-check-passed' : 'match-check-failed'}>
            <Space align="start">
              {c.passed ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t('firm.matches.passed')} />
              ) : (
                <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label={t('firm.matches.failed')} />
              )}
              <Typography.Text strong>{label('MatchCriterion', c.criterion)}</Typography.Text>
              <span>{i18n.language === 'en' ? c.detailEn : c.detail}</span>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
