import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType({ description: '审计筛选 — conditions, all of which must hold' })
export class AuditLogFilter {
  @Field({ nullable: true, description: '对象类型 — e.g. Enterprise, WhitelistBatch' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @Field({ nullable: true, description: '对象 id — the history of one thing' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @Field({ nullable: true, description: '操作 — e.g. updateEnterprise' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field(() => ID, { nullable: true, description: '操作人 id — changes made by one user' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field(() => ID, { nullable: true, description: '操作机构 id — changes made by one organisation’s users (the platform only; others see their own)' })
  @IsOptional()
  @IsUUID()
  actorOrganizationId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '起 — at or after this time' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '止 — before this time' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
