import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { startSession } from '../app/session';
import { SIGN_IN } from './queries';

interface Values {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [signIn, { loading, error }] = useMutation(SIGN_IN);

  async function submit(values: Values) {
    const result = await signIn({ variables: { input: values } }).catch(() => null);
    if (!result?.data) return;
    startSession(result.data.login.accessToken, result.data.login.expiresInSeconds);
    // Back to the page the user was on when the session ended, never to another site.
    const next = params.get('next');
    navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
  }

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120 }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3}>
          {t('app.name')} · {t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {params.get('expired') && <Alert type="warning" showIcon title={t('signIn.expired')} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon title={t('signIn.failed', { message: error.message })} style={{ marginBottom: 16 }} data-testid="sign-in-error" />}
        <Form<Values> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('signIn.email')} name="email" rules={[{ required: true, message: t('signIn.emailRequired') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('signIn.password')} name="password" rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading} data-testid="sign-in-submit">
            {t('signIn.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          {t('signIn.demo')}
        </Typography.Paragraph>
        <Link to="/market" data-testid="market-link">
          {t('public.signInLink')}
        </Link>
      </Card>
    </div>
  );
}
