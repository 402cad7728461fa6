import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Sort } from '@zhirong/core';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ValuationEngagementStatus } from '../entities/ip-asset.enums';

export const MAX_ENGAGED_ASSETS = 50;

@InputType({ description: '委托评估 — commission a valuation firm to appraise some of one firm’s IP assets (评估委托)' })
export class EngageValuerInput {
  @Field(() => [ID], { description: `知识产权 — 1–${MAX_ENGAGED_ASSETS} assets of one firm, each VALID or PENDING, none twice` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ENGAGED_ASSETS)
  @IsUUID('all', { each: true })
  ipAssetIds!: string[];

  @Field(() => ID, { description: '评估机构 — the valuation firm (an organisation of type VALUER)' })
  @IsUUID()
  valuerOrganizationId!: string;

  @Field({ nullable: true, description: '委托说明 — purpose or scope, at most 1000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@InputType({ description: '撤销评估委托 — withdraw an open engagement, or (as the valuer) decline it' })
export class CancelValuationEngagementInput {
  @Field(() => ID, { description: '评估委托 — the engagement' })
  @IsUUID()
  engagementId!: string;

  @Field({ description: '原因 — why, 1–500 characters' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

@InputType({ description: '评估委托筛选 — conditions, all of which must hold' })
export class ValuationEngagementFilter {
  @Field(() => ValuationEngagementStatus, { nullable: true, description: '状态 — only engagements in this state' })
  @IsOptional()
  @IsEnum(ValuationEngagementStatus)
  status?: ValuationEngagementStatus;

  @Field(() => ID, { nullable: true, description: '知识产权 — only engagements for this asset' })
  @IsOptional()
  @IsUUID()
  ipAssetId?: string;
}

export enum ValuationEngagementSortField {
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ValuationEngagementSortField, {
  name: 'ValuationEngagementSortField',
  description: '评估委托排序字段 — CREATED_AT 委托时间',
  valuesMap: { CREATED_AT: { description: 'Engaged at (委托时间). When the engagement was made' } },
});

@InputType({ description: '评估委托排序 — order of the engagement list (default newest first; a valuer may work oldest first)' })
export class ValuationEngagementSort extends Sort(ValuationEngagementSortField, ValuationEngagementSortField.CREATED_AT) {}
