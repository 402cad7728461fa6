import { Injectable } from '@nestjs/common';
import { JobOutbox } from '@zhirong/jobs';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { Actor, AuditService, forbidden, OrganizationType, positiveFen, Role, todayInShanghai } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { RecordValuationInput, ReviewValuationInput } from './dto/valuation.inputs';
import { IpAsset } from './entities/ip-asset.entity';
import { ValuationEngagement } from './entities/valuation-engagement.entity';
import { ValuationReview } from './entities/valuation-review.entity';
import { ValuationEngagementStatus } from './entities/ip-asset.enums';
import { Valuation } from './entities/valuation.entity';
import { scopeToVisibleAssets } from './ip-asset-access';
import { checkValuationDates } from './ip-asset.rules';
import { notFoundAt } from './ip-assets.errors';
import { ValuationEngagementService } from './valuation-engagement.service';

@Injectable()
export class ValuationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxService,
    private readonly jobs: JobOutbox,
    private readonly engagements: ValuationEngagementService,
  ) {}

  /**
   * A valuation firm records an appraisal under its open engagement for the asset, which it
   * completes; earlier appraisals stay as history. Not even the platform may record one: an
   * appraisal is a valuer's professional act.
   */
  async record(actor: Actor, input: RecordValuationInput): Promise<Valuation> {
    if (actor.organizationType !== OrganizationType.VALUER || !actor.roles.includes(Role.VALUER)) {
      throw forbidden('Only a valuation firm (评估机构) records valuations');
    }
    const valueFen = positiveFen(input.value.amountFen, 'input.value.amountFen').toString();
    checkValuationDates(input.valuedOn, input.validUntil, todayInShanghai(), 'input');
    const { valuation } = await this.dataSource.transaction(async (manager) => {
      const asset = await manager.findOne(IpAsset, { where: { id: input.ipAssetId }, select: { id: true, enterpriseId: true } });
      if (!asset) throw notFoundAt('input.ipAssetId', 'IpAsset', input.ipAssetId);
      // Valuers work by engagement (评估委托) and see no firm list.
      const engagement = await this.engagements.requireOpen(manager, asset.id, actor.organizationId);
      const valuation = await manager.save(
        manager.create(Valuation, {
          ipAssetId: input.ipAssetId,
          valuerOrganizationId: actor.organizationId,
          method: input.method,
          valueFen,
          valuedOn: input.valuedOn,
          validUntil: input.validUntil,
          note: input.note?.trim() ?? '',
        }),
      );
      await manager.update(ValuationEngagement, { id: engagement.id }, { status: ValuationEngagementStatus.COMPLETED, valuationId: valuation.id, closedAt: new Date() });
      await this.audit.record(manager, { action: 'recordValuation', entityType: 'Valuation', entityId: valuation.id, after: { ...valuation, engagementId: engagement.id } });
      await this.outbox.record(manager, { index: SearchIndex.IP_ASSETS, ids: [asset.id] });
      // A new appraisal moves the pledge-rate ceiling of every need offering this asset.
      await this.jobs.matchingChanged(manager, { enterpriseId: asset.enterpriseId });
      return { valuation };
    });
    return valuation;
  }

  /**
   * A bank's review (评估复核) of a valuation of a firm it sees: its own figure
   * and note, one per bank and valuation; reviewing again replaces them.
   */
  async review(actor: Actor, input: ReviewValuationInput): Promise<ValuationReview> {
    if (actor.organizationType !== OrganizationType.BANK || !actor.roles.includes(Role.BANK_OFFICER)) {
      throw forbidden('Only a bank reviews valuations (评估复核)');
    }
    const reviewedValueFen = positiveFen(input.reviewedValue.amountFen, 'input.reviewedValue.amountFen').toString();
    return this.dataSource.transaction(async (manager) => {
      const valuation = await manager.findOneBy(Valuation, { id: input.valuationId });
      if (!valuation) throw notFoundAt('input.valuationId', 'Valuation', input.valuationId);
      const visible = await scopeToVisibleAssets(manager.createQueryBuilder(IpAsset, 'a'), actor)
        .andWhere('a.id = :id', { id: valuation.ipAssetId })
        .getExists();
      if (!visible) throw forbidden('Your bank reviews valuations of firms that applied to it or were pushed to it');

      const existing = await manager.findOne(ValuationReview, {
        where: { valuationId: valuation.id, bankOrganizationId: actor.organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      const before = existing ? { ...existing } : null;
      const review = existing ?? manager.create(ValuationReview, { valuationId: valuation.id, bankOrganizationId: actor.organizationId });
      review.reviewedValueFen = reviewedValueFen;
      review.note = input.note?.trim() ?? '';
      const saved = await manager.save(review);
      await this.audit.record(manager, { action: 'reviewValuation', entityType: 'ValuationReview', entityId: saved.id, before, after: saved });
      return saved;
    });
  }
}
