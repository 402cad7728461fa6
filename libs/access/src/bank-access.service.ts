import { Injectable } from '@nestjs/common';
import { AuditService } from '@zhirong/core';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { EntityManager } from 'typeorm';
import { BankAccessRevocationReason } from './entities/bank-access-revocation.entity';

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
    // Bank visibility lives in the search documents too: the bank must stop finding these firms.
    const firms = [...new Set(rows.map((r) => r.enterprise_id))];
    await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: firms, operation: 'UPSERT' });
    if (firms.length) {
      const assets = (await manager.query('select id from ip_asset where enterprise_id = any($1::uuid[])', [firms])) as { id: string }[];
      await this.outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: assets.map((a) => a.id), operation: 'UPSERT' });
    }
    return rows;
  }
}
