import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ME } from '../app/queries';
import { apiErrors } from '../shared/errors';
import { showOnFields } from '../shared/errors';
import { BANK_PRODUCTS, EXPRESS_INTEREST, NEED_LIBRARY, NEED_OF_INTEREST, PublishedNeed, WITHDRAW_INTEREST } from './queries';

// An interest still holding (waiting for the firm or accepted by it) can be withdrawn; any other lets the bank try again.
const HOLDING = new Set(['PENDING', 'ACCEPTED']);

/** The bank's interest in a published need: express it with one of its products, withdraw it, open the firm once it accepted. */
export function NeedInterestActions({ need, onError }: { need: PublishedNeed; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const [expressing, setExpressing] = useState(false);
  const [withdraw, { loading }] = useMutation(WITHDRAW_INTEREST, { refetchQueries: [NEED_LIBRARY] });
  const interest = need.myInterest;
  if (!interest || !HOLDING.has(interest.status)) {
    return (
      <>
        <Button size="small" type="primary" onClick={() => setExpressing(true)} data-testid={`need-express-${need.id}`}>
          {t('bank.library.express')}
        </Button>
        {expressing && <ExpressModal need={need} onClose={() => setExpressing(false)} />}
      </>
    );
  }
  return (
    <Space>
      {interest.status === 'ACCEPTED' && <FirmLink needId={need.id} />}
      <Popconfirm
        title={t('bank.library.withdrawConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() => withdraw({ variables: { id: interest.id } }).catch((e: unknown) => onError(apiErrors(e).map((x) => x.message).join('；')))}
      >
        <Button size="small" danger loading={loading} data-testid={`need-withdraw-${need.id}`}>
          {t('bank.library.withdraw')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** Once the firm accepted, the bank reads the need in full and so learns which firm it is. */
function FirmLink({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(NEED_OF_INTEREST, { variables: { id: needId } });
  const enterpriseId = data?.financingNeed?.enterpriseId;
  return enterpriseId ? <Link to={`/bank/firms/${enterpriseId}`}>{t('bank.library.openFirm')}</Link> : null;
}

function ExpressModal({ need, onClose }: { need: PublishedNeed; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ productId: string; message?: string }>();
  const [problems, setProblems] = useState<string[]>([]);
  const me = useQuery(ME);
  const bankId = me.data?.me.organization?.id;
  const products = useQuery(BANK_PRODUCTS, { variables: { first: 100, filter: { bankId, status: 'ACTIVE' } }, skip: !bankId });
  const [express, { loading }] = useMutation(EXPRESS_INTEREST, { refetchQueries: [NEED_LIBRARY] });
  const save = async (v: { productId: string; message?: string }) => {
    try {
      await express({ variables: { input: { needId: need.id, productId: v.productId, message: v.message?.trim() || undefined } } });
      onClose();
    } catch (error) {
      setProblems(showOnFields(form, error, (p) => (p[0] === 'productId' || p[0] === 'message' ? [p[0]] : undefined)).map((p) => p.message));
    }
  };
  return (
    <Modal open title={t('bank.library.expressTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={loading} okText={t('common.confirm')} cancelText={t('common.cancel')}>
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ productId: need.match?.productId }} data-testid="need-express-form">
        <Form.Item name="productId" label={t('bank.library.withProduct')} rules={[{ required: true, message: t('bank.productForm.required') }]}>
          <Select loading={products.loading} options={products.data?.loanProducts.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []} />
        </Form.Item>
        <Form.Item name="message" label={t('bank.library.message')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
