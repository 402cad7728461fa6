import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, showOnFields } from '../shared/errors';
import { DECLINE_ENGAGEMENT } from './queries';

const MAX_REASON = 500;

/** 拒绝: the valuer declines an open engagement, saying why; a dialog asks first, since it cannot be undone. */
export function DeclineButton({ engagementId, onDeclined }: { engagementId: string; onDeclined: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<ApiError[]>([]);
  const [form] = Form.useForm<{ reason: string }>();
  const [decline, { loading }] = useMutation(DECLINE_ENGAGEMENT);

  async function submit({ reason }: { reason: string }) {
    setProblems([]);
    try {
      await decline({ variables: { input: { engagementId, reason: reason.trim() } } });
      setOpen(false);
      onDeclined();
    } catch (e) {
      setProblems(showOnFields(form, e));
    }
  }

  return (
    <>
      <Button danger size="small" onClick={() => setOpen(true)} data-testid={`decline-${engagementId}`}>
        {t('valuer.engagements.decline')}
      </Button>
      <Modal
        open={open}
        title={t('valuer.decline.title')}
        okText={t('valuer.decline.submit')}
        okButtonProps={{ danger: true, loading, 'data-testid': 'decline-confirm' }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('valuer.decline.warning')} style={{ marginBottom: 16 }} />
        {problems.map((p) => (
          <Alert key={p.message} type="error" showIcon title={p.message} style={{ marginBottom: 16 }} />
        ))}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
          <Form.Item
            label={t('valuer.decline.reason')}
            name="reason"
            rules={[
              { required: true, whitespace: true, message: t('valuer.decline.reasonRequired') },
              { max: MAX_REASON, message: t('valuer.decline.reasonTooLong') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={MAX_REASON} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
