import { groupByKeys, todayInShanghai } from '@zhirong/core';
import { EntityManager } from 'typeorm';
import { IpType } from './entities/ip-asset.enums';

/** A DataSource or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * The latest valid valuation of each asset that `assetFilter` admits, as of the
 * day in `asOfParam` (DOMAIN.md rule 1): made by then, not past its validity, the
 * newest by valuation date (then by recording time). Expired ones never count.
 */
export function latestValidValuationsSql(assetFilter: string, asOfParam: string): string {
  return `SELECT DISTINCT ON (v.ip_asset_id) v.*
    FROM valuation v
    WHERE ${assetFilter} AND v.valued_on <= CAST(${asOfParam} AS date) AND v.valid_until >= CAST(${asOfParam} AS date)
    ORDER BY v.ip_asset_id, v.valued_on DESC, v.created_at DESC, v.id DESC`;
}

export interface AppraisedAsset {
  ipAssetId: string;
  /** Null when the id is not an asset. */
  type: IpType | null;
  /** The valuation that counts, or null when the asset has no valid one. */
  valuationId: string | null;
  valueFen: bigint | null;
}

export interface Appraisal {
  /** Σ of the latest valid valuations, integer fen. */
  appraisedValueFen: bigint;
  assetCount: number;
  assetsWithValidValuation: number;
  assetsWithoutValidValuation: number;
  /** Σ per IP type, for pledge rates that differ by type. */
  valueFenByType: Partial<Record<IpType, bigint>>;
  assets: AppraisedAsset[];
}

interface AppraisalRow {
  group_id: string;
  ip_asset_id: string;
  type: IpType | null;
  valuation_id: string | null;
  value_fen: string | null;
}

function summarize(rows: readonly AppraisalRow[]): Appraisal {
  const appraisal: Appraisal = {
    appraisedValueFen: 0n,
    assetCount: 0,
    assetsWithValidValuation: 0,
    assetsWithoutValidValuation: 0,
    valueFenByType: {},
    assets: [],
  };
  for (const row of rows) {
    // bigint all the way: sums of fen exceed 2^53 long before they exceed int64.
    const value = row.value_fen === null ? null : BigInt(row.value_fen);
    appraisal.assets.push({ ipAssetId: row.ip_asset_id, type: row.type, valuationId: row.valuation_id, valueFen: value });
    appraisal.assetCount++;
    if (value === null) {
      appraisal.assetsWithoutValidValuation++;
      continue;
    }
    appraisal.assetsWithValidValuation++;
    appraisal.appraisedValueFen += value;
    if (row.type) appraisal.valueFenByType[row.type] = (appraisal.valueFenByType[row.type] ?? 0n) + value;
  }
  return appraisal;
}

/**
 * The appraised value of a set of assets — what a pledge rate applies to: the sum of
 * each asset's latest valid valuation. Repeated ids count once.
 */
export async function appraiseAssets(db: Queryable, assetIds: readonly string[], asOf: string = todayInShanghai()): Promise<Appraisal> {
  const ids = [...new Set(assetIds)];
  if (!ids.length) return summarize([]);
  const rows = await db.query<AppraisalRow[]>(
    `SELECT '' AS group_id, x.id AS ip_asset_id, a.type, lv.id AS valuation_id, lv.value_fen::text AS value_fen
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)
       LEFT JOIN ip_asset a ON a.id = x.id
       LEFT JOIN (${latestValidValuationsSql('v.ip_asset_id = ANY($1::uuid[])', '$2')}) lv ON lv.ip_asset_id = x.id
      ORDER BY x.n`,
    [ids, asOf],
  );
  return summarize(rows);
}

/** The appraisal of each pledge bundle in one query, in the order of `bundleIds`. */
export async function appraiseBundles(db: Queryable, bundleIds: readonly string[], asOf: string = todayInShanghai()): Promise<Appraisal[]> {
  if (!bundleIds.length) return [];
  const rows = await db.query<AppraisalRow[]>(
    `SELECT pba.bundle_id AS group_id, pba.ip_asset_id, a.type, lv.id AS valuation_id, lv.value_fen::text AS value_fen
       FROM pledge_bundle_asset pba
       JOIN ip_asset a ON a.id = pba.ip_asset_id
       LEFT JOIN (${latestValidValuationsSql(
         'v.ip_asset_id IN (SELECT s.ip_asset_id FROM pledge_bundle_asset s WHERE s.bundle_id = ANY($1::uuid[]))',
         '$2',
       )}) lv ON lv.ip_asset_id = pba.ip_asset_id
      WHERE pba.bundle_id = ANY($1::uuid[])
      ORDER BY pba.bundle_id, a.created_at, a.id`,
    [[...new Set(bundleIds)], asOf],
  );
  return groupByKeys(bundleIds, rows, (row) => row.group_id).map(summarize);
}
