import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@zhirong/core';
import { ValuationEngagementStatus } from '../entities/ip-asset.enums';
import { ValuationEngagement as ValuationEngagementEntity } from '../entities/valuation-engagement.entity';

// Named like its GraphQL type so Connection() calls the edge ValuationEngagementEdge.
@ObjectType('ValuationEngagement', { description: '评估委托 — a valuation firm commissioned to appraise one IP asset; its appraisal completes it' })
class ValuationEngagement {
  @Field(() => ID, { description: 'Engagement id' })
  id!: string;

  @Field(() => ID, { description: '知识产权 id — the asset to appraise' })
  ipAssetId!: string;

  @Field(() => ID, { description: '企业 id — the firm owning the asset' })
  enterpriseId!: string;

  @Field(() => ValuationEngagementStatus, { description: '状态 — OPEN until appraised, withdrawn or declined' })
  status!: ValuationEngagementStatus;

  @Field({ description: '委托说明 — purpose or scope' })
  note!: string;

  @Field(() => ID, { nullable: true, description: '评估 id — the appraisal that completed it' })
  valuationId!: string | null;

  @Field(() => String, { nullable: true, description: '撤销原因 — why it was withdrawn or declined' })
  cancelReason!: string | null;

  @Field({ description: '委托时间 — when it was made' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '结束时间 — when it was completed or cancelled' })
  closedAt!: Date | null;

  /** For the organisation fields' loader. */
  valuerOrganizationId!: string;
  requestedByOrganizationId!: string;

  static from(e: ValuationEngagementEntity): ValuationEngagement {
    return {
      id: e.id,
      ipAssetId: e.ipAssetId,
      enterpriseId: e.enterpriseId,
      status: e.status,
      note: e.note,
      valuationId: e.valuationId,
      cancelReason: e.cancelReason,
      createdAt: e.createdAt,
      closedAt: e.closedAt,
      valuerOrganizationId: e.valuerOrganizationId,
      requestedByOrganizationId: e.requestedByOrganizationId,
    };
  }
}
export { ValuationEngagement as ValuationEngagementObject };

@ObjectType({ description: '评估委托列表 — a page of valuation engagements' })
export class ValuationEngagementConnection extends Connection(ValuationEngagement) {}
