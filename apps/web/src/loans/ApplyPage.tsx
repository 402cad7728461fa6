import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMyEnterprise } from '../firm/useMyEnterprise';
import type { RepaymentMethod } from '../gql/graphql';
import { useEnumLabel } from '../shared/enums';
import { ApiError, showOnFields } from '../shared/errors';
import { formatMoney, formatRate } from '../shared/format';
import { yuanToFen } from '../shared/money';
import { MoneyInput, moneyRule } from '../shared/MoneyInput';
import { REPAYMENT_METHODS } from './loan-values';
import { ACTIVE_PRODUCTS, APPLY_FOR_LOAN, LOAN_APPLICATIONS, PLEDGE_CHOICES, PRODUCT_TERMS } from './queries';

interface ApplyValues {
  productId?: string;
  pledge: 'bundle' | 'assets';
  pledgeBundleId?: string;
  ipAssetIds?: string[];
  amount?: string;
  termMonths?: number;
  repaymentMethod: RepaymentMethod;
  purpose?: string;
}

/**
 * 申请贷款: from a match (`?productId=…&needId=…`, the match's product and need) or for a
 * product chosen here, pledging one of the firm's bundles or assets picked one by one. The API
 * checks the amount against the product and the pledge ceiling; its errors land on the fields.
 */
export default function ApplyPage() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const needId = params.get('needId') ?? undefined;
  const [form] = Form.useForm<ApplyValues>();
  const productId = Form.useWatch('productId', form) ?? params.get('productId') ?? undefined;
  const pledge = Form.useWatch('pledge', form) ?? 'bundle';
  const { enterprise } = useMyEnterprise();
  const products = useQuery(ACTIVE_PRODUCTS, { skip: !!needId });
  const product = useQuery(PRODUCT_TERMS, { variables: { id: productId ?? '' }, skip: !productId }).data?.loanProduct;
  const choices = useQuery(PLEDGE_CHOICES, { variables: { enterpriseId: enterprise?.id ?? '' }, skip: !enterprise }).data;
  const [apply] = useMutation(APPLY_FOR_LOAN, { refetchQueries: [LOAN_APPLICATIONS] });
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<ApiError[]>([]);
  const money = (fen: string) => formatMoney(fen, i18n.language);
  const required = (field: string) => [{ required: true, message: t('loans.apply.required', { field: t(`loans.apply.${field}`) }) }];

  const onFinish = async (v: ApplyValues) => {
    setSaving(true);
    setProblems([]);
    try {
      const result = await apply({
        variables: {
          input: {
            productId: v.productId!,
            needId,
            pledgeBundleId: v.pledge === 'bundle' ? v.pledgeBundleId : undefined,
            ipAssetIds: v.pledge === 'assets' ? v.ipAssetIds : undefined,
            amount: { amountFen: yuanToFen(v.amount ?? '') ?? '' },
            termMonths: v.termMonths!,
            repaymentMethod: v.repaymentMethod,
            purpose: v.purpose?.trim() || undefined,
          },
        },
      });
      void message.success(t('loans.apply.done'));
      void navigate(`/loans/applications/${result.data!.applyForLoan.id}`);
    } catch (e) {
      setProblems(showOnFields(form, e, { pledgeBundleId: ['pledgeBundleId'], ipAssetIds: ['ipAssetIds'] }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to={needId ? `/firm/needs/${needId}/matches` : '/loans/applications'}>{t('common.back')}</Link>
      <Card title={t('loans.apply.title')} style={{ maxWidth: 900 }}>
        {problems.map((p, i) => (
          <Alert key={i} type="error" showIcon title={p.message} style={{ marginBottom: 12 }} data-testid="apply-problem" />
        ))}
        {needId && <Typography.Paragraph type="secondary">{t('loans.apply.fromMatch')}</Typography.Paragraph>}
        <Form<ApplyValues>
          form={form}
          layout="vertical"
          initialValues={{ productId: params.get('productId') ?? undefined, pledge: 'bundle', repaymentMethod: 'EQUAL_INSTALMENT', termMonths: 12 }}
          onFinish={(v) => void onFinish(v)}
          data-testid="apply-form"
        >
          <Form.Item name="productId" label={t('loans.apply.product')} rules={required('product')}>
            {needId ? (
              <Select disabled options={product ? [{ value: product.id, label: `${product.name} · ${product.bank.name}` }] : []} />
            ) : (
              <Select
                showSearch
                optionFilterProp="label"
                options={products.data?.loanProducts.edges.map((e) => ({ value: e.node.id, label: `${e.node.name} · ${e.node.bank.name}` })) ?? []}
                data-testid="apply-product"
              />
            )}
          </Form.Item>
          {product && (
            <Typography.Paragraph type="secondary" data-testid="apply-product-terms">
              {t('loans.apply.terms', {
                min: money(product.amountRange.min.amountFen),
                max: money(product.amountRange.max.amountFen),
                minMonths: product.termRange.minMonths,
                maxMonths: product.termRange.maxMonths,
                minRate: formatRate(product.rateRange.minBp),
                maxRate: formatRate(product.rateRange.maxBp),
              })}
            </Typography.Paragraph>
          )}
          <Form.Item name="pledge" label={t('loans.apply.pledge')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'bundle', label: t('loans.apply.bundle') },
                { value: 'assets', label: t('loans.apply.assets') },
              ]}
            />
          </Form.Item>
          {pledge === 'bundle' ? (
            <Form.Item name="pledgeBundleId" label={t('loans.apply.bundle')} rules={required('bundle')}>
              <Select
                data-testid="apply-bundle"
                options={
                  choices?.pledgeBundles.edges.map((e) => ({
                    value: e.node.id,
                    label: t('loans.apply.bundleOption', { name: e.node.name, count: e.node.assetCount, value: money(e.node.appraisedValue.amountFen) }),
                  })) ?? []
                }
              />
            </Form.Item>
          ) : (
            <Form.Item name="ipAssetIds" label={t('loans.apply.assets')} rules={required('assets')}>
              <Select
                mode="multiple"
                optionFilterProp="label"
                data-testid="apply-assets"
                options={
                  choices?.ipAssets.edges
                    .filter((e) => e.node.legalStatus === 'VALID' && e.node.pledgeStatus === 'FREE')
                    .map((e) => ({
                      value: e.node.id,
                      label: `${e.node.number} ${e.node.title}${e.node.latestValuation ? ` · ${money(e.node.latestValuation.value.amountFen)}` : ''}`,
                    })) ?? []
                }
              />
            </Form.Item>
          )}
          <Space wrap align="start">
            <Form.Item name="amount" label={t('loans.apply.amount')} rules={[...required('amount'), moneyRule(t)]}>
              <MoneyInput data-testid="apply-amount" />
            </Form.Item>
            <Form.Item name="termMonths" label={t('loans.apply.termMonths')} rules={required('termMonths')}>
              <InputNumber min={1} max={360} precision={0} data-testid="apply-term" />
            </Form.Item>
            <Form.Item name="repaymentMethod" label={t('loans.apply.repaymentMethod')}>
              <Select style={{ width: 200 }} options={REPAYMENT_METHODS.map((m) => ({ value: m, label: label('RepaymentMethod', m) }))} data-testid="apply-method" />
            </Form.Item>
          </Space>
          <Form.Item name="purpose" label={t('loans.apply.purpose')}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="apply-purpose" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="apply-submit">
            {t('loans.apply.submit')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
