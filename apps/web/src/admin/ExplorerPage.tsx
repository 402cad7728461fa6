import { Card, Result, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import type { Me } from '../app/queries';
import { EXPLORER_ROLES } from './journey';

// GraphiQL and Monaco (several MB with their web workers) are their own chunks, fetched
// only when this page opens: no other page pays for them.
const GraphiQLExplorer = lazy(() => import('./GraphiQLExplorer'));

/**
 * 接口调试台: GraphiQL from npm (bundled, workers included), not Apollo's CDN sandbox.
 * It calls the API with the signed-in user's token, so it grants nothing the pages do not.
 */
export default function ExplorerPage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  if (!import.meta.env.DEV && !me.roles.some((r) => EXPLORER_ROLES.includes(r))) {
    return <Result status="403" title={t('admin.explorer.forbidden')} />;
  }
  return (
    <Card title={t('admin.explorer.title')} styles={{ body: { padding: 0 } }}>
      <Typography.Paragraph type="secondary" style={{ padding: '12px 24px 0' }}>
        {t('admin.explorer.hint')}
      </Typography.Paragraph>
      <div style={{ height: 'calc(100vh - 220px)', minHeight: 480 }} data-testid="explorer">
        <Suspense fallback={<Spin style={{ margin: 24 }} />}>
          <GraphiQLExplorer />
        </Suspense>
      </div>
    </Card>
  );
}
