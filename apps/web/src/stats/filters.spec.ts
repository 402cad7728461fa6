import { monthOf, narrowTo, readFilter, writeFilter } from './filters';

const NOW = new Date('2026-12-31T17:00:00Z'); // already 2027-01-01 01:00 in Shanghai
const BANK = '3f1c2a52-6a43-4c1e-9a53-2f1f5d1d7a01';

describe('dashboard filters in the URL', () => {
  it('defaults to the last twelve months by bank, on the Shanghai calendar', () => {
    expect(monthOf(NOW)).toBe('2027-01');
    expect(readFilter(new URLSearchParams(), NOW)).toEqual({ from: '2026-02', to: '2027-01', groupBy: 'BANK' });
  });

  it('reads what it wrote, drops malformed parts and orders a reversed range', () => {
    const f = { from: '2026-01', to: '2026-06', groupBy: 'MONTH' as const, bankId: BANK };
    expect(readFilter(writeFilter(f), NOW)).toEqual(f);
    expect(readFilter(new URLSearchParams('from=2026-13&to=2026-03&groupBy=NOPE&bankId=x'), NOW)).toEqual({ from: '2026-02', to: '2026-03', groupBy: 'BANK' });
    expect(readFilter(new URLSearchParams('from=2026-06&to=2026-01'), NOW)).toMatchObject({ from: '2026-01', to: '2026-06' });
  });

  it('narrows to a clicked bank and shows its months; a month or "no park" row changes nothing', () => {
    const f = readFilter(new URLSearchParams('from=2026-01&to=2026-06&groupBy=BANK'), NOW);
    expect(narrowTo(f, BANK)).toEqual({ ...f, bankId: BANK, groupBy: 'MONTH' });
    expect(narrowTo({ ...f, groupBy: 'MONTH' }, '2026-02')).toEqual({ ...f, groupBy: 'MONTH' });
    expect(narrowTo({ ...f, groupBy: 'PARK' }, '')).toEqual({ ...f, groupBy: 'PARK' });
  });
});
