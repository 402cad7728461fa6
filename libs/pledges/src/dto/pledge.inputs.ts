import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@zhirong/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PledgeChannel, PledgeRegistrationStatus } from '../entities/pledge.enums';

@InputType({ description: '提交质押登记 — the loan’s bank files the registration of a CONTRACTED loan' })
export class SubmitPledgeRegistrationInput {
  @Field(() => ID, { description: '贷款 id' })
  @IsUUID()
  loanId!: string;

  @Field(() => PledgeChannel, { description: '提交方式 — ONLINE (1 working day in Beijing) or OFFLINE at a window (3)' })
  @IsEnum(PledgeChannel)
  channel!: PledgeChannel;
}

@InputType({ description: '登记完成 — the registry registers the pledge' })
export class RegisterPledgeInput {
  @Field(() => ID, { description: '质押登记 id' })
  @IsUUID()
  registrationId!: string;

  @Field({ description: '质押登记通知书编号' })
  @IsString()
  @MaxLength(60)
  certificateNumber!: string;
}

@InputType({ description: '退回质押登记 — the registry returns the filing with its reason' })
export class ReturnPledgeRegistrationInput {
  @Field(() => ID, { description: '质押登记 id' })
  @IsUUID()
  registrationId!: string;

  @Field({ description: '退回原因' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@InputType({ description: '质押登记筛选 — all given filters must hold' })
export class PledgeRegistrationFilter {
  @Field(() => ID, { nullable: true, description: '贷款 id' })
  @IsOptional()
  @IsUUID()
  loanId?: string | null;

  @Field(() => [PledgeRegistrationStatus], { nullable: true, description: '状态 — any of these' })
  @IsOptional()
  @IsEnum(PledgeRegistrationStatus, { each: true })
  statuses?: PledgeRegistrationStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: '超时 — only those whose due time passed unregistered (true) or not (false)' })
  @IsOptional()
  @IsBoolean()
  breached?: boolean | null;
}

@ArgsType()
export class PledgeRegistrationsArgs extends ConnectionArgs {
  @Field(() => PledgeRegistrationFilter, { nullable: true, description: '筛选 — by loan, status, breached' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PledgeRegistrationFilter)
  filter?: PledgeRegistrationFilter | null;
}
