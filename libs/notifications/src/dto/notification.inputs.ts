import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@zhirong/core';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: '只看未读 — only the notices not read yet' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@InputType({ description: '标为已读 — some of your notices by id, or all of them' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: '消息 id — at most 500; ids that are not yours are ignored' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: '全部 — every unread notice of your inbox' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
