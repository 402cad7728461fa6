// `npm run bench -- stats [--scale N]`: financingStatistics on the scale seed (100,000 firms,
// about 30,000 loans with their schedules and repayments by default), each question answered
// from the base tables (the set-based SQL: the baseline) and from the materialised per-loan-month
// facts, in the same run, alternating, so the ratio compares like with like. Also the time of
// one REFRESH MATERIALIZED VIEW CONCURRENTLY (what a debounced refresh costs).
import { Actor, OrganizationType, Role } from '@zhirong/core';
import { StatisticsGroupBy, StatisticsRefresh, StatisticsService, StatisticsSource } from '@zhirong/stats';
import { benchDatabase, fmt, percentiles, printTable, timed } from './support';

export const description = 'financingStatistics on the scale seed: p50/p95 per question from the base tables and from the materialised view, and their ratio';

const RUNS = 7;

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--scale');
  const scale = i >= 0 ? Number(args[i + 1]) : 100_000;
  const { dataSource } = await benchDatabase(scale);
  try {
    const refreshes = new StatisticsRefresh(dataSource);
    const service = new StatisticsService(dataSource, refreshes);
    const refreshSamples: number[] = [];
    for (let r = 0; r < 3; r++) refreshSamples.push((await refreshes.refresh()).tookMs);
    const [{ facts }] = (await dataSource.query('select count(*)::int as facts from loan_month_fact')) as { facts: number }[];
    const [{ loans, repayments }] = (await dataSource.query('select (select count(*) from loan)::int as loans, (select count(*) from repayment)::int as repayments')) as {
      loans: number;
      repayments: number;
    }[];
    const [bank] = (await dataSource.query(`select bank_organization_id as id from loan group by 1 order by count(*) desc limit 1`)) as { id: string }[];
    const [district] = (await dataSource.query(`select region_path from loan group by 1 order by count(*) desc limit 1`)) as { region_path: string }[];
    const platform: Actor = {
      userId: '00000000-0000-4000-8000-000000000001',
      email: 'bench@zhirong.test',
      roles: [Role.PLATFORM_ADMIN],
      organizationId: '00000000-0000-4000-8000-000000000002',
      organizationType: OrganizationType.PLATFORM,
      regionPath: '',
    };
    const office: Actor = { ...platform, roles: [Role.GOV_OFFICER], organizationType: OrganizationType.GOVERNMENT_OFFICE, regionPath: district.region_path };
    const banker: Actor = { ...platform, roles: [Role.BANK_OFFICER], organizationType: OrganizationType.BANK, organizationId: bank.id };
    const year = { from: '2025-12', to: '2026-11' };
    const questions: { name: string; actor: Actor; filter: Parameters<StatisticsService['financingStatistics']>[1] }[] = [
      { name: 'platform, one month (baseline)', actor: platform, filter: { from: '2026-11', to: '2026-11' } },
      { name: 'platform, 12 months', actor: platform, filter: year },
      { name: 'platform, 36 months by MONTH', actor: platform, filter: { from: '2023-12', to: '2026-11', groupBy: StatisticsGroupBy.MONTH } },
      { name: 'platform, 12 months by BANK', actor: platform, filter: { ...year, groupBy: StatisticsGroupBy.BANK } },
      { name: 'platform, 12 months by PRODUCT', actor: platform, filter: { ...year, groupBy: StatisticsGroupBy.PRODUCT } },
      { name: 'platform, 12 months by REGION', actor: platform, filter: { ...year, groupBy: StatisticsGroupBy.REGION } },
      { name: `office ${district.region_path}, 12 months by MONTH`, actor: office, filter: { ...year, groupBy: StatisticsGroupBy.MONTH } },
      { name: 'busiest bank, 12 months by PRODUCT', actor: banker, filter: { ...year, groupBy: StatisticsGroupBy.PRODUCT } },
    ];
    const rows: Record<string, string | number>[] = [];
    for (const q of questions) {
      const samples = { base: [] as number[], view: [] as number[] };
      const ask = (source: StatisticsSource) => service.financingStatistics(q.actor, { ...q.filter, source });
      // Warm both: the figure is the query's, not the disk's; and both must agree.
      const [base, view] = [await ask(StatisticsSource.BASE_TABLES), await ask(StatisticsSource.MATERIALISED_VIEW)];
      // Groups with equal amounts and labels may come in either order: compare them by key.
      const byKey = (s: typeof base) => JSON.stringify([s.totals, [...s.groups].sort((a, b) => a.key.localeCompare(b.key))]);
      const same = byKey(base) === byKey(view);
      for (let r = 0; r < RUNS; r++) {
        samples.base.push((await timed(() => ask(StatisticsSource.BASE_TABLES))).ms);
        samples.view.push((await timed(() => ask(StatisticsSource.MATERIALISED_VIEW))).ms);
      }
      const b = percentiles(samples.base);
      const v = percentiles(samples.view);
      rows.push({
        question: q.name,
        'new loans': base.totals.newLoanCount,
        groups: base.groups.length,
        'base p50': fmt(b.p50),
        'base p95': fmt(b.p95),
        'view p50': fmt(v.p50),
        'view p95': fmt(v.p95),
        'base ÷ view (p50)': `${(b.p50 / v.p50).toFixed(1)}×`,
        'same figures': same ? 'yes' : 'NO',
      });
    }
    printTable(`financingStatistics over ${loans} loans and ${repayments} repayments (${scale} firms; ${facts} loan-month facts), ${RUNS} runs each per source`, rows);
    const rp = percentiles(refreshSamples);
    console.log(`REFRESH MATERIALIZED VIEW CONCURRENTLY loan_month_fact: p50 ${fmt(rp.p50)} over ${refreshSamples.length} runs`);
  } finally {
    await dataSource.destroy();
  }
}
