import { Injectable } from '@nestjs/common';
import { IpAsset, PledgeStatus } from '@zhirong/ip-assets';
import { JobOutbox } from '@zhirong/jobs';
import { LoanPledgedAsset } from '@zhirong/loans';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { EntityManager, In } from 'typeorm';

/**
 * The pledge status of a loan's assets (ip_asset.pledge_status), which matching and search
 * read: PLEDGED when the registration is done, FREE again when the loan is repaid. Changes go
 * to the search outbox and the matching recompute in the caller's transaction.
 */
@Injectable()
export class PledgeAssets {
  constructor(
    private readonly search: SearchOutboxService,
    private readonly jobs: JobOutbox,
  ) {}

  /** Sets the loan's assets from `from` to `to`; answers the ids changed. */
  async move(manager: EntityManager, loanId: string, from: PledgeStatus, to: PledgeStatus): Promise<string[]> {
    const pledged = await manager.find(LoanPledgedAsset, { where: { loanId }, select: { ipAssetId: true } });
    if (!pledged.length) return [];
    const assets = await manager.find(IpAsset, { where: { id: In(pledged.map((p) => p.ipAssetId)), pledgeStatus: from }, select: { id: true, enterpriseId: true } });
    if (!assets.length) return [];
    const ids = assets.map((a) => a.id);
    await manager.update(IpAsset, { id: In(ids) }, { pledgeStatus: to });
    const firms = [...new Set(assets.map((a) => a.enterpriseId))];
    await this.search.record(manager, { index: SearchIndex.IP_ASSETS, ids });
    await this.search.record(manager, { index: SearchIndex.FIRMS, ids: firms });
    for (const enterpriseId of firms) await this.jobs.matchingChanged(manager, { enterpriseId });
    return ids;
  }
}
