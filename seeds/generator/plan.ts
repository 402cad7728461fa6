import { clock, OrganizationType, todayInShanghai } from '@zhirong/core';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { EnterpriseOverride, GeneratorContext, seedBank } from './generate';
import { loadEnterprises, LoadCounts, loadProducts, loadSeedRegions, SeedOrg, seedOrg, upsertOrganizations } from './load';
import { LoanCounts, loadScaleLoans } from './loans';
import { seededUuid } from './random';

/** The pg pool under TypeORM's connection, so seeds reuse it rather than open another. */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

const WINDOW_REGIONS = ['310112', '310117', '110108', '522600', '411500'];

export interface SeedPlan {
  ns: GeneratorContext['ns'];
  enterprises: number;
  products: number;
  /** Banks besides those already present (the demo banks). */
  extraBanks: number;
  needRatio: number;
  existingBankIds: string[];
  existingValuerIds: string[];
  existingWindowIds: Map<string, string>;
  overrides?: Map<number, EnterpriseOverride>;
  batchSize: number;
  /** Share of the generated firms with a loan (0.3: 100,000 firms → about 30,000 loans); none without it. */
  loanRatio?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Organisations, firms with their IP, valuations, bundles and needs, and bank products. */
export async function runSeedPlan(dataSource: DataSource, plan: SeedPlan): Promise<LoadCounts & LoanCounts & { products: number }> {
  const pool = poolOf(dataSource);
  const regions = await loadSeedRegions(pool);

  const valuers = Array.from({ length: 4 }, (_, i) =>
    seedOrg(plan.ns, 'valuer', i, ['上海东洲资产评估有限公司', '北京中和知识产权评估有限公司', '河南中原资产评估有限公司', '贵州黔诚资产评估有限公司'][i], OrganizationType.VALUER, ['310000', '110000', '410000', '520000'][i]),
  );
  const others: SeedOrg[] = [
    seedOrg(plan.ns, 'guarantor', 0, '北京中关村科技融资担保有限公司', OrganizationType.GUARANTOR, '110000'),
    seedOrg(plan.ns, 'guarantor', 1, '信阳市中小企业融资担保有限公司', OrganizationType.GUARANTOR, '411500'),
    seedOrg(plan.ns, 'insurer', 0, '申城财产保险股份有限公司', OrganizationType.INSURER, '310000'),
    seedOrg(plan.ns, 'insurer', 1, '京华财产保险股份有限公司', OrganizationType.INSURER, '110000'),
    seedOrg(plan.ns, 'insurer', 2, '黔中财产保险股份有限公司', OrganizationType.INSURER, '520000'),
    seedOrg(plan.ns, 'agency', 0, '上海专信知识产权代理有限公司', OrganizationType.AGENCY, '310000'),
    seedOrg(plan.ns, 'agency', 1, '北京金诚律师事务所', OrganizationType.AGENCY, '110000'),
    seedOrg(plan.ns, 'park', 0, '信阳高新区管理委员会', OrganizationType.PARK, '411500-GX'),
  ];
  const windows = WINDOW_REGIONS.filter((code) => !plan.existingWindowIds.has(code)).map((code, i) =>
    seedOrg(plan.ns, 'window', i, `${code === '310117' ? '松江区' : code === '110108' ? '海淀区' : code === '522600' ? '黔东南州' : code === '411500' ? '信阳市' : '闵行区'}知识产权金融服务窗口`, OrganizationType.SERVICE_WINDOW, code),
  );
  const banks = Array.from({ length: plan.extraBanks }, (_, i) => {
    const bank = seedBank(i + plan.existingBankIds.length);
    return seedOrg(plan.ns, 'bank', i, bank.name, OrganizationType.BANK, bank.region);
  });
  await upsertOrganizations(pool, [...valuers, ...others, ...windows, ...banks]);

  const windowIds = new Map(plan.existingWindowIds);
  WINDOW_REGIONS.forEach((code) => windowIds.set(code, windowIds.get(code) ?? windows.find((w) => w.regionCode === code)!.id));
  const windowFor = (regionCode: string) => windowIds.get(regionCode) ?? windowIds.get(WINDOW_REGIONS.find((w) => regionCode.startsWith(w)) ?? '310112')!;

  const ctx: GeneratorContext = {
    ns: plan.ns,
    regions,
    valuerIds: [...plan.existingValuerIds, ...valuers.map((v) => v.id)],
    windowFor,
    needRatio: plan.needRatio,
    assetsPerEnterprise: 5,
  };
  const counts = await loadEnterprises(pool, ctx, { start: 0, count: plan.enterprises, batchSize: plan.batchSize }, plan.overrides, (done) =>
    plan.onProgress?.(done, plan.enterprises),
  );
  const regionPaths = [...regions.values()].filter((r) => !r.isPark).map((r) => r.path);
  const products = await loadProducts(pool, plan.ns, { start: 0, count: plan.products, batchSize: 5000 }, [...plan.existingBankIds, ...banks.map((b) => b.id)], regionPaths);
  const loans = await loadScaleLoans(
    pool,
    Array.from({ length: plan.enterprises }, (_, i) => seededUuid(plan.ns, 'enterprise', i)),
    Array.from({ length: plan.products }, (_, i) => seededUuid(plan.ns, 'product', i)),
    plan.loanRatio ?? 0,
    todayInShanghai(clock.now()),
  );
  return { ...counts, products, ...loans };
}
