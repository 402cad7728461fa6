import { addDays, addYears, creditCodeCheckChar, CREDIT_CODE_ALPHABET } from '@zhirong/core';
import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { CollateralKind, IpType, LegalStatus, patentNumber, PatentTypeDigit, ValuationMethod } from '@zhirong/ip-assets';
import { Random, roundedFen, seededUuid } from './random';
import { BRAND_CHARS, COMPANY_SUFFIX, NEED_PURPOSES, PRODUCT_NAMES, SEED_BANKS, SEED_REGIONS, SOFTWARE_NAMES, TECH_FIELDS } from './vocab';

/** Seed data is dated relative to this day, so the same seed gives the same rows on any day. */
export const REFERENCE_DATE = '2026-11-01';

export interface SeedRegion {
  id: string;
  path: string;
  /** The district or city a park belongs to. */
  parentId: string | null;
  isPark: boolean;
}

export interface GeneratorContext {
  /** Namespace of ids and numbers: 'demo' and 'scale' never collide. */
  ns: 'demo' | 'scale';
  regions: Map<string, SeedRegion>;
  valuerIds: string[];
  /** The service window that files a need for a firm without accounts (代企业填报), by region code. */
  windowFor: (regionCode: string) => string;
  /** Share of firms that post an open financing need. */
  needRatio: number;
  assetsPerEnterprise: number;
}

const NS_CODE: Record<GeneratorContext['ns'], { org: string; serialBase: number }> = {
  demo: { org: 'M', serialBase: 0 },
  scale: { org: 'N', serialBase: 1_000_000 },
};

const CITY_PREFIX: Record<string, string> = { '31': '上海', '11': '北京', '52': '黔东南', '41': '信阳' };

const IP_TYPE_WEIGHTS: [IpType, number][] = [
  [IpType.INVENTION_PATENT, 35],
  [IpType.UTILITY_MODEL, 25],
  [IpType.DESIGN_PATENT, 5],
  [IpType.TRADEMARK, 15],
  [IpType.SOFTWARE_COPYRIGHT, 12],
  [IpType.COPYRIGHT, 3],
  [IpType.IC_LAYOUT, 3],
  [IpType.GEOGRAPHICAL_INDICATION, 1],
  [IpType.LICENSE_REVENUE_RIGHT, 1],
];

/** Typical appraised values in yuan per type (DOMAIN.md figures). */
const VALUE_RANGE: Record<IpType, [number, number]> = {
  [IpType.INVENTION_PATENT]: [1_000_000, 20_000_000],
  [IpType.UTILITY_MODEL]: [200_000, 3_000_000],
  [IpType.DESIGN_PATENT]: [100_000, 1_500_000],
  [IpType.TRADEMARK]: [500_000, 10_000_000],
  [IpType.SOFTWARE_COPYRIGHT]: [300_000, 5_000_000],
  [IpType.COPYRIGHT]: [100_000, 2_000_000],
  [IpType.IC_LAYOUT]: [500_000, 8_000_000],
  [IpType.GEOGRAPHICAL_INDICATION]: [1_000_000, 10_000_000],
  [IpType.LICENSE_REVENUE_RIGHT]: [500_000, 5_000_000],
};

const PATENT_DIGIT: Partial<Record<IpType, PatentTypeDigit>> = {
  [IpType.INVENTION_PATENT]: 1,
  [IpType.UTILITY_MODEL]: 2,
  [IpType.DESIGN_PATENT]: 3,
};

const ORG_CODE_SPACE = 31 ** 8;

function orgCode(ns: GeneratorContext['ns'], index: number): string {
  // A multiplicative permutation of the index: unique like a counter, random-looking like real codes.
  let n = Number((BigInt(index) * 387_420_489n + 12_345_677n) % BigInt(ORG_CODE_SPACE));
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CREDIT_CODE_ALPHABET[n % 31] + code;
    n = Math.floor(n / 31);
  }
  return NS_CODE[ns].org + code;
}

export function seededCreditCode(ns: GeneratorContext['ns'], index: number, division: string): string {
  const first17 = `91${division}${orgCode(ns, index)}`;
  return first17 + creditCodeCheckChar(first17);
}

export interface EnterpriseRow {
  id: string;
  credit_code: string;
  name: string;
  organization_id: string | null;
  region_id: string;
  region_path: string;
  park_id: string | null;
  industry_code: string;
  founded_on: string;
  employees: number;
  annual_revenue_fen: string;
  tags: string[];
  credit_rating: string | null;
  dishonest: boolean;
  contacts: object;
}

export interface AssetRow {
  id: string;
  type: IpType;
  number: string;
  title: string;
  abstract: string;
  enterprise_id: string;
  region_path: string;
  ipc_classes: string[];
  nice_classes: number[];
  filed_on: string;
  granted_on: string | null;
  expires_on: string | null;
  legal_status: LegalStatus;
  pledge_status: string;
  implemented: boolean;
}

export interface ValuationRow {
  id: string;
  ip_asset_id: string;
  valuer_organization_id: string;
  method: ValuationMethod;
  value_fen: string;
  valued_on: string;
  valid_until: string;
  note: string;
}

export interface BundleRow {
  id: string;
  enterprise_id: string;
  name: string;
  other_collateral: string[];
}

export interface NeedRow {
  id: string;
  enterprise_id: string;
  region_path: string;
  amount_fen: string;
  term_months: number;
  purpose: string;
  max_rate_bp: number;
  bundle_id: string | null;
  guarantee_acceptable: boolean;
  insurance_acceptable: boolean;
  status: string;
  created_by_organization_id: string;
}

export interface RevenueRow {
  enterprise_id: string;
  year: number;
  revenue_fen: string;
}

export interface EnterpriseBatch {
  enterprises: EnterpriseRow[];
  revenues: RevenueRow[];
  assets: AssetRow[];
  valuations: ValuationRow[];
  bundles: BundleRow[];
  bundleAssets: { bundle_id: string; ip_asset_id: string }[];
  needs: NeedRow[];
}

/**
 * Up to three fiscal years before REFERENCE_DATE's, ending at the profile's revenue: most firms grow
 * (−20% to +60% a year, the spread of small tech firms); none before the founding year. Its own
 * random stream, so adding it left every other generated value as it was.
 */
function revenueHistory(ns: string, index: number, enterprise: EnterpriseRow): RevenueRow[] {
  const r = new Random(`${ns}:revenue:${index}`);
  const rows: RevenueRow[] = [];
  let fen = BigInt(enterprise.annual_revenue_fen);
  const founded = Number(enterprise.founded_on.slice(0, 4));
  for (let year = Number(REFERENCE_DATE.slice(0, 4)) - 1, n = 0; n < 3 && year >= founded; year--, n++) {
    rows.push({ enterprise_id: enterprise.id, year, revenue_fen: fen.toString() });
    const growthPct = r.int(-20, 60);
    fen = (fen * 100n) / BigInt(100 + growthPct);
  }
  return rows;
}

/** Overrides for a firm the demo accounts depend on. */
export interface EnterpriseOverride {
  organizationId: string;
  name: string;
  creditCode: string;
  regionCode: string;
}

function generateAsset(r: Random, ctx: GeneratorContext, enterprise: EnterpriseRow, field: (typeof TECH_FIELDS)[number], assetIndex: number, brand: string, forcedType?: IpType): AssetRow {
  const type = forcedType ?? r.weighted(IP_TYPE_WEIGHTS);
  const serial = NS_CODE[ctx.ns].serialBase + assetIndex;
  const year = r.int(2013, 2025);
  const filedOn = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const subject = r.pick(field.subjects);
  const aim = r.pick(field.aims);
  const base = { id: seededUuid(ctx.ns, 'asset', assetIndex), type, enterprise_id: enterprise.id, region_path: enterprise.region_path, filed_on: filedOn, pledge_status: 'FREE', implemented: r.chance(0.7) };
  const drawn = r.weighted<LegalStatus>([[LegalStatus.VALID, 90], [LegalStatus.PENDING, 5], [LegalStatus.LAPSED_UNPAID_FEES, 3], [LegalStatus.INVALIDATED, 1], [LegalStatus.EXPIRED, 1]]);
  const legal_status = forcedType ? LegalStatus.VALID : drawn;
  switch (type) {
    case IpType.INVENTION_PATENT:
    case IpType.UTILITY_MODEL:
    case IpType.DESIGN_PATENT: {
      const term = type === IpType.INVENTION_PATENT ? 20 : type === IpType.UTILITY_MODEL ? 10 : 15;
      const pending = legal_status === LegalStatus.PENDING;
      const isMaterial = /材料|组合物|化合物|合金|塑料|薄膜|制剂|抗体|电解质|隔膜|疫苗/.test(subject);
      const title =
        type === IpType.DESIGN_PATENT ? `${subject}（外观）` : type === IpType.INVENTION_PATENT && isMaterial ? `一种${subject}及其制备方法` : `一种${subject}`;
      return {
        ...base,
        legal_status,
        number: patentNumber(year, PATENT_DIGIT[type]!, serial),
        title,
        abstract: `本${type === IpType.DESIGN_PATENT ? '外观设计' : '发明'}涉及${field.field}技术领域，公开了${title.replace(/^一种/, '一种')}，能够${aim}，适用于产业化应用。`,
        ipc_classes: type === IpType.DESIGN_PATENT ? [] : r.sample(field.ipc, r.int(1, 2)),
        nice_classes: [],
        granted_on: pending ? null : addDays(filedOn, r.int(200, 1000)),
        expires_on: addYears(filedOn, term),
      };
    }
    case IpType.TRADEMARK: {
      const classes = r.sample([9, 35, 42, 5, 10, 12, 7, 1, 29, 30, 31, 44], r.int(1, 3));
      return {
        ...base,
        legal_status,
        number: String(30_000_000 + serial),
        title: `“${brand}”商标`,
        abstract: `注册商标“${brand}”，核定使用于第${classes.join('、')}类商品/服务。`,
        ipc_classes: [],
        nice_classes: classes,
        granted_on: addDays(filedOn, r.int(270, 540)),
        expires_on: addYears(addDays(filedOn, 365), 10),
      };
    }
    case IpType.SOFTWARE_COPYRIGHT:
      return {
        ...base,
        legal_status,
        number: `${year}SR${String(serial).padStart(7, '0')}`,
        title: `${brand}${r.pick(SOFTWARE_NAMES)}V${r.int(1, 5)}.0`,
        abstract: `${brand}自主开发的计算机软件（software copyright），用于${field.field}领域的业务管理与数据分析。`,
        ipc_classes: [],
        nice_classes: [],
        granted_on: addDays(filedOn, r.int(30, 90)),
        expires_on: addYears(filedOn, 50),
      };
    case IpType.COPYRIGHT:
      return {
        ...base,
        legal_status,
        number: `国作登字-${year}-F-${String(serial).padStart(8, '0')}`,
        title: `${brand}品牌形象设计`,
        abstract: `美术作品，${brand}品牌视觉识别系统。`,
        ipc_classes: [],
        nice_classes: [],
        granted_on: addDays(filedOn, r.int(30, 120)),
        expires_on: addYears(filedOn, 50),
      };
    case IpType.IC_LAYOUT:
      return {
        ...base,
        legal_status,
        number: `BS.${String(year % 100).padStart(2, '0')}${String(serial).padStart(7, '0')}`,
        title: `${brand}${r.pick(['低功耗MCU', '电源管理芯片', '图像传感器', '射频收发芯片'])}布图设计`,
        abstract: '集成电路布图设计专有权，用于芯片量产。',
        ipc_classes: [],
        nice_classes: [],
        granted_on: addDays(filedOn, r.int(60, 200)),
        expires_on: addYears(filedOn, 10),
      };
    case IpType.GEOGRAPHICAL_INDICATION:
      return {
        ...base,
        legal_status: LegalStatus.VALID,
        number: `GI-${year}-${String(serial).padStart(7, '0')}`,
        title: r.pick(['信阳毛尖', '黔东南香禾糯', '凯里红酸汤', '松江大米']),
        abstract: '地理标志产品专用标志使用权。',
        ipc_classes: [],
        nice_classes: [],
        granted_on: filedOn,
        expires_on: null,
      };
    case IpType.LICENSE_REVENUE_RIGHT:
      return {
        ...base,
        legal_status: LegalStatus.VALID,
        number: `LIC-${year}-${String(serial).padStart(7, '0')}`,
        title: `${subject}专利许可收益权`,
        abstract: `基于${subject}相关专利的独占许可合同项下的许可费收益权。`,
        ipc_classes: [],
        nice_classes: [],
        granted_on: filedOn,
        expires_on: addYears(filedOn, 5),
      };
  }
}

/** Firms with their IP, valuations, pledge bundles and needs, for indexes [start, start+count). */
export function generateEnterprises(ctx: GeneratorContext, start: number, count: number, overrides = new Map<number, EnterpriseOverride>()): EnterpriseBatch {
  const batch: EnterpriseBatch = { enterprises: [], revenues: [], assets: [], valuations: [], bundles: [], bundleAssets: [], needs: [] };
  for (let i = start; i < start + count; i++) {
    const r = new Random(`${ctx.ns}:enterprise:${i}`);
    const override = overrides.get(i);
    const place = override ? SEED_REGIONS.find((p) => p.code === override.regionCode)! : r.weighted(SEED_REGIONS.map((p) => [p, p.weight] as const));
    const region = ctx.regions.get(place.code)!;
    const field = r.pick(TECH_FIELDS);
    const brand = r.pick(BRAND_CHARS) + r.pick(BRAND_CHARS);
    const foundedYear = r.int(2005, 2023);
    const revenueYuan = r.logUniform(2_000_000, 500_000_000);
    const enterprise: EnterpriseRow = {
      id: seededUuid(ctx.ns, 'enterprise', i),
      credit_code: override?.creditCode ?? seededCreditCode(ctx.ns, i, place.division),
      name: override?.name ?? `${CITY_PREFIX[place.code.slice(0, 2)]}${brand}${r.pick(COMPANY_SUFFIX)}`,
      organization_id: override?.organizationId ?? null,
      region_id: region.isPark ? region.parentId! : region.id,
      region_path: region.path,
      park_id: region.isPark ? region.id : null,
      industry_code: field.industry,
      founded_on: `${foundedYear}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      employees: Math.round(r.logUniform(8, 900)),
      annual_revenue_fen: roundedFen(revenueYuan).toString(),
      tags: [
        ...(r.chance(0.55) ? [EnterpriseTag.HIGH_TECH] : []),
        ...(r.chance(0.3) ? [EnterpriseTag.SPECIALIZED_NEW] : []),
        ...(r.chance(0.05) ? [EnterpriseTag.LITTLE_GIANT] : []),
        ...(r.chance(0.6) ? [EnterpriseTag.TECH_SME] : []),
        ...(r.chance(0.1) ? [EnterpriseTag.GAZELLE] : []),
      ],
      credit_rating: r.chance(0.9) ? r.weighted<CreditRating>([[CreditRating.AAA, 5], [CreditRating.AA, 20], [CreditRating.A, 35], [CreditRating.BBB, 25], [CreditRating.BB, 10], [CreditRating.B, 5]]) : null,
      dishonest: !override && r.chance(0.02),
      contacts: [{ name: `${r.pick(['王', '李', '张', '刘', '陈', '杨', '周', '吴'])}${r.pick(['总', '经理', '女士', '先生'])}`, title: '财务负责人', phone: `1${r.int(30, 99)}${String(r.int(0, 99_999_999)).padStart(8, '0')}` }],
    };
    batch.enterprises.push(enterprise);
    batch.revenues.push(...revenueHistory(ctx.ns, i, enterprise));

    const assets: AssetRow[] = [];
    for (let k = 0; k < ctx.assetsPerEnterprise; k++) {
      // A demo firm holds valid, valued patents, so its journeys show real matches.
      const forced = override ? (k % 3 === 2 ? IpType.UTILITY_MODEL : IpType.INVENTION_PATENT) : undefined;
      const asset = generateAsset(r, ctx, enterprise, field, i * ctx.assetsPerEnterprise + k, brand, forced);
      assets.push(asset);
      if (!r.chance(0.85) && !override) continue;
      const [low, high] = VALUE_RANGE[asset.type];
      const valuedOn = addDays(REFERENCE_DATE, -r.int(10, 330));
      if (r.chance(0.15) && !override) {
        // An older appraisal past its validity: history the rules must skip.
        const oldOn = addDays(valuedOn, -r.int(400, 700));
        batch.valuations.push({ id: seededUuid(ctx.ns, 'valuation-old', i * 100 + k), ip_asset_id: asset.id, valuer_organization_id: r.pick(ctx.valuerIds), method: ValuationMethod.MARKET, value_fen: roundedFen(r.logUniform(low, high)).toString(), valued_on: oldOn, valid_until: addDays(oldOn, 365), note: '' });
      }
      batch.valuations.push({
        id: seededUuid(ctx.ns, 'valuation', i * 100 + k),
        ip_asset_id: asset.id,
        valuer_organization_id: r.pick(ctx.valuerIds),
        method: r.weighted<ValuationMethod>([[ValuationMethod.INCOME, 60], [ValuationMethod.MARKET, 25], [ValuationMethod.COST, 15]]),
        value_fen: roundedFen(r.logUniform(low, high)).toString(),
        valued_on: valuedOn,
        valid_until: addDays(valuedOn, r.chance(0.9) ? 730 : 365),
        note: '',
      });
    }
    batch.assets.push(...assets);

    if (override || r.chance(ctx.needRatio)) {
      const pledgeable = assets.filter((a) => a.legal_status === LegalStatus.VALID);
      // A demo firm offers all its patents for a modest loan, so its matches show both fits and near misses.
      const bundleAssets = override ? pledgeable : r.sample(pledgeable, Math.min(pledgeable.length, r.int(1, 4)));
      let bundleId: string | null = null;
      if (bundleAssets.length) {
        bundleId = seededUuid(ctx.ns, 'bundle', i);
        batch.bundles.push({ id: bundleId, enterprise_id: enterprise.id, name: `${enterprise.name}知识产权组合`, other_collateral: r.chance(0.1) ? [CollateralKind.EQUITY] : [] });
        for (const a of bundleAssets) batch.bundleAssets.push({ bundle_id: bundleId, ip_asset_id: a.id });
      }
      // Over 80% of IP-pledge loans are under ¥20M, about 72% under ¥10M (DOMAIN.md).
      const amountYuan = r.weighted<[number, number]>([[[1_000_000, 5_000_000], 45], [[5_000_000, 10_000_000], 27], [[10_000_000, 20_000_000], 15], [[20_000_000, 50_000_000], 13]]);
      batch.needs.push({
        id: seededUuid(ctx.ns, 'need', i),
        enterprise_id: enterprise.id,
        region_path: enterprise.region_path,
        amount_fen: override ? (3_000_000n * 100n).toString() : roundedFen(r.logUniform(amountYuan[0], amountYuan[1]), 100_000).toString(),
        term_months: override ? 12 : r.pick([6, 12, 12, 12, 24, 24, 36]),
        purpose: r.pick(NEED_PURPOSES),
        max_rate_bp: override ? 550 : r.int(40, 70) * 10,
        bundle_id: bundleId,
        guarantee_acceptable: override ? true : r.chance(0.5),
        insurance_acceptable: override ? true : r.chance(0.4),
        status: 'OPEN',
        created_by_organization_id: enterprise.organization_id ?? ctx.windowFor(place.code),
      });
    }
  }
  return batch;
}

export interface ProductRow {
  id: string;
  bank_organization_id: string;
  name: string;
  description: string;
  min_amount_fen: string;
  max_amount_fen: string;
  min_term_months: number;
  max_term_months: number;
  min_rate_bp: number;
  max_rate_bp: number;
  accepted_ip_types: string[];
  pledge_rates: Partial<Record<IpType, number>>;
  region_paths: string[];
  industries: string[];
  min_firm_age_years: number;
  required_tags: string[];
  requires_no_dishonesty: boolean;
  min_credit_rating: string | null;
  guarantee_required: boolean;
  insurance_required: boolean;
  whitelist_only: boolean;
  bundle_allowed: boolean;
  batch_package: string | null;
  status: string;
  active_from: string;
  active_until: string | null;
}

/** The index-th seeded bank; past the named ones, numbered branches of them in the same region. */
export function seedBank(index: number): { name: string; region: string } {
  const base = SEED_BANKS[index % SEED_BANKS.length];
  if (index < SEED_BANKS.length) return base;
  return { name: `${base.name.replace(/(支行|分行|银行)$/, '')}第${Math.floor(index / SEED_BANKS.length) + 1}支行`, region: base.region };
}

/** A bank that issues seeded products, with the path of the region it serves. */
export interface ProductBank {
  id: string;
  regionPath: string;
}

/** IP-pledge products shaped like real ones: pledge rates 15–50%, terms ≤ 36 months, ¥1M–¥30M, 3.5%–6%. */
export function generateProducts(ns: string, start: number, count: number, banks: readonly ProductBank[], regionPaths: readonly string[]): ProductRow[] {
  const rows: ProductRow[] = [];
  for (let i = start; i < start + count; i++) {
    const r = new Random(`${ns}:product:${i}`);
    const accepted = r.weighted<IpType[]>([
      [[IpType.INVENTION_PATENT, IpType.UTILITY_MODEL], 35],
      [[IpType.INVENTION_PATENT, IpType.UTILITY_MODEL, IpType.TRADEMARK, IpType.SOFTWARE_COPYRIGHT], 30],
      [[IpType.TRADEMARK], 10],
      [[IpType.INVENTION_PATENT, IpType.UTILITY_MODEL, IpType.DESIGN_PATENT, IpType.TRADEMARK, IpType.SOFTWARE_COPYRIGHT, IpType.COPYRIGHT, IpType.IC_LAYOUT], 25],
    ]);
    const rateFor: Record<IpType, [number, number]> = {
      [IpType.INVENTION_PATENT]: [25, 50],
      [IpType.UTILITY_MODEL]: [15, 30],
      [IpType.DESIGN_PATENT]: [15, 25],
      [IpType.TRADEMARK]: [30, 50],
      [IpType.SOFTWARE_COPYRIGHT]: [20, 40],
      [IpType.COPYRIGHT]: [15, 30],
      [IpType.IC_LAYOUT]: [20, 40],
      [IpType.GEOGRAPHICAL_INDICATION]: [20, 40],
      [IpType.LICENSE_REVENUE_RIGHT]: [20, 40],
    };
    const pledgeRates = Object.fromEntries(accepted.map((t) => [t, r.int(rateFor[t][0], rateFor[t][1]) * 100])) as Partial<Record<IpType, number>>;
    const minAmount = r.pick([1, 1, 2, 3, 5]) * 1_000_000;
    const maxAmount = Math.max(minAmount * 2, r.pick([5, 10, 10, 20, 30]) * 1_000_000);
    const minRate = r.int(35, 45) * 10;
    const batch = r.chance(0.1);
    const bank = banks[i % banks.length];
    const served = regionPaths.filter((p) => p === bank.regionPath || p.startsWith(`${bank.regionPath}/`));
    rows.push({
      id: seededUuid(ns, 'product', i),
      bank_organization_id: bank.id,
      name: batch ? 'G60科创批次贷' : r.pick(PRODUCT_NAMES),
      description: '以企业合法拥有的专利权、商标专用权、著作权等知识产权作为质押物，为科技型中小企业提供的融资产品。',
      min_amount_fen: (BigInt(minAmount) * 100n).toString(),
      max_amount_fen: (BigInt(maxAmount) * 100n).toString(),
      min_term_months: r.pick([1, 3, 6]),
      max_term_months: r.pick([12, 24, 36, 36]),
      min_rate_bp: minRate,
      max_rate_bp: Math.min(600, minRate + r.int(5, 20) * 10),
      accepted_ip_types: accepted,
      pledge_rates: pledgeRates,
      // A bank lends where it operates: its whole region, or one or two districts of it.
      region_paths: served.length && r.chance(0.5) ? r.sample(served, r.int(1, Math.min(2, served.length))) : [bank.regionPath],
      industries: r.chance(0.7) ? [] : r.sample(['C', 'I', 'M', 'C39', 'C27'], r.int(1, 2)),
      min_firm_age_years: r.pick([0, 1, 2, 3]),
      required_tags: r.chance(0.3) ? [r.pick([EnterpriseTag.HIGH_TECH, EnterpriseTag.SPECIALIZED_NEW, EnterpriseTag.TECH_SME])] : [],
      requires_no_dishonesty: true,
      min_credit_rating: r.chance(0.5) ? r.pick([CreditRating.A, CreditRating.BBB, CreditRating.BB]) : null,
      guarantee_required: r.chance(0.2),
      insurance_required: r.chance(0.1),
      whitelist_only: r.chance(0.15),
      bundle_allowed: r.chance(0.85),
      batch_package: batch ? '松江区2026年知识产权质押融资批次包' : null,
      status: 'ACTIVE',
      active_from: '2026-01-01',
      active_until: r.chance(0.3) ? '2027-12-31' : null,
    });
  }
  return rows;
}
