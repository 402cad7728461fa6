import { OrganizationType } from '@zhirong/core';
import { Pool, PoolClient } from 'pg';
import { copyRows, Json } from './copy';
import { EnterpriseBatch, EnterpriseOverride, GeneratorContext, generateEnterprises, generateProducts, ProductBank, ProductRow, SeedRegion } from './generate';
import { seededUuid } from './random';
import { SEED_REGIONS } from './vocab';

export interface SeedOrg {
  id: string;
  name: string;
  type: OrganizationType;
  regionCode: string;
}

async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

/** The regions the generator places firms in; they come from the demo identity seed. */
export async function loadSeedRegions(pool: Pool): Promise<Map<string, SeedRegion>> {
  const { rows } = await pool.query<{ id: string; code: string; path: string; parent_id: string | null; level: string }>(
    'select id, code, path, parent_id, level from region where code = any($1)',
    [SEED_REGIONS.map((r) => r.code)],
  );
  const map = new Map(rows.map((r) => [r.code, { id: r.id, path: r.path, parentId: r.parent_id, isPark: r.level === 'PARK' }]));
  const missing = SEED_REGIONS.filter((r) => !map.has(r.code)).map((r) => r.code);
  if (missing.length) throw new Error(`regions ${missing.join(', ')} are missing: run the demo seed first`);
  return map;
}

/** Organisations with deterministic ids; existing ones are kept. */
export async function upsertOrganizations(pool: Pool, orgs: SeedOrg[]): Promise<void> {
  if (!orgs.length) return;
  await pool.query(
    `insert into organization (id, name, type, region_id)
     select o.id, o.name, o.type::organization_type, r.id
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as o(id, name, type, region_code)
       join region r on r.code = o.region_code
     on conflict (id) do nothing`,
    [orgs.map((o) => o.id), orgs.map((o) => o.name), orgs.map((o) => o.type), orgs.map((o) => o.regionCode)],
  );
}

export function seedOrg(ns: string, kind: string, index: number, name: string, type: OrganizationType, regionCode: string): SeedOrg {
  return { id: seededUuid(ns, `org-${kind}`, index), name, type, regionCode };
}

const ENTERPRISE_COLUMNS = ['id', 'credit_code', 'name', 'organization_id', 'region_id', 'region_path', 'park_id', 'industry_code', 'founded_on', 'employees', 'annual_revenue_fen', 'tags', 'credit_rating', 'dishonest', 'contacts'] as const;
const ASSET_COLUMNS = ['id', 'type', 'number', 'title', 'abstract', 'enterprise_id', 'region_path', 'ipc_classes', 'nice_classes', 'filed_on', 'granted_on', 'expires_on', 'legal_status', 'pledge_status', 'implemented'] as const;
const VALUATION_COLUMNS = ['id', 'ip_asset_id', 'valuer_organization_id', 'method', 'value_fen', 'valued_on', 'valid_until', 'note'] as const;
const BUNDLE_COLUMNS = ['id', 'enterprise_id', 'name', 'other_collateral'] as const;
const NEED_COLUMNS = ['id', 'enterprise_id', 'region_path', 'amount_fen', 'term_months', 'purpose', 'max_rate_bp', 'bundle_id', 'guarantee_acceptable', 'insurance_acceptable', 'status', 'created_by_organization_id'] as const;
const PRODUCT_COLUMNS = ['id', 'bank_organization_id', 'name', 'description', 'min_amount_fen', 'max_amount_fen', 'min_term_months', 'max_term_months', 'min_rate_bp', 'max_rate_bp', 'accepted_ip_types', 'pledge_rates', 'region_paths', 'industries', 'min_firm_age_years', 'required_tags', 'requires_no_dishonesty', 'min_credit_rating', 'guarantee_required', 'insurance_required', 'whitelist_only', 'bundle_allowed', 'batch_package', 'status', 'active_from', 'active_until'] as const;

const JSON_COLUMNS = new Set(['contacts', 'pledge_rates']);

function columnsOf<R extends object>(rows: R[], columns: readonly (keyof R & string)[]) {
  return rows.map((row) => columns.map((c) => (JSON_COLUMNS.has(c) ? new Json(row[c]) : row[c]) as never));
}

async function writeBatch(client: PoolClient, batch: EnterpriseBatch): Promise<void> {
  await copyRows(client, 'enterprise', [...ENTERPRISE_COLUMNS], columnsOf(batch.enterprises, ENTERPRISE_COLUMNS));
  await copyRows(client, 'enterprise_annual_revenue', ['enterprise_id', 'year', 'revenue_fen'], batch.revenues.map((v) => [v.enterprise_id, v.year, v.revenue_fen]));
  await copyRows(client, 'ip_asset', [...ASSET_COLUMNS], columnsOf(batch.assets, ASSET_COLUMNS));
  await copyRows(client, 'valuation', [...VALUATION_COLUMNS], columnsOf(batch.valuations, VALUATION_COLUMNS));
  await copyRows(client, 'pledge_bundle', [...BUNDLE_COLUMNS], columnsOf(batch.bundles, BUNDLE_COLUMNS));
  await copyRows(client, 'pledge_bundle_asset', ['bundle_id', 'ip_asset_id'], batch.bundleAssets.map((b) => [b.bundle_id, b.ip_asset_id]));
  await copyRows(client, 'financing_need', [...NEED_COLUMNS], columnsOf(batch.needs, NEED_COLUMNS));
}

export interface LoadCounts {
  enterprises: number;
  assets: number;
  valuations: number;
  needs: number;
  skipped: number;
}

/**
 * Loads firms [start, start+count) in transactions of `batchSize`. A batch whose
 * first firm exists is skipped, so an interrupted load can simply be run again.
 */
export async function loadEnterprises(
  pool: Pool,
  ctx: GeneratorContext,
  range: { start: number; count: number; batchSize: number },
  overrides = new Map<number, EnterpriseOverride>(),
  onProgress: (done: number) => void = () => undefined,
): Promise<LoadCounts> {
  const counts: LoadCounts = { enterprises: 0, assets: 0, valuations: 0, needs: 0, skipped: 0 };
  for (let offset = 0; offset < range.count; offset += range.batchSize) {
    const start = range.start + offset;
    const size = Math.min(range.batchSize, range.count - offset);
    const { rowCount } = await pool.query('select 1 from enterprise where id = $1', [seededUuid(ctx.ns, 'enterprise', start)]);
    if (rowCount) {
      counts.skipped += size;
    } else {
      const batch = generateEnterprises(ctx, start, size, overrides);
      await inTransaction(pool, (client) => writeBatch(client, batch));
      counts.enterprises += batch.enterprises.length;
      counts.assets += batch.assets.length;
      counts.valuations += batch.valuations.length;
      counts.needs += batch.needs.length;
    }
    onProgress(offset + size);
  }
  return counts;
}

export async function loadProducts(pool: Pool, ns: string, range: { start: number; count: number; batchSize: number }, bankIds: string[], regionPaths: string[]): Promise<number> {
  const { rows: banks } = await pool.query<ProductBank>(
    'select o.id, r.path as "regionPath" from unnest($1::uuid[]) with ordinality as b(id, n) join organization o on o.id = b.id join region r on r.id = o.region_id order by b.n',
    [bankIds],
  );
  let loaded = 0;
  for (let offset = 0; offset < range.count; offset += range.batchSize) {
    const start = range.start + offset;
    const size = Math.min(range.batchSize, range.count - offset);
    const { rowCount } = await pool.query('select 1 from loan_product where id = $1', [seededUuid(ns, 'product', start)]);
    if (rowCount) continue;
    const rows: ProductRow[] = generateProducts(ns, start, size, banks, regionPaths);
    await inTransaction(pool, (client) => copyRows(client, 'loan_product', [...PRODUCT_COLUMNS], columnsOf(rows, PRODUCT_COLUMNS)));
    loaded += rows.length;
  }
  return loaded;
}
