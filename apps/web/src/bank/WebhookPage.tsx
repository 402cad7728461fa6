import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Typography, message as antdMessage } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../shared/format';
import { showOnFields } from '../shared/errors';
import { CONFIGURE_WEBHOOK, MY_WEBHOOK } from './queries';

interface WebhookValues {
  url: string;
  secret: string;
}

/** Webhook 设置: where pushed firms are POSTed, and the signing secret (write-only). */
export default function WebhookPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<WebhookValues>();
  const [message, messageHolder] = antdMessage.useMessage();
  const [problems, setProblems] = useState<string[]>([]);
  const { data, loading, error } = useQuery(MY_WEBHOOK);
  const [configure, { loading: saving }] = useMutation(CONFIGURE_WEBHOOK, { refetchQueries: [MY_WEBHOOK] });
  const hook = data?.myBankWebhook;

  const save = async (v: WebhookValues) => {
    setProblems([]);
    try {
      await configure({ variables: { url: v.url.trim(), secret: v.secret } });
      form.setFieldValue('secret', '');
      void message.success(t('bank.webhook.saved'));
    } catch (e) {
      // The mutation takes plain arguments, so the field is the argument's name.
      setProblems(showOnFields(form, e, (p) => (p[0] === 'url' || p[0] === 'secret' ? [p[0]] : undefined)).map((p) => p.message));
    }
  };

  return (
    <Card title={t('bank.webhook.title')} style={{ maxWidth: 800 }}>
      {messageHolder}
      <Typography.Paragraph type="secondary">{t('bank.webhook.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} style={{ marginBottom: 16 }} />}
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('bank.webhook.current')}>
          <span data-testid="webhook-current">{loading ? t('common.loading') : (hook?.url ?? t('bank.webhook.none'))}</span>
        </Descriptions.Item>
        {hook && <Descriptions.Item label={t('bank.webhook.updatedAt')}>{formatDateTime(hook.updatedAt, i18n.language)}</Descriptions.Item>}
      </Descriptions>
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 16 }} />}
      <Form<WebhookValues> form={form} layout="vertical" onFinish={save} data-testid="webhook-form">
        <Form.Item name="url" label={t('bank.webhook.url')} rules={[{ required: true, message: t('bank.webhook.urlInvalid') }, { pattern: /^https?:\/\/\S+$/i, message: t('bank.webhook.urlInvalid') }]}>
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item name="secret" label={t('bank.webhook.secret')} extra={t('bank.webhook.secretHint')} rules={[{ required: true, min: 16, max: 200, message: t('bank.webhook.secretShort') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
