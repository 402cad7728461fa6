import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useListParams } from './list-params';

/** The page a list shows lives in the URL (`after`), so a link reproduces the view. */
export function useAfterCursor(): [string | undefined, (cursor: string | null) => void] {
  const list = useListParams();
  return [list.after, list.setAfter];
}

/** First page and next page: keyset pages go forward; the browser's back button goes back. */
export function CursorPager({ total, endCursor, hasNextPage, onPage }: { total: number; endCursor: string | null; hasNextPage: boolean; onPage: (cursor: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <Space style={{ marginTop: 16 }}>
      <span>{t('pager.total', { count: total })}</span>
      <Button onClick={() => onPage(null)}>{t('pager.first')}</Button>
      <Button disabled={!hasNextPage} onClick={() => onPage(endCursor)} data-testid="next-page">
        {t('pager.next')}
      </Button>
    </Space>
  );
}
