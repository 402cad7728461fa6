// `npm run bench -- stats [--scale N]`: financingStatistics on the scale seed (100,000 firms,
// about 30,000 loans with their schedules and repayments by default). The service's statement
// is the plain set-based SQL over the base tables (no materialised view yet); the baseline is
// the cheapest useful question — the platform's totals for one month — so the ratios show what
// a longer range, a breakdown and an access predicate cost on top.
import { Actor, OrganizationType, Role } from '@zhirong/core';
import { StatisticsGroupBy, StatisticsService } from '@zhirong/stats';
import { benchDatabase, fmt, percentiles, printTable, timed } from './support';

export const description = 'financingStatistics on the scale seed: p50/p95 per question, ratio to the one-month platform totals';

const RUNS = 7;

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--scale');
  const scale = i >= 0 ? Number(args[i + 1]) : 100_000;
  const { dataSource } = await benchDatabase(scale);
  try {
    const service = new StatisticsService(dataSource);
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
    let baseline = 0;
    for (const q of questions) {
      await service.financingStatistics(q.actor, q.filter); // warm the cache: the figure is the query's, not the disk's
      const samples: number[] = [];
      let groups = 0;
      let count = 0;
      for (let r = 0; r < RUNS; r++) {
        const { ms, value } = await timed(() => service.financingStatistics(q.actor, q.filter));
        samples.push(ms);
        groups = value.groups.length;
        count = value.totals.newLoanCount;
      }
      const p = percentiles(samples);
      if (!baseline) baseline = p.p50;
      rows.push({ question: q.name, 'new loans': count, groups, p50: fmt(p.p50), p95: fmt(p.p95), 'ratio to baseline': `${(p.p50 / baseline).toFixed(2)}×` });
    }
    printTable(`financingStatistics over ${loans} loans and ${repayments} repayments (${scale} firms), ${RUNS} runs each, base tables`, rows);
  } finally {
    await dataSource.destroy();
  }
}
