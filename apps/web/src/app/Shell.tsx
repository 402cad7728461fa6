import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { switchLanguage } from '../i18n';
import { apollo, whenSessionEnds } from './apollo';
import { navigationFor } from './journeys';
import { ME, SIGN_OUT } from './queries';
import { endSession } from './session';

/** The signed-in frame: a navigation with only what the user's roles may do, and the page. */
export default function Shell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ME);
  const [signOut] = useMutation(SIGN_OUT);

  useEffect(() => {
    whenSessionEnds(() => navigate(`/sign-in?expired=1&next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true }));
  }, [navigate, location]);

  if (loading) return <Spin fullscreen />;
  if (error || !data) {
    return <Result status="error" title={t('errors.load', { message: error?.message ?? '' })} extra={<Button onClick={() => void refetch()}>{t('errors.retry')}</Button>} />;
  }

  const items = navigationFor(data.me.roles).map((n) => ({ key: n.path, label: t(n.label) }));
  async function leave() {
    await signOut().catch(() => undefined);
    endSession();
    await apollo.clearStore();
    navigate('/sign-in', { replace: true });
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Text>
        <Menu theme="dark" mode="horizontal" selectedKeys={[location.pathname]} items={items} onClick={(e) => navigate(e.key)} style={{ flex: 1, minWidth: 0 }} />
        <Space>
          {/* At 1280 px a long firm name must not push the menu into two lines. */}
          <Typography.Text style={{ color: '#fff', maxWidth: 280 }} ellipsis={{ tooltip: true }} data-testid="current-user">
            {data.me.displayName} · {data.me.organization.name}
          </Typography.Text>
          <Button size="small" onClick={() => switchLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')} data-testid="language-switch">
            {t('app.language')}
          </Button>
          <Button size="small" onClick={() => void leave()} data-testid="sign-out">
            {t('app.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Suspense fallback={<Spin />}>
          <Outlet context={data.me} />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
