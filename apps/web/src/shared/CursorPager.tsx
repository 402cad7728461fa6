import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** The page a list shows lives in the URL (`after`), so a link reproduces the view. */
export function useAfterCursor(): [string | undefined, (cursor: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const go = (cursor: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (cursor) next.set('after', cursor);
      else next.delete('after');
      return next;
    });
  return [after, go];
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
