import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Space, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../shared/errors';
import { ACCEPT_PLEDGE_REGISTRATION, PLEDGE_REGISTRATIONS, REGISTER_PLEDGE, RETURN_PLEDGE_REGISTRATION, RegistrationRow } from './queries';

type Asking = 'register' | 'return' | null;

/** The registry's steps on one filing: accept, register with the certificate number, return with a reason. */
export function RegistryActions({ r }: { r: RegistrationRow }) {
  const { t } = useTranslation();
  const refetchQueries = [PLEDGE_REGISTRATIONS];
  const [accept] = useMutation(ACCEPT_PLEDGE_REGISTRATION, { refetchQueries });
  const [register] = useMutation(REGISTER_PLEDGE, { refetchQueries });
  const [giveBack] = useMutation(RETURN_PLEDGE_REGISTRATION, { refetchQueries });
  const [asking, setAsking] = useState<Asking>(null);
  const [problem, setProblem] = useState<string>();
  const [form] = Form.useForm<{ text: string }>();
  if (r.status === 'REGISTERED' || r.status === 'RETURNED') return null;

  const run = async (action: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await action();
      void message.success(t('pledges.registry.done'));
      setAsking(null);
      form.resetFields();
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const confirm = async () => {
    const { text } = await form.validateFields();
    if (asking === 'register') await run(() => register({ variables: { input: { registrationId: r.id, certificateNumber: text.trim() } } }));
    else await run(() => giveBack({ variables: { input: { registrationId: r.id, reason: text.trim() } } }));
  };

  return (
    <Space wrap>
      {problem && !asking && <Alert type="error" showIcon title={problem} data-testid="registry-problem" />}
      {r.status === 'SUBMITTED' && (
        <Button size="small" type="primary" onClick={() => void run(() => accept({ variables: { registrationId: r.id } }))} data-testid="registry-accept">
          {t('pledges.registry.accept')}
        </Button>
      )}
      {r.status === 'ACCEPTED' && (
        <Button size="small" type="primary" onClick={() => setAsking('register')} data-testid="registry-register">
          {t('pledges.registry.register')}
        </Button>
      )}
      <Button size="small" danger onClick={() => setAsking('return')} data-testid="registry-return">
        {t('pledges.registry.return')}
      </Button>
      <Modal
        open={!!asking}
        title={t(asking === 'register' ? 'pledges.registry.registerTitle' : 'pledges.registry.returnTitle')}
        onCancel={() => setAsking(null)}
        onOk={() => void confirm()}
        okButtonProps={{ 'data-testid': 'registry-confirm' }}
        destroyOnHidden
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <Form.Item
            name="text"
            label={t(asking === 'register' ? 'pledges.registry.certificate' : 'pledges.registry.reason')}
            rules={[{ required: true, whitespace: true, message: t(asking === 'register' ? 'pledges.registry.certificate' : 'pledges.registry.reason') }]}
          >
            {asking === 'register' ? <Input maxLength={60} data-testid="registry-text" /> : <Input.TextArea rows={3} maxLength={500} data-testid="registry-text" />}
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
