import { useMutation } from '@apollo/client/react';
import { Button, message, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiErrors } from '../shared/errors';
import { PUBLISH_NEED, UNPUBLISH_NEED, WITHDRAW_NEED } from './need-queries';

/** What a firm does with its need: see matches, publish to banks or take it back, withdraw — each confirmed first. */
export function NeedActions({ need, onChanged }: { need: { id: string; status: string; publishedToBanksAt?: string | null }; onChanged?: () => void }) {
  const { t } = useTranslation();
  const [publish] = useMutation(PUBLISH_NEED);
  const [unpublish] = useMutation(UNPUBLISH_NEED);
  const [withdraw] = useMutation(WITHDRAW_NEED);
  const open = need.status === 'OPEN' || need.status === 'MATCHED';
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      onChanged?.();
    } catch (e) {
      void message.error(
        apiErrors(e)
          .map((x) => x.message)
          .join('; '),
      );
    }
  };
  const variables = { id: need.id };

  return (
    <Space wrap>
      <Link to={`/firm/needs/${need.id}/matches`} data-testid="need-matches-link">
        {t('firm.needs.matches')}
      </Link>
      {open && !need.publishedToBanksAt && (
        <Popconfirm
          title={t('firm.needs.publishConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(() => publish({ variables }), t('firm.needs.published'))}
        >
          <Button size="small" data-testid="need-publish">
            {t('firm.needs.publish')}
          </Button>
        </Popconfirm>
      )}
      {open && need.publishedToBanksAt && (
        <Popconfirm
          title={t('firm.needs.unpublishConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(() => unpublish({ variables }), t('firm.needs.unpublished'))}
        >
          <Button size="small" data-testid="need-unpublish">
            {t('firm.needs.unpublish')}
          </Button>
        </Popconfirm>
      )}
      {open && (
        <Popconfirm
          title={t('firm.needs.withdrawConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => run(() => withdraw({ variables }), t('firm.needs.withdrawn'))}
        >
          <Button size="small" danger data-testid="need-withdraw">
            {t('firm.needs.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
