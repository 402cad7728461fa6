import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Skeleton, Space, message as antdMessage } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { BANK_PRODUCT, BANK_PRODUCTS, CREATE_PRODUCT, UPDATE_PRODUCT } from './queries';
import { ProductForm } from './ProductForm';
import { productValues } from './product-values';

/** Create a product (/bank/products/new) or edit one (/bank/products/:id). */
export default function ProductEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [message, messageHolder] = antdMessage.useMessage();
  const { data, loading, error } = useQuery(BANK_PRODUCT, { variables: { id: id ?? '' }, skip: !id });
  const [create] = useMutation(CREATE_PRODUCT, { refetchQueries: [BANK_PRODUCTS] });
  const [update] = useMutation(UPDATE_PRODUCT, { refetchQueries: [BANK_PRODUCTS] });
  const product = data?.loanProduct;
  const done = () => {
    void message.success(t('bank.productForm.saved'));
    void navigate('/bank/products');
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {messageHolder}
      <Link to="/bank/products">{t('common.back')}</Link>
      <Card title={id ? t('bank.products.editTitle') : t('bank.products.create')} style={{ maxWidth: 960 }}>
        {error && <Alert type="error" showIcon title={t('errors.load', { message: error.message })} />}
        {id && (loading || !product) ? (
          !error && <Skeleton active />
        ) : (
          <ProductForm
            withStatus={!id || product?.status === 'DRAFT'}
            initial={product ? productValues(product) : undefined}
            submit={async (input) => {
              if (id) {
                await update({ variables: { id, input } });
              } else {
                await create({ variables: { input } });
              }
              done();
            }}
          />
        )}
      </Card>
    </Space>
  );
}
