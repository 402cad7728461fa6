import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { switchLanguage } from '../i18n';
import { apollo, whenSessionEnds } from './apollo';
import { navigationFor } from './journeys';
import { NotificationBell } from './NotificationBell';
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

  // A page below an entry (a need's matches under 融资需求) keeps its entry highlighted.
  const selected = items
    .map((i) => i.key)
    .filter((key) => location.pathname === key || (key !== '/' && location.pathname.startsWith(`${key}/`)))
    .sort((x, y) => y.length - x.length)
    .slice(0, 1);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 24, paddingInline: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('app.name')} · {t('app.tagline')}
        </Typography.Text>
        <Space align="center">
          <NotificationBell />
          <Typography.Text style={{ color: '#fff', maxWidth: 420, display: 'block', lineHeight: '20px' }} ellipsis={{ tooltip: true }} data-testid="current-user">
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
      <Layout>
        {/* A side menu holds every entry a role has at 1280 px, where a top bar would hide some. */}
        <Layout.Sider width={200} theme="light">
          <Menu mode="inline" selectedKeys={selected} items={items} onClick={(e) => navigate(e.key)} style={{ height: '100%', borderInlineEnd: 0 }} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Spin />}>
            <Outlet context={data.me} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
