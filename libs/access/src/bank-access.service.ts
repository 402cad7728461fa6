import { Injectable } from '@nestjs/common';
import { AuditService } from '@zhirong/core';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { EntityManager } from 'typeorm';
import { BankAccessRevocationReason } from './entities/bank-access-revocation.entity';

export interface GrantInput {
  enterpriseId: string;
  bankOrganizationId: string;
  /** A BankAccessReason (APPLIED, NEED_PUBLISHED …); enterprises owns the enum, this library sits below it. */
  reason: string;
  sourceId: string;
}

export interface RevokeInput {
  enterpriseId: string;
  bankOrganizationId: string;
  grantReason: string;
  sourceId: string;
  reason: BankAccessRevocationReason;
  causeId: string | null;
  handOverTo?: string | null;
}

export interface RevokedGrant {
  id: string;
  enterprise_id: string;
  bank_organization_id: string;
  grant_reason: string;
  grant_source_id: string | null;
}

/**
 * The lifecycle of banks' grants to see firms (`enterprise_bank_access`), owned here so
 * every grant and revocation keeps its reason, its audit row and the search documents
 * that carry bank visibility in step.
 */
@Injectable()
export class BankAccessService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxService,
  ) {}

  /**
   * A whitelist batch was published: push grants that came from the office's earlier
   * batches end for the firms the new batch does not include. Runs in the publishing
   * transaction, so the batch and the revocations commit together.
   */
  async revokeDroppedFromWhitelist(manager: EntityManager, input: { officeOrganizationId: string; batchId: string }): Promise<RevokedGrant[]> {
    const rows = (await manager.query(
      `with dropped as (
         delete from enterprise_bank_access g
         where g.reason = 'WHITELIST_PUSH'
           and g.source_id in (select b.id from whitelist_batch b where b.office_organization_id = $1 and b.id <> $2)
           and not exists (select 1 from whitelist_entry we where we.batch_id = $2 and we.enterprise_id = g.enterprise_id and we.included)
         returning g.*
       )
       insert into bank_access_revocation (enterprise_id, bank_organization_id, grant_reason, grant_source_id, granted_at, reason, cause_id)
       select enterprise_id, bank_organization_id, reason::text, source_id, created_at, $3, $2 from dropped order by enterprise_id
       returning id, enterprise_id, bank_organization_id, grant_reason, grant_source_id`,
      [input.officeOrganizationId, input.batchId, BankAccessRevocationReason.DROPPED_FROM_WHITELIST],
    )) as RevokedGrant[];
    for (const r of rows) {
      await this.audit.record(manager, {
        action: 'revokeBankAccess',
        entityType: 'BankAccessRevocation',
        entityId: r.id,
        before: { enterpriseId: r.enterprise_id, bankOrganizationId: r.bank_organization_id, reason: r.grant_reason, sourceId: r.grant_source_id },
        after: { reason: BankAccessRevocationReason.DROPPED_FROM_WHITELIST, causeId: input.batchId },
      });
    }
    await this.searchFollows(
      manager,
      rows.map((r) => r.enterprise_id),
    );
    return rows;
  }

  /**
   * Grants a bank access to a firm for a named reason and source (an accepted interest,
   * an application). A grant that already exists for the reason keeps its source; the
   * return says whether this call created it.
   */
  async grant(manager: EntityManager, input: GrantInput): Promise<boolean> {
    const rows = (await manager.query(
      `insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason, source_id) values ($1, $2, $3, $4)
       on conflict (enterprise_id, bank_organization_id, reason) do nothing returning enterprise_id`,
      [input.enterpriseId, input.bankOrganizationId, input.reason, input.sourceId],
    )) as unknown[];
    if (!rows.length) return false;
    await this.audit.record(manager, {
      action: 'grantBankAccess',
      entityType: 'BankAccess',
      entityId: input.enterpriseId,
      after: { enterpriseId: input.enterpriseId, bankOrganizationId: input.bankOrganizationId, reason: input.reason, sourceId: input.sourceId },
    });
    await this.searchFollows(manager, [input.enterpriseId]);
    return true;
  }

  /**
   * Ends the grant that `sourceId` gave, unless `handOverTo` names another source that
   * still justifies it (a second accepted interest of the same bank in the same firm):
   * then the grant stays and records that source. A grant from another source is left
   * alone. Returns the revocation, or null when nothing ended.
   */
  async revoke(manager: EntityManager, input: RevokeInput): Promise<RevokedGrant | null> {
    const key = [input.enterpriseId, input.bankOrganizationId, input.grantReason, input.sourceId];
    if (input.handOverTo) {
      await manager.query('update enterprise_bank_access set source_id = $5 where enterprise_id = $1 and bank_organization_id = $2 and reason = $3 and source_id = $4', [
        ...key,
        input.handOverTo,
      ]);
      return null;
    }
    const [row] = (await manager.query(
      `with ended as (
         delete from enterprise_bank_access where enterprise_id = $1 and bank_organization_id = $2 and reason = $3 and source_id = $4 returning *
       )
       insert into bank_access_revocation (enterprise_id, bank_organization_id, grant_reason, grant_source_id, granted_at, reason, cause_id)
       select enterprise_id, bank_organization_id, reason::text, source_id, created_at, $5, $6 from ended
       returning id, enterprise_id, bank_organization_id, grant_reason, grant_source_id`,
      [...key, input.reason, input.causeId],
    )) as RevokedGrant[];
    if (!row) return null;
    await this.audit.record(manager, {
      action: 'revokeBankAccess',
      entityType: 'BankAccessRevocation',
      entityId: row.id,
      before: { enterpriseId: row.enterprise_id, bankOrganizationId: row.bank_organization_id, reason: row.grant_reason, sourceId: row.grant_source_id },
      after: { reason: input.reason, causeId: input.causeId },
    });
    await this.searchFollows(manager, [row.enterprise_id]);
    return row;
  }

  /** Bank visibility lives in the search documents too: they follow every grant and revocation. */
  private async searchFollows(manager: EntityManager, enterpriseIds: readonly string[]): Promise<void> {
    const firms = [...new Set(enterpriseIds)];
    if (!firms.length) return;
    await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: firms, operation: 'UPSERT' });
    const assets = (await manager.query('select id from ip_asset where enterprise_id = any($1::uuid[])', [firms])) as { id: string }[];
    await this.outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: assets.map((a) => a.id), operation: 'UPSERT' });
  }
}
