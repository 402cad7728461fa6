import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { useEnumLabel } from '../shared/enums';
import type { Me } from './queries';

export default function HomePage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const label = useEnumLabel();
  return (
    <Card>
      <Typography.Title level={3}>{t('home.welcome', { name: me.displayName })}</Typography.Title>
      <Typography.Paragraph>{t('home.organization', { name: me.organization.name })}</Typography.Paragraph>
      <Typography.Paragraph>{t('home.roles', { roles: me.roles.map((r) => label('Role', r)).join('、') })}</Typography.Paragraph>
    </Card>
  );
}
