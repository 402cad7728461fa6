import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EnterpriseFact, FactDeclarationStatus } from '../entities/enterprise-fact-declaration.entity';

export enum FactVerdict {
  VERIFY = 'VERIFY',
  REJECT = 'REJECT',
}

registerEnumType(FactVerdict, {
  name: 'FactVerdict',
  description: '核实结论 — an office’s verdict on what a firm declared',
  valuesMap: {
    VERIFY: { description: 'Verified (核实无误). The value becomes the profile’s' },
    REJECT: { description: 'Rejected (不予认可)' },
  },
});

@InputType({ description: '核实企业自报事项 — confirm or reject what a firm declared about itself' })
export class ReviewFactDeclarationInput {
  @Field(() => ID, { description: 'Declaration id' })
  @IsUUID()
  declarationId!: string;

  @Field(() => FactVerdict, { description: '结论 — VERIFY or REJECT' })
  @IsEnum(FactVerdict)
  verdict!: FactVerdict;

  @Field({ nullable: true, description: '说明 — why it is rejected (required then) or a remark, at most 500 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@InputType({ description: '自报事项筛选 — which declarations to list' })
export class FactDeclarationFilter {
  @Field(() => FactDeclarationStatus, { nullable: true, description: '状态 — PENDING (the default: the work queue), VERIFIED, REJECTED or SUPERSEDED' })
  @IsOptional()
  @IsEnum(FactDeclarationStatus)
  status?: FactDeclarationStatus;

  @Field(() => ID, { nullable: true, description: '企业 — one firm’s declarations' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @Field(() => EnterpriseFact, { nullable: true, description: '事项 — one kind of fact' })
  @IsOptional()
  @IsEnum(EnterpriseFact)
  fact?: EnterpriseFact;
}
