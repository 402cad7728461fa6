import { isValidCreditCode } from '@zhirong/core';
import { IpType } from '@zhirong/ip-assets';
import { checkIpNumber } from '@zhirong/ip-assets';
import { GeneratorContext, generateEnterprises, generateProducts, seededCreditCode } from './generate';
import { SEED_REGIONS } from './vocab';

const ctx: GeneratorContext = {
  ns: 'scale',
  regions: new Map(SEED_REGIONS.map((r, i) => [r.code, { id: `region-${i}`, path: `path/${r.code}`, parentId: 'parent', isPark: r.code.includes('-') }])),
  valuerIds: ['valuer-1', 'valuer-2'],
  windowFor: () => 'window',
  needRatio: 0.2,
  assetsPerEnterprise: 5,
};

const BANKS = [
  { id: 'sh', regionPath: '310000' },
  { id: 'mh', regionPath: '310000/310112' },
  { id: 'hd', regionPath: '110000/110108' },
];
const PATHS = ['310000/310112', '310000/310117', '110000/110108', '410000/411500'];

describe('seed generator', () => {
  const batch = generateEnterprises(ctx, 0, 2000);

  it('gives the same data for the same seed', () => {
    expect(generateEnterprises(ctx, 100, 50)).toEqual(generateEnterprises(ctx, 100, 50));
    expect(generateProducts('scale', 0, 20, BANKS, PATHS)).toEqual(generateProducts('scale', 0, 20, BANKS, PATHS));
  });

  it('makes valid, unique credit codes', () => {
    const codes = batch.enterprises.map((e) => e.credit_code);
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(seededCreditCode('demo', 7, '310112')).not.toBe(seededCreditCode('scale', 7, '310112'));
  });

  it('makes unique IP numbers with correct patent check characters', () => {
    const numbers = batch.assets.map((a) => `${a.type}:${a.number}`);
    expect(new Set(numbers).size).toBe(numbers.length);
    const invalid = batch.assets.filter((a) => !checkIpNumber(a.type, a.number, 2026).valid);
    expect(invalid.map((a) => `${a.type} ${a.number}`)).toEqual([]);
    expect(batch.assets.some((a) => a.type === IpType.INVENTION_PATENT)).toBe(true);
  });

  it('shapes loans like the market: most needs under ¥20M, most under ¥10M', () => {
    const amounts = batch.needs.map((n) => BigInt(n.amount_fen));
    const share = (limitYuan: bigint) => amounts.filter((a) => a < limitYuan * 100n).length / amounts.length;
    expect(share(20_000_000n)).toBeGreaterThan(0.8);
    expect(share(10_000_000n)).toBeGreaterThan(0.6);
    expect(batch.needs.length / batch.enterprises.length).toBeGreaterThan(0.15);
  });

  it('bundles only a firm’s own assets', () => {
    const owner = new Map(batch.assets.map((a) => [a.id, a.enterprise_id]));
    const bundleOwner = new Map(batch.bundles.map((b) => [b.id, b.enterprise_id]));
    for (const link of batch.bundleAssets) expect(owner.get(link.ip_asset_id)).toBe(bundleOwner.get(link.bundle_id));
  });

  it('keeps pledge rates within 15–50% and rates within 3.5–6%', () => {
    for (const p of generateProducts('scale', 0, 500, BANKS, PATHS)) {
      for (const bp of Object.values(p.pledge_rates)) expect(bp).toBeGreaterThanOrEqual(1500), expect(bp).toBeLessThanOrEqual(5000);
      expect(p.min_rate_bp).toBeGreaterThanOrEqual(350);
      expect(p.max_rate_bp).toBeLessThanOrEqual(600);
      expect(BigInt(p.max_amount_fen)).toBeLessThanOrEqual(30_000_000n * 100n);
      expect(p.max_term_months).toBeLessThanOrEqual(36);
    }
  });

  it('offers each bank’s products only where the bank operates', () => {
    const products = generateProducts('scale', 0, 300, BANKS, PATHS);
    for (const p of products) {
      const bank = BANKS.find((b) => b.id === p.bank_organization_id)!;
      expect(p.region_paths.length).toBeGreaterThan(0);
      for (const path of p.region_paths) expect(path === bank.regionPath || path.startsWith(`${bank.regionPath}/`)).toBe(true);
    }
    expect(new Set(products.filter((p) => p.bank_organization_id === 'sh').map((p) => p.region_paths.join()))).toEqual(
      new Set(['310000', '310000/310112', '310000/310117', '310000/310112,310000/310117', '310000/310117,310000/310112']),
    );
  });

  it('gives firms up to three fiscal years of revenue ending at the profile’s figure, none before founding', () => {
    const byFirm = new Map<string, { year: number; revenue_fen: string }[]>();
    for (const v of batch.revenues) byFirm.set(v.enterprise_id, [...(byFirm.get(v.enterprise_id) ?? []), v]);
    for (const e of batch.enterprises) {
      const years = byFirm.get(e.id) ?? [];
      const founded = Number(e.founded_on.slice(0, 4));
      expect(years.length).toBe(Math.min(3, Math.max(0, 2025 - founded + 1)));
      if (years.length) expect(years[0]).toEqual({ enterprise_id: e.id, year: 2025, revenue_fen: e.annual_revenue_fen });
      for (const y of years) expect(y.year).toBeGreaterThanOrEqual(founded);
    }
  });
});
