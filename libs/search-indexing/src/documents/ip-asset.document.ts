import { IP_TYPE_LABELS, IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { regionAncestors, SearchIndex } from '@zhirong/search';
import { niceClassName } from '../indexes/nice-classes';
import { DocumentSource, epochDays, fenNumber, SqlRunner, uuidsOnly } from './document-source';

/** One IP asset as the `ip_assets` index holds it. */
export interface IpAssetDocument {
  id: string;
  type: IpType;
  typeLabel: string;
  number: string;
  title: string;
  abstract: string;
  enterpriseId: string;
  ownerName: string;
  ownerOrganizationId: string | null;
  regionPath: string;
  regionName: string;
  /** Every ancestor path of the owner's region: a subtree filter is an equality. */
  regionPaths: string[];
  ipcClasses: string[];
  /** `H`, `H01`, `H01M` of each IPC symbol, for filters and facets. */
  ipcSection: string[];
  ipcClass: string[];
  ipcSubclass: string[];
  niceClasses: number[];
  niceClassNames: string[];
  legalStatus: LegalStatus;
  pledgeStatus: PledgeStatus;
  implemented: boolean;
  /** Latest valuation still valid, integer fen (see fenNumber), or null. */
  valuationFen: number | null;
  filedOn: number | null;
  createdAt: number;
  /** Banks that may see the owner firm (it applied, or was pushed in a whitelist). */
  bankIds: string[];
  /** Valuers that appraised this asset. */
  valuerIds: string[];
}

interface Row {
  id: string;
  type: IpType;
  number: string;
  title: string;
  abstract: string;
  enterprise_id: string;
  owner_name: string;
  owner_org: string | null;
  region_path: string;
  region_name: string | null;
  ipc_classes: string[];
  nice_classes: number[];
  filed_on: string | null;
  legal_status: LegalStatus;
  pledge_status: PledgeStatus;
  implemented: boolean;
  created_at: Date;
  valuation_fen: string | null;
  bank_ids: string[];
  valuer_ids: string[];
}

// Correlated sub-selects use the indexes valuation(ip_asset_id, valued_on) and the
// primary key of enterprise_bank_access (enterprise_id first).
const SELECT = `
  select a.id, a.type, a.number, a.title, a.abstract, a.enterprise_id, e.name as owner_name, e.organization_id as owner_org,
         a.region_path, r.name as region_name, a.ipc_classes, a.nice_classes, a.filed_on::text as filed_on,
         a.legal_status, a.pledge_status, a.implemented, a.created_at,
         (select v.value_fen::text from valuation v
           where v.ip_asset_id = a.id and v.valid_until >= current_date
           order by v.valued_on desc, v.created_at desc limit 1) as valuation_fen,
         array(select distinct b.bank_organization_id::text from enterprise_bank_access b where b.enterprise_id = a.enterprise_id) as bank_ids,
         array(select distinct v.valuer_organization_id::text from valuation v where v.ip_asset_id = a.id) as valuer_ids
    from ip_asset a
    join enterprise e on e.id = a.enterprise_id
    left join region r on r.id = e.region_id`;

function ipcParts(symbols: string[]): Pick<IpAssetDocument, 'ipcSection' | 'ipcClass' | 'ipcSubclass'> {
  const section = new Set<string>();
  const cls = new Set<string>();
  const subclass = new Set<string>();
  for (const symbol of symbols) {
    const m = /^([A-H])(\d{2})([A-Z])?/.exec(symbol.trim().toUpperCase());
    if (!m) continue;
    section.add(m[1]);
    cls.add(`${m[1]}${m[2]}`);
    if (m[3]) subclass.add(`${m[1]}${m[2]}${m[3]}`);
  }
  return { ipcSection: [...section], ipcClass: [...cls], ipcSubclass: [...subclass] };
}

export function toIpAssetDocument(row: Row): IpAssetDocument {
  return {
    id: row.id,
    type: row.type,
    typeLabel: IP_TYPE_LABELS[row.type],
    number: row.number,
    title: row.title,
    abstract: row.abstract,
    enterpriseId: row.enterprise_id,
    ownerName: row.owner_name,
    ownerOrganizationId: row.owner_org,
    regionPath: row.region_path,
    regionName: row.region_name ?? '',
    regionPaths: regionAncestors(row.region_path),
    ipcClasses: row.ipc_classes,
    ...ipcParts(row.ipc_classes),
    niceClasses: row.nice_classes,
    niceClassNames: row.nice_classes.map(niceClassName),
    legalStatus: row.legal_status,
    pledgeStatus: row.pledge_status,
    implemented: row.implemented,
    valuationFen: fenNumber(row.valuation_fen),
    filedOn: epochDays(row.filed_on),
    createdAt: row.created_at.getTime(),
    bankIds: row.bank_ids,
    valuerIds: row.valuer_ids,
  };
}

export const ipAssetDocuments: DocumentSource<IpAssetDocument> = {
  index: SearchIndex.IP_ASSETS,
  async byIds(db: SqlRunner, ids: readonly string[]) {
    const valid = uuidsOnly(ids);
    if (!valid.length) return [];
    const rows = await db.query<Row[]>(`${SELECT} where a.id = any($1::uuid[])`, [valid]);
    return rows.map(toIpAssetDocument);
  },
  async page(db: SqlRunner, after: string | null, limit: number) {
    const rows = await db.query<Row[]>(`${SELECT} where ($1::uuid is null or a.id > $1::uuid) order by a.id limit $2`, [after, limit]);
    return rows.map(toIpAssetDocument);
  },
  async count(db: SqlRunner) {
    const [{ n }] = await db.query<{ n: string }[]>('select count(*) as n from ip_asset');
    return Number(n);
  },
};
