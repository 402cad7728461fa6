import { INDUSTRY_SECTIONS } from '@zhirong/core';
import { ENTERPRISE_TAG_LABELS, EnterpriseTag } from '@zhirong/enterprises';
import { IpType, PATENT_TYPES } from '@zhirong/ip-assets';
import { regionAncestors, SearchIndex } from '@zhirong/search';
import { DocumentSource, fenNumber, SqlRunner, uuidsOnly } from './document-source';

/** One firm as the `firms` index holds it: profile, IP summary and open needs. */
export interface FirmDocument {
  id: string;
  name: string;
  creditCode: string;
  tags: EnterpriseTag[];
  /** Chinese labels of the tags, so `专精特新` finds the firm. */
  tagLabels: string[];
  industryCode: string;
  industrySection: string;
  industryName: string;
  regionPath: string;
  regionName: string;
  regionPaths: string[];
  /** Banks the firm was pushed to in a whitelist (WHITELIST_PUSH); the bank scope filter. */
  bankIds: string[];
  whitelisted: boolean;
  ipCount: number;
  patentCount: number;
  trademarkCount: number;
  copyrightCount: number;
  ipTitles: string[];
  openNeeds: string[];
  openNeedCount: number;
  openNeedAmountFen: number;
  createdAt: number;
}

interface Row {
  id: string;
  name: string;
  credit_code: string;
  tags: EnterpriseTag[];
  industry_code: string;
  region_path: string;
  region_name: string | null;
  created_at: Date;
  bank_ids: string[];
  ip_types: IpType[];
  ip_titles: string[];
  open_needs: string[];
  open_need_count: number;
  open_need_amount_fen: string;
}

const SELECT = `
  select e.id, e.name, e.credit_code, e.tags::text[] as tags, e.industry_code, e.region_path, r.name as region_name, e.created_at,
         array(select distinct b.bank_organization_id::text from enterprise_bank_access b
                where b.enterprise_id = e.id and b.reason = 'WHITELIST_PUSH') as bank_ids,
         array(select a.type::text from ip_asset a where a.enterprise_id = e.id) as ip_types,
         array(select a.title from ip_asset a where a.enterprise_id = e.id order by a.created_at desc limit 20) as ip_titles,
         array(select n.purpose from financing_need n where n.enterprise_id = e.id and n.status = 'OPEN' order by n.created_at desc limit 5) as open_needs,
         (select count(*)::int from financing_need n where n.enterprise_id = e.id and n.status = 'OPEN') as open_need_count,
         (select coalesce(sum(n.amount_fen), 0)::text from financing_need n where n.enterprise_id = e.id and n.status = 'OPEN') as open_need_amount_fen
    from enterprise e
    left join region r on r.id = e.region_id`;

const COPYRIGHTS = [IpType.COPYRIGHT, IpType.SOFTWARE_COPYRIGHT];

export function toFirmDocument(row: Row): FirmDocument {
  const section = row.industry_code.slice(0, 1);
  return {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    tags: row.tags,
    tagLabels: row.tags.map((t) => ENTERPRISE_TAG_LABELS[t]),
    industryCode: row.industry_code,
    industrySection: section,
    industryName: INDUSTRY_SECTIONS[section]?.name ?? '',
    regionPath: row.region_path,
    regionName: row.region_name ?? '',
    regionPaths: regionAncestors(row.region_path),
    bankIds: row.bank_ids,
    whitelisted: row.bank_ids.length > 0,
    ipCount: row.ip_types.length,
    patentCount: row.ip_types.filter((t) => PATENT_TYPES.includes(t)).length,
    trademarkCount: row.ip_types.filter((t) => t === IpType.TRADEMARK).length,
    copyrightCount: row.ip_types.filter((t) => COPYRIGHTS.includes(t)).length,
    ipTitles: row.ip_titles,
    openNeeds: row.open_needs,
    openNeedCount: row.open_need_count,
    openNeedAmountFen: fenNumber(row.open_need_amount_fen) ?? 0,
    createdAt: row.created_at.getTime(),
  };
}

export const firmDocuments: DocumentSource<FirmDocument> = {
  index: SearchIndex.FIRMS,
  async byIds(db: SqlRunner, ids: readonly string[]) {
    const valid = uuidsOnly(ids);
    if (!valid.length) return [];
    return (await db.query<Row[]>(`${SELECT} where e.id = any($1::uuid[])`, [valid])).map(toFirmDocument);
  },
  async page(db: SqlRunner, after: string | null, limit: number) {
    const rows = await db.query<Row[]>(`${SELECT} where ($1::uuid is null or e.id > $1::uuid) order by e.id limit $2`, [after, limit]);
    return rows.map(toFirmDocument);
  },
  async count(db: SqlRunner) {
    const [{ n }] = await db.query<{ n: string }[]>('select count(*) as n from enterprise');
    return Number(n);
  },
  // A firm's name, region and bank access are copied into its assets' documents.
  async dependents(db: SqlRunner, ids: readonly string[]) {
    const valid = uuidsOnly(ids);
    if (!valid.length) return [];
    const rows = await db.query<{ id: string }[]>('select id from ip_asset where enterprise_id = any($1::uuid[])', [valid]);
    return [{ index: SearchIndex.IP_ASSETS, ids: rows.map((r) => r.id) }];
  },
};
