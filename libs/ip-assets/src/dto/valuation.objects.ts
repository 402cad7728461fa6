import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Money, money, todayInShanghai } from '@zhirong/core';
import { ValuationMethod } from '../entities/ip-asset.enums';
import { ValuationReview } from '../entities/valuation-review.entity';
import { Valuation } from '../entities/valuation.entity';
import { isValuationValid } from '../ip-asset.rules';

@ObjectType('Valuation', { description: '评估 — a valuer’s appraisal of one IP asset; history is kept, the newest still valid one counts' })
export class ValuationObject {
  @Field(() => ID, { description: 'Valuation id' })
  id!: string;

  @Field(() => ID, { description: '知识产权 id — the appraised asset' })
  ipAssetId!: string;

  @Field(() => ValuationMethod, { description: '评估方法 — income, market or cost approach' })
  method!: ValuationMethod;

  @Field(() => Money, { description: '评估价值 — appraised value' })
  value!: Money;

  @Field({ description: '评估基准日 — valuation date (YYYY-MM-DD)' })
  valuedOn!: string;

  @Field({ description: '有效期至 — last day it may be relied on (YYYY-MM-DD)' })
  validUntil!: string;

  @Field({ description: '是否有效 — whether it may be relied on today (Asia/Shanghai); an expired valuation does not count towards a pledge' })
  valid!: boolean;

  @Field({ description: '说明 — note' })
  note!: string;

  @Field({ description: '录入时间 — when it was recorded' })
  createdAt!: Date;

  /** For the valuer field's loader. */
  valuerOrganizationId!: string;

  static from(v: Valuation, today: string = todayInShanghai()): ValuationObject {
    return {
      id: v.id,
      ipAssetId: v.ipAssetId,
      method: v.method,
      value: money(v.valueFen),
      valuedOn: v.valuedOn,
      validUntil: v.validUntil,
      valid: isValuationValid(v, today),
      note: v.note,
      createdAt: v.createdAt,
      valuerOrganizationId: v.valuerOrganizationId,
    };
  }
}

@ObjectType('ValuationReview', { description: '评估复核 — a bank’s own figure for a valuation it reviewed; one per bank and valuation' })
export class ValuationReviewObject {
  @Field(() => ID, { description: 'Review id' })
  id!: string;

  @Field(() => ID, { description: '评估 id — the reviewed valuation' })
  valuationId!: string;

  @Field(() => Money, { description: '复核价值 — the bank’s figure' })
  reviewedValue!: Money;

  @Field({ description: '复核意见 — note' })
  note!: string;

  @Field({ description: '首次复核时间 — when the bank first reviewed it' })
  createdAt!: Date;

  @Field({ description: '最近复核时间 — when the bank last changed its figure' })
  updatedAt!: Date;

  /** For the bank field's loader. */
  bankOrganizationId!: string;

  static from(r: ValuationReview): ValuationReviewObject {
    return {
      id: r.id,
      valuationId: r.valuationId,
      reviewedValue: money(r.reviewedValueFen),
      note: r.note,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      bankOrganizationId: r.bankOrganizationId,
    };
  }
}
