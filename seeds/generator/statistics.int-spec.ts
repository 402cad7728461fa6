import { Actor, OrganizationType, Role } from '@zhirong/core';
import { createDataSource } from '@zhirong/persistence';
import { createTestDatabase, TestDatabase } from '@zhirong/platform/testing';
import { FinancingStatistics, StatisticsFilter, StatisticsGroupBy, StatisticsRefresh, StatisticsService, StatisticsSource } from '@zhirong/stats';
import { DataSource } from 'typeorm';
import { seedDemo } from '../demo';
import { runSeedPlan } from './plan';

jest.setTimeout(240_000);

/**
 * The materialised view against the base tables on seeded data: the demo seed (loans in every
 * state) plus 1,500 generated firms with about 450 loans, their repayments and registrations.
 * Every breakdown, for the platform, an office, a bank, over one month, a year and three years,
 * must give the same figures from both sources.
 */
describe('statistics: the view equals the base-table SQL on seeded data', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: StatisticsService;
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, 4);
    await dataSource.initialize();
    await seedDemo(dataSource);
    await runSeedPlan(dataSource, {
      ns: 'scale',
      enterprises: 1500,
      products: 150,
      extraBanks: 12,
      existingBankIds: [],
      existingValuerIds: [],
      existingWindowIds: new Map(),
      needRatio: 0.2,
      loanRatio: 0.3,
      batchSize: 1500,
    });
    const refreshes = new StatisticsRefresh(dataSource);
    await refreshes.refresh();
    service = new StatisticsService(dataSource, refreshes);
    const [bank] = (await dataSource.query(`select bank_organization_id as id from loan group by 1 order by count(*) desc limit 1`)) as { id: string }[];
    const [district] = (await dataSource.query(`select region_path from loan group by 1 order by count(*) desc limit 1`)) as { region_path: string }[];
    actors.platform = {
      userId: '00000000-0000-4000-8000-000000000001',
      email: 'test@zhirong.test',
      roles: [Role.PLATFORM_ADMIN],
      organizationId: '00000000-0000-4000-8000-000000000002',
      organizationType: OrganizationType.PLATFORM,
      regionPath: '',
    };
    actors.office = { ...actors.platform, roles: [Role.GOV_OFFICER], organizationType: OrganizationType.GOVERNMENT_OFFICE, regionPath: district.region_path };
    actors.bank = { ...actors.platform, roles: [Role.BANK_OFFICER], organizationType: OrganizationType.BANK, organizationId: bank.id };
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  // Groups of equal amounts and labels may come in either order: compare them by key.
  const comparable = (s: FinancingStatistics) => ({
    totals: s.totals,
    previousYear: s.previousYear,
    yearOnYear: s.yearOnYear,
    groups: [...s.groups].sort((a, b) => a.key.localeCompare(b.key)),
  });

  const ranges = [
    { from: '2026-11', to: '2026-11' },
    { from: '2025-12', to: '2026-11' },
    { from: '2023-12', to: '2026-11' },
  ];
  const groupings = [undefined, ...Object.values(StatisticsGroupBy)];

  it.each(['platform', 'office', 'bank'])('gives %s the same figures from both sources, for every range and breakdown', async (who) => {
    let loans = 0;
    for (const range of ranges) {
      for (const groupBy of groupings) {
        const filter: StatisticsFilter = { ...range, groupBy };
        const base = await service.financingStatistics(actors[who], { ...filter, source: StatisticsSource.BASE_TABLES });
        const view = await service.financingStatistics(actors[who], { ...filter, source: StatisticsSource.MATERIALISED_VIEW });
        expect({ filter, ...comparable(view) }).toEqual({ filter, ...comparable(base) });
        loans += base.totals.newLoanCount;
      }
    }
    // Not a comparison of two empty answers.
    expect(loans).toBeGreaterThan(0);
  });

  it('agrees on defaulted loans: the non-performing balance is there to compare', async () => {
    const base = await service.financingStatistics(actors.platform, { from: '2023-12', to: '2026-11', source: StatisticsSource.BASE_TABLES });
    expect(BigInt(base.totals.nonPerformingBalance.amountFen)).toBeGreaterThan(0n);
    expect(base.totals.pledgedPatents).toBeGreaterThan(0);
  });
});
