import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConnectionArgs } from '@zhirong/core';
import { IpType } from '@zhirong/ip-assets';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { NeedInterestStatus } from '../entities/need-interest.entity';
import { NeedTermsFilter } from './financing-need.inputs';

export const NOTE_LENGTH = 500;

@InputType({ description: '需求库筛选 — filters of the need library; all given filters must hold' })
export class NeedLibraryFilter extends NeedTermsFilter {
  @Field(() => ID, { nullable: true, description: '我行产品 — only needs matching this product of your bank' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @Field(() => IpType, { nullable: true, description: '知识产权类型 — needs whose pledge bundle holds this IP type' })
  @IsOptional()
  @IsEnum(IpType)
  ipType?: IpType;

  @Field({ nullable: true, description: '行业门类 — GB/T 4754 section letter, e.g. C (制造业)' })
  @IsOptional()
  @Matches(/^[A-T]$/, { message: 'industrySection must be one GB/T 4754 section letter, A to T' })
  industrySection?: string;

  @Field(() => ID, {
    nullable: true,
    description: '城市 — needs of firms in this city or province; districts and parks are refused, so a filter cannot narrow a need below the city it shows',
  })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

@ArgsType()
export class NeedLibraryArgs extends ConnectionArgs {
  @Field(() => NeedLibraryFilter, { nullable: true, description: '筛选 — conditions, all of which must hold' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedLibraryFilter)
  filter?: NeedLibraryFilter;
}

@InputType({ description: '表达对接意向 — your bank’s interest in a published need, through one of your products it matches' })
export class ExpressNeedInterestInput {
  @Field(() => ID, { description: '需求 id — from your need library' })
  @IsUUID()
  needId!: string;

  @Field(() => ID, { description: '我行产品 — your active product that the need matches' })
  @IsUUID()
  productId!: string;

  @Field({ nullable: true, description: `致企业 — a note to the firm (what you offer, whom to call), at most ${NOTE_LENGTH} characters` })
  @IsOptional()
  @IsString()
  @Length(1, NOTE_LENGTH)
  message?: string;
}

@InputType({ description: '答复对接意向 — the firm accepts (the bank then sees it, like a pushed firm) or declines' })
export class RespondToNeedInterestInput {
  @Field(() => ID, { description: '意向 id' })
  @IsUUID()
  interestId!: string;

  @Field({ description: '同意 — true lets this bank see your firm and this need; false declines, and the bank never learns who you are' })
  @IsBoolean()
  accept!: boolean;

  @Field({ nullable: true, description: `备注 — a note to the bank, at most ${NOTE_LENGTH} characters` })
  @IsOptional()
  @IsString()
  @Length(1, NOTE_LENGTH)
  note?: string;
}

@InputType({ description: '对接意向筛选' })
export class NeedInterestFilter {
  @Field(() => ID, { nullable: true, description: '需求 — interests in this need' })
  @IsOptional()
  @IsUUID()
  needId?: string;

  @Field(() => NeedInterestStatus, { nullable: true, description: '状态 — interests in this status' })
  @IsOptional()
  @IsEnum(NeedInterestStatus)
  status?: NeedInterestStatus;
}

@ArgsType()
export class NeedInterestArgs extends ConnectionArgs {
  @Field(() => NeedInterestFilter, { nullable: true, description: '筛选 — conditions, all of which must hold' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedInterestFilter)
  filter?: NeedInterestFilter;
}

@ArgsType()
export class BankInterestsArgs {
  @Field(() => Int, { nullable: true, description: '条数 — at most this many, newest first (1–100, default 50)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}
