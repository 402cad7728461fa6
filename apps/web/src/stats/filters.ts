// The dashboard's filter lives in the URL (shareable, back button), read and written here.

export const GROUP_BYS = ['MONTH', 'REGION', 'BANK', 'PRODUCT', 'PARK', 'EVENT'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The narrowing filters by id, and the breakdown they narrow to when a group row is clicked. */
export const ID_FILTERS = [
  { key: 'regionId', groupBy: 'REGION' },
  { key: 'bankId', groupBy: 'BANK' },
  { key: 'productId', groupBy: 'PRODUCT' },
  { key: 'parkId', groupBy: 'PARK' },
  { key: 'eventId', groupBy: 'EVENT' },
] as const;
export type IdFilter = (typeof ID_FILTERS)[number]['key'];

export interface DashboardFilter {
  from: string;
  to: string;
  groupBy: GroupBy;
  regionId?: string;
  bankId?: string;
  productId?: string;
  parkId?: string;
  eventId?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `YYYY-MM` of a date in Asia/Shanghai, `months` earlier. */
export function monthOf(now: Date, monthsBack = 0): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number);
  const k = y * 12 + (m - 1) - monthsBack;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** The filter in the URL; missing or malformed parts fall back to the last twelve months by bank. */
export function readFilter(params: URLSearchParams, now: Date): DashboardFilter {
  const month = (key: string, fallback: string) => {
    const v = params.get(key);
    return v && MONTH.test(v) ? v : fallback;
  };
  let from = month('from', monthOf(now, 11));
  let to = month('to', monthOf(now));
  if (from > to) [from, to] = [to, from];
  const g = params.get('groupBy');
  const filter: DashboardFilter = { from, to, groupBy: (GROUP_BYS as readonly string[]).includes(g ?? '') ? (g as GroupBy) : 'BANK' };
  for (const { key } of ID_FILTERS) {
    const v = params.get(key);
    if (v && UUID.test(v)) filter[key] = v;
  }
  return filter;
}

export function writeFilter(filter: DashboardFilter): URLSearchParams {
  const params = new URLSearchParams({ from: filter.from, to: filter.to, groupBy: filter.groupBy });
  for (const { key } of ID_FILTERS) {
    const v = filter[key];
    if (v) params.set(key, v);
  }
  return params;
}

/** Clicking a group narrows to it: a bank row sets bankId (and breaks down by month); a month or a loan without a park/event does not. */
export function narrowTo(filter: DashboardFilter, key: string): DashboardFilter {
  const hit = ID_FILTERS.find((f) => f.groupBy === filter.groupBy);
  if (!hit || !UUID.test(key)) return filter;
  return { ...filter, [hit.key]: key, groupBy: 'MONTH' };
}
