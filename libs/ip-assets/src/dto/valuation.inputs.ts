import { Field, ID, InputType } from '@nestjs/graphql';
import { MoneyInput } from '@zhirong/core';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ValuationMethod } from '../entities/ip-asset.enums';
import { MAX_VALIDITY_YEARS } from '../ip-asset.rules';
import { IsDateOnly } from './validators';

@InputType({ description: '录入评估 — a valuer records its appraisal (评估) of an IP asset' })
export class RecordValuationInput {
  @Field(() => ID, { description: '被评估的知识产权 — the appraised asset' })
  @IsUUID()
  ipAssetId!: string;

  @Field(() => ValuationMethod, { description: '评估方法 — income, market or cost approach' })
  @IsEnum(ValuationMethod)
  method!: ValuationMethod;

  @Field(() => MoneyInput, { description: '评估价值 — appraised value in fen, more than zero' })
  @ValidateNested()
  @Type(() => MoneyInput)
  value!: MoneyInput;

  @Field({ description: '评估基准日 — valuation date YYYY-MM-DD, not in the future' })
  @IsDateOnly()
  valuedOn!: string;

  @Field({ description: `有效期至 — last day the appraisal may be relied on, after valuedOn and at most ${MAX_VALIDITY_YEARS} years later` })
  @IsDateOnly()
  validUntil!: string;

  @Field({ nullable: true, description: '说明 — note, at most 1000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@InputType({ description: '评估复核 — a bank records its own figure for a valuation; a second review by the same bank replaces the first' })
export class ReviewValuationInput {
  @Field(() => ID, { description: '评估 — the reviewed valuation' })
  @IsUUID()
  valuationId!: string;

  @Field(() => MoneyInput, { description: '复核价值 — the bank’s own figure in fen, more than zero' })
  @ValidateNested()
  @Type(() => MoneyInput)
  reviewedValue!: MoneyInput;

  @Field({ nullable: true, description: '复核意见 — note, at most 1000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
