import { useSearchParams } from 'react-router';

/**
 * A list's view lives in the URL — filters, sort and page cursor — so a link reproduces it.
 * Changing a filter or the sort goes back to the first page.
 */
export interface ListParams {
  /** A filter's value, or undefined when not set. */
  get(name: string): string | undefined;
  /** A multi-valued filter (repeated parameter). */
  getAll(name: string): string[];
  /** Sets filters (undefined, '' or [] removes one) and returns to the first page. */
  set(patch: Record<string, string | string[] | undefined | null>): void;
  after: string | undefined;
  setAfter(cursor: string | null): void;
  sort: { field: string; direction: 'ASC' | 'DESC' } | undefined;
  setSort(field: string | undefined, direction?: 'ASC' | 'DESC'): void;
}

export function useListParams(): ListParams {
  const [params, setParams] = useSearchParams();
  const update = (change: (next: URLSearchParams) => void) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      change(next);
      return next;
    });
  const sortParam = params.get('sort');
  const [field, direction] = sortParam ? sortParam.split(':') : [];
  return {
    get: (name) => params.get(name) ?? undefined,
    getAll: (name) => params.getAll(name),
    set: (patch) =>
      update((next) => {
        for (const [name, value] of Object.entries(patch)) {
          next.delete(name);
          for (const v of Array.isArray(value) ? value : value ? [value] : []) next.append(name, v);
        }
        next.delete('after');
      }),
    after: params.get('after') ?? undefined,
    setAfter: (cursor) => update((next) => (cursor ? next.set('after', cursor) : next.delete('after'))),
    sort: field ? { field, direction: direction === 'ASC' ? 'ASC' : 'DESC' } : undefined,
    setSort: (f, d = 'ASC') =>
      update((next) => {
        if (f) next.set('sort', `${f}:${d}`);
        else next.delete('sort');
        next.delete('after');
      }),
  };
}

/** antd's sort order of a column from the URL's sort. */
export function sortOrderOf(list: ListParams, field: string): 'ascend' | 'descend' | null {
  if (list.sort?.field !== field) return null;
  return list.sort.direction === 'ASC' ? 'ascend' : 'descend';
}
