import { IdentityModule } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { PolicyStatus, RegionalPolicy } from './entities/regional-policy.entity';
import { PolicyModule } from './policy.module';
import { seedReferencePolicies } from './policy.seed';
import { PolicyService } from './policy.service';

jest.setTimeout(60_000);

describe('regional policy: effective version up the region tree', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let service: PolicyService;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, PolicyModule]);
    f = await createIdentityFixture(t);
    service = t.module.get(PolicyService);
  });
  afterAll(() => t.close());

  it('every database has the national default from its migration: 7 working days, no subsidies', async () => {
    const effective = await service.effectiveFor(t.dataSource.manager, f.regions.minhang.id, '2026-06-01');
    expect(effective.national).toBe(true);
    expect(effective.sourceRegionId).toBeNull();
    expect(effective.rules.registration).toEqual({ onlineWorkingDays: 7, offlineWorkingDays: 7, warnBeforeHours: 24 });
    expect(effective.rules.overdue.defaultAfterDaysPastDue).toBe(90);
    expect(effective.rules.interestSubsidy).toBeUndefined();
  });

  it("seeds the documents' regions once; a park inherits its district, a district its province", async () => {
    await t.dataSource.transaction((m) => seedReferencePolicies(m));
    await t.dataSource.transaction((m) => seedReferencePolicies(m));
    // The fixture has Minhang, Songjiang and Beijing (not Qiandongnan or Xinyang): three versions plus the national one.
    const rows = await t.dataSource.manager.find(RegionalPolicy);
    expect(rows).toHaveLength(4);

    const minhang = await service.effectiveFor(t.dataSource.manager, f.regions.minhang.id, '2026-06-01');
    expect(minhang.sourceRegionCode).toBe('310112');
    expect(minhang.rules.interestSubsidy).toMatchObject({ ratioBp: 5000, allowIfEverOverdue: false });
    expect(minhang.rules.citations?.interestSubsidy?.document).toBe('minhang-ip-pledge-pilot');
    expect(minhang.rules.registration.onlineWorkingDays).toBe(7);

    const g60 = await service.effectiveFor(t.dataSource.manager, f.regions.g60.id, '2026-06-01');
    expect(g60.sourceRegionCode).toBe('310117');
    expect(g60.sourceRegionName).toBe('松江区');
    expect(g60.rules.riskCompensation).toMatchObject({ requireFailedRecovery: true, excludeBatchPackage: true });

    const haidian = await service.effectiveFor(t.dataSource.manager, f.regions.haidian.id, '2026-06-01');
    expect(haidian.sourceRegionCode).toBe('110000');
    expect(haidian.rules.registration).toMatchObject({ onlineWorkingDays: 1, offlineWorkingDays: 3 });

    // Shanghai itself has no version of its own: the national default.
    expect((await service.effectiveFor(t.dataSource.manager, f.regions.shanghai.id, '2026-06-01')).national).toBe(true);
  });

  it('honours validity dates and ignores drafts', async () => {
    // Before Minhang's version starts (2024-01-01) the national default applies.
    expect((await service.effectiveFor(t.dataSource.manager, f.regions.minhang.id, '2023-12-31')).national).toBe(true);
    // A draft starting later changes nothing; once published it applies from its first day.
    const base = await service.effectiveFor(t.dataSource.manager, f.regions.minhang.id, '2026-06-01');
    const draft = await t.dataSource.manager.save(
      t.dataSource.manager.create(RegionalPolicy, {
        regionId: f.regions.minhang.id,
        version: 2,
        validFrom: '2027-01-01',
        validTo: null,
        status: PolicyStatus.DRAFT,
        rules: { ...base.rules, interestSubsidy: { ratioBp: 6000, allowIfEverOverdue: true } },
        note: 'test',
      }),
    );
    expect((await service.effectiveFor(t.dataSource.manager, f.regions.minhang.id, '2027-02-01')).policy.version).toBe(1);
    await t.dataSource.manager.update(RegionalPolicy, { id: draft.id }, { status: PolicyStatus.PUBLISHED, publishedAt: new Date() });
    await t.dataSource.manager.update(RegionalPolicy, { id: base.policy.id }, { validTo: '2026-12-31' });
    expect((await service.effectiveFor(t.dataSource.manager, f.regions.minhang.id, '2026-12-31')).policy.version).toBe(1);
    const later = await service.effectiveFor(t.dataSource.manager, f.regions.minhang.id, '2027-01-01');
    expect(later.policy.version).toBe(2);
    expect(later.rules.interestSubsidy?.ratioBp).toBe(6000);
  });

  it('an unknown region is NOT_FOUND', async () => {
    await expect(service.effectiveFor(t.dataSource.manager, '00000000-0000-4000-8000-000000000000', '2026-06-01')).rejects.toMatchObject({ reason: 'NOT_FOUND' });
  });
});
