import { Injectable } from '@nestjs/common';
import { CreditRating, EnterpriseTag } from '@zhirong/enterprises';
import { IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { DataSource } from 'typeorm';
import { AssetFacts, NeedFacts, ProductFacts } from './match-engine';

interface ProductRow {
  id: string;
  bank_organization_id: string;
  min_amount_fen: string;
  max_amount_fen: string;
  min_term_months: number;
  max_term_months: number;
  min_rate_bp: number;
  max_rate_bp: number;
  accepted_ip_types: IpType[];
  pledge_rates: Partial<Record<IpType, number>>;
  region_paths: string[];
  industries: string[];
  min_firm_age_years: number;
  required_tags: EnterpriseTag[];
  requires_no_dishonesty: boolean;
  min_credit_rating: CreditRating | null;
  guarantee_required: boolean;
  insurance_required: boolean;
  whitelist_only: boolean;
  bundle_allowed: boolean;
  status: string;
  active_from: string;
  active_until: string | null;
}

interface NeedRow {
  id: string;
  amount_fen: string;
  term_months: number;
  max_rate_bp: number;
  guarantee_acceptable: boolean;
  insurance_acceptable: boolean;
  bundle_id: string | null;
  enterprise_id: string;
  region_path: string;
  industry_code: string;
  founded_on: string;
  tags: EnterpriseTag[];
  declared_tags: EnterpriseTag[] | null;
  dishonest: boolean;
  credit_rating: CreditRating | null;
  whitelisted: string[];
}

interface AssetRow {
  bundle_id: string;
  id: string;
  type: IpType;
  legal_status: LegalStatus;
  pledge_status: PledgeStatus;
  expires_on: string | null;
  implemented: boolean;
  value_fen: string | null;
  valued_on: string | null;
  valid_until: string | null;
}

// Dates as text: node-pg would turn `date` into a local-time Date, and the engine compares `YYYY-MM-DD` strings.
const PRODUCT_COLUMNS = `p.id, p.bank_organization_id, p.min_amount_fen::text AS min_amount_fen, p.max_amount_fen::text AS max_amount_fen,
  p.min_term_months, p.max_term_months, p.min_rate_bp, p.max_rate_bp, p.accepted_ip_types::text[] AS accepted_ip_types, p.pledge_rates,
  p.region_paths::text[] AS region_paths, p.industries::text[] AS industries, p.min_firm_age_years, p.required_tags::text[] AS required_tags,
  p.requires_no_dishonesty, p.min_credit_rating::text AS min_credit_rating, p.guarantee_required, p.insurance_required, p.whitelist_only,
  p.bundle_allowed, p.status::text AS status, p.active_from::text AS active_from, p.active_until::text AS active_until`;

const NEED_COLUMNS = `n.id, n.amount_fen::text AS amount_fen, n.term_months, n.max_rate_bp, n.guarantee_acceptable, n.insurance_acceptable, n.bundle_id,
  e.id AS enterprise_id, e.region_path, e.industry_code, e.founded_on::text AS founded_on, e.tags::text[] AS tags, e.dishonest,
  e.credit_rating::text AS credit_rating,
  (SELECT ARRAY(SELECT jsonb_array_elements_text(d.value->'tags')) FROM enterprise_fact_declaration d
    WHERE d.enterprise_id = e.id AND d.fact = 'TAGS' AND d.status = 'PENDING') AS declared_tags,
  COALESCE((SELECT array_agg(b.bank_organization_id::text) FROM enterprise_bank_access b
             WHERE b.enterprise_id = e.id AND b.reason = 'WHITELIST_PUSH'), '{}') AS whitelisted`;

function toProduct(r: ProductRow): ProductFacts {
  return {
    id: r.id,
    bankOrganizationId: r.bank_organization_id,
    minAmountFen: BigInt(r.min_amount_fen),
    maxAmountFen: BigInt(r.max_amount_fen),
    minTermMonths: r.min_term_months,
    maxTermMonths: r.max_term_months,
    minRateBp: r.min_rate_bp,
    maxRateBp: r.max_rate_bp,
    acceptedIpTypes: r.accepted_ip_types,
    pledgeRates: r.pledge_rates,
    regionPaths: r.region_paths,
    industries: r.industries,
    minFirmAgeYears: r.min_firm_age_years,
    requiredTags: r.required_tags,
    requiresNoDishonesty: r.requires_no_dishonesty,
    minCreditRating: r.min_credit_rating,
    guaranteeRequired: r.guarantee_required,
    insuranceRequired: r.insurance_required,
    whitelistOnly: r.whitelist_only,
    bundleAllowed: r.bundle_allowed,
    status: r.status,
    activeFrom: r.active_from,
    activeUntil: r.active_until,
  };
}

function toAsset(r: AssetRow): AssetFacts {
  return {
    id: r.id,
    type: r.type,
    legalStatus: r.legal_status,
    pledgeStatus: r.pledge_status,
    expiresOn: r.expires_on,
    implemented: r.implemented,
    valuation:
      r.value_fen !== null && r.valued_on !== null && r.valid_until !== null
        ? { valueFen: BigInt(r.value_fen), valuedOn: r.valued_on, validUntil: r.valid_until }
        : null,
  };
}

/** The facts the engine needs, loaded in bulk with a handful of set-based queries. */
@Injectable()
export class MatchFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Products on offer on `today`: the only ones a recompute pairs needs with. */
  async activeProducts(today: string): Promise<ProductFacts[]> {
    const rows = await this.dataSource.query<ProductRow[]>(
      `SELECT ${PRODUCT_COLUMNS} FROM loan_product p
        WHERE p.status = 'ACTIVE' AND p.active_from <= $1::date AND (p.active_until IS NULL OR p.active_until >= $1::date)
        ORDER BY p.id`,
      [today],
    );
    return rows.map(toProduct);
  }

  /** Products by id whatever their status (explainMatch says why an inactive one fails). */
  async productsByIds(ids: readonly string[]): Promise<ProductFacts[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource.query<ProductRow[]>(`SELECT ${PRODUCT_COLUMNS} FROM loan_product p WHERE p.id = ANY($1::uuid[])`, [ids]);
    return rows.map(toProduct);
  }

  /**
   * A cheap fingerprint of the product library: any insert, update or delete
   * changes it, so the in-process product cache knows when to reload.
   */
  async productsVersion(): Promise<{ key: string; changedAt: Date | null }> {
    const [row] = await this.dataSource.query<{ max: Date | null; n: number }[]>('SELECT max(updated_at) AS max, count(*)::int AS n FROM loan_product');
    return { key: `${row.max?.toISOString() ?? '-'}:${row.n}`, changedAt: row.max };
  }

  /** Needs by id, any status: the caller decides what a closed need means. */
  async needsByIds(ids: readonly string[], today: string): Promise<(NeedFacts & { status: string })[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource.query<(NeedRow & { status: string })[]>(
      `SELECT ${NEED_COLUMNS}, n.status::text AS status FROM financing_need n JOIN enterprise e ON e.id = n.enterprise_id WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    const needs = await this.withAssets(rows, today);
    return needs.map((n, i) => ({ ...n, status: rows[i].status }));
  }

  /** Open needs, a page at a time in id order (keyset), for full recomputes. */
  async openNeedsPage(afterId: string | null, limit: number, today: string): Promise<NeedFacts[]> {
    const rows = await this.dataSource.query<NeedRow[]>(
      `SELECT ${NEED_COLUMNS} FROM financing_need n JOIN enterprise e ON e.id = n.enterprise_id
        WHERE n.status = 'OPEN' AND ($1::uuid IS NULL OR n.id > $1::uuid) ORDER BY n.id LIMIT $2`,
      [afterId, limit],
    );
    return this.withAssets(rows, today);
  }

  async openNeedIdsOfEnterprises(enterpriseIds: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM financing_need WHERE enterprise_id = ANY($1::uuid[]) AND status = 'OPEN'`, [enterpriseIds]);
    return rows.map((r) => r.id);
  }

  /** The bundles' assets with each one's latest valid valuation on `today` (DISTINCT ON, newest first). */
  private async withAssets(rows: NeedRow[], today: string): Promise<NeedFacts[]> {
    const bundleIds = [...new Set(rows.map((r) => r.bundle_id).filter((id): id is string => id !== null))];
    const assets = bundleIds.length
      ? await this.dataSource.query<AssetRow[]>(
          `SELECT pba.bundle_id, a.id, a.type::text AS type, a.legal_status::text AS legal_status, a.pledge_status::text AS pledge_status,
                  a.expires_on::text AS expires_on, a.implemented,
                  lv.value_fen::text AS value_fen, lv.valued_on::text AS valued_on, lv.valid_until::text AS valid_until
             FROM pledge_bundle_asset pba
             JOIN ip_asset a ON a.id = pba.ip_asset_id
             LEFT JOIN (
               SELECT DISTINCT ON (v.ip_asset_id) v.ip_asset_id, v.value_fen, v.valued_on, v.valid_until
                 FROM valuation v
                WHERE v.ip_asset_id IN (SELECT s.ip_asset_id FROM pledge_bundle_asset s WHERE s.bundle_id = ANY($1::uuid[]))
                  AND v.valued_on <= $2::date AND v.valid_until >= $2::date
                ORDER BY v.ip_asset_id, v.valued_on DESC, v.created_at DESC, v.id DESC
             ) lv ON lv.ip_asset_id = a.id
            WHERE pba.bundle_id = ANY($1::uuid[])
            ORDER BY pba.bundle_id, a.id`,
          [bundleIds, today],
        )
      : [];
    const byBundle = new Map<string, AssetFacts[]>();
    for (const a of assets) {
      const list = byBundle.get(a.bundle_id);
      if (list) list.push(toAsset(a));
      else byBundle.set(a.bundle_id, [toAsset(a)]);
    }
    return rows.map((r) => ({
      id: r.id,
      amountFen: BigInt(r.amount_fen),
      termMonths: r.term_months,
      maxRateBp: r.max_rate_bp,
      guaranteeAcceptable: r.guarantee_acceptable,
      insuranceAcceptable: r.insurance_acceptable,
      bundleId: r.bundle_id,
      assets: r.bundle_id ? (byBundle.get(r.bundle_id) ?? []) : [],
      enterprise: {
        id: r.enterprise_id,
        regionPath: r.region_path,
        industryCode: r.industry_code,
        foundedOn: r.founded_on,
        tags: r.tags,
        declaredTags: r.declared_tags ?? [],
        dishonest: r.dishonest,
        creditRating: r.credit_rating,
        whitelistedBankIds: new Set(r.whitelisted),
      },
    }));
  }

  /**
   * The newest change among the rows a need's matches depend on: the need, its
   * firm, its bundle, the bundle's assets and their valuations, the firm's
   * whitelist pushes and its declarations (named in the checks). Products are versioned separately (productsVersion).
   */
  async needChangedAt(needId: string): Promise<{ changedAt: Date; computedAt: Date | null; computedFor: string | null } | null> {
    const [row] = await this.dataSource.query<{ changed_at: Date; computed_at: Date | null; computed_for: string | null }[]>(
      `SELECT GREATEST(
                n.updated_at, e.updated_at, b.updated_at,
                (SELECT max(a.updated_at) FROM pledge_bundle_asset pba JOIN ip_asset a ON a.id = pba.ip_asset_id WHERE pba.bundle_id = n.bundle_id),
                (SELECT max(v.updated_at) FROM pledge_bundle_asset pba JOIN valuation v ON v.ip_asset_id = pba.ip_asset_id WHERE pba.bundle_id = n.bundle_id),
                (SELECT max(ba.created_at) FROM enterprise_bank_access ba WHERE ba.enterprise_id = n.enterprise_id AND ba.reason = 'WHITELIST_PUSH'),
                (SELECT max(d.updated_at) FROM enterprise_fact_declaration d WHERE d.enterprise_id = n.enterprise_id)
              ) AS changed_at,
              s.computed_at, s.computed_for::text AS computed_for
         FROM financing_need n
         JOIN enterprise e ON e.id = n.enterprise_id
         LEFT JOIN pledge_bundle b ON b.id = n.bundle_id
         LEFT JOIN match_need_state s ON s.need_id = n.id
        WHERE n.id = $1`,
      [needId],
    );
    return row ? { changedAt: row.changed_at, computedAt: row.computed_at, computedFor: row.computed_for } : null;
  }
}
