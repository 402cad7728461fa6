import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, Loaders, pageComplexity, RequestLoaders, Role, Roles } from '@zhirong/core';
import { MarkNotificationsReadInput, NotificationsArgs } from './dto/notification.inputs';
import { CaughtMailConnection, NotificationConnection, NotificationDeliveryObject, NotificationObject } from './dto/notification.objects';
import { NotificationDelivery } from './entities/notification.entity';
import { CaughtMailService } from './mail/caught-mail.service';
import { NotificationService } from './notification.service';

/** The inbox: every signed-in user reads and marks their own notices. */
@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly caught: CaughtMailService,
  ) {}

  @Query(() => NotificationConnection, { description: '我的消息 — your own inbox, newest first, with the unread count', complexity: pageComplexity })
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs): Promise<NotificationConnection> {
    const page = await this.service.inbox(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: NotificationObject.from(e.node) })) };
  }

  @Mutation(() => Int, { description: '标为已读 — marks your notices read (by id, or all); answers how many changed. Ids of others’ notices are ignored' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('input', { description: '哪些消息' }) input: MarkNotificationsReadInput): Promise<number> {
    return this.service.markRead(actor, input);
  }

  @Query(() => CaughtMailConnection, {
    description: '已截获邮件 — the development mail catcher’s messages, newest first (platform administrator; FORBIDDEN when MAIL_CATCHER_DIR is not set)',
    complexity: pageComplexity,
  })
  @Roles(Role.PLATFORM_ADMIN)
  caughtMail(@Args() args: ConnectionArgs): Promise<CaughtMailConnection> {
    return this.caught.list(args);
  }

  @ResolveField('deliveries', () => [NotificationDeliveryObject], { description: '发送记录 — how the notice went out by e-mail' })
  async deliveries(@Parent() notification: NotificationObject, @Loaders() loaders: RequestLoaders): Promise<NotificationDeliveryObject[]> {
    const rows = await loaders.get<string, NotificationDelivery[]>('notifications.deliveries', (ids) => this.service.deliveriesOf(ids)).load(notification.id);
    return rows.map(NotificationDeliveryObject.from);
  }
}
