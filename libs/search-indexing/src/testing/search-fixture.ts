import { randomUUID } from 'node:crypto';
import { IpType, LegalStatus, PledgeStatus } from '@zhirong/ip-assets';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { DataSource } from 'typeorm';

export interface FixtureFirm {
  id: string;
  name: string;
  regionPath: string;
}

let serial = 0;

/** A firm row written by SQL: the enterprises domain's rules are not what these tests are about. */
export async function insertFirm(
  db: DataSource,
  firm: { name: string; regionId: string; regionPath: string; organizationId?: string | null; industryCode?: string; tags?: string[] },
): Promise<FixtureFirm> {
  serial++;
  const creditCode = `91SEARCH${String(serial).padStart(4, '0')}${randomUUID().slice(0, 6).toUpperCase()}`.slice(0, 18);
  const [row] = await db.query<{ id: string }[]>(
    `insert into enterprise (credit_code, name, organization_id, region_id, region_path, industry_code, founded_on, tags)
     values ($1, $2, $3, $4, $5, $6, '2015-03-01', $7::enterprise_tag[]) returning id`,
    [creditCode, firm.name, firm.organizationId ?? null, firm.regionId, firm.regionPath, firm.industryCode ?? 'C38', firm.tags ?? []],
  );
  return { id: row.id, name: firm.name, regionPath: firm.regionPath };
}

export interface AssetSpec {
  type?: IpType;
  title: string;
  abstract?: string;
  ipcClasses?: string[];
  niceClasses?: number[];
  legalStatus?: LegalStatus;
  pledgeStatus?: PledgeStatus;
  implemented?: boolean;
  filedOn?: string;
}

export async function insertAsset(db: DataSource, firm: FixtureFirm, spec: AssetSpec): Promise<string> {
  serial++;
  const [row] = await db.query<{ id: string }[]>(
    `insert into ip_asset (type, number, title, abstract, enterprise_id, region_path, ipc_classes, nice_classes, filed_on, legal_status, pledge_status, implemented)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
    [
      spec.type ?? IpType.INVENTION_PATENT,
      `CNT${String(serial).padStart(9, '0')}`,
      spec.title,
      spec.abstract ?? '',
      firm.id,
      firm.regionPath,
      spec.ipcClasses ?? [],
      spec.niceClasses ?? [],
      spec.filedOn ?? '2022-05-01',
      spec.legalStatus ?? LegalStatus.VALID,
      spec.pledgeStatus ?? PledgeStatus.FREE,
      spec.implemented ?? false,
    ],
  );
  return row.id;
}

export async function pushToBank(db: DataSource, enterpriseId: string, bankOrganizationId: string, reason: 'WHITELIST_PUSH' | 'APPLIED' = 'WHITELIST_PUSH'): Promise<void> {
  await db.query('insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason) values ($1, $2, $3)', [enterpriseId, bankOrganizationId, reason]);
}

/** Records outbox rows in a transaction of their own, as a writing service would inside its own. */
export async function recordChanges(db: DataSource, outbox: SearchOutboxService, index: SearchIndex, ids: string[], operation: 'UPSERT' | 'DELETE' = 'UPSERT'): Promise<void> {
  await db.transaction((manager) => outbox.record(manager, { index, ids, operation }));
}
