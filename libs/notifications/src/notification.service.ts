import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, badInput, ConnectionShape, groupByKeys, paginate, SortDirection } from '@zhirong/core';
import { JobName, JobOutbox } from '@zhirong/jobs';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationsArgs } from './dto/notification.inputs';
import { Notification, NotificationDelivery, StoredCalendarEntry } from './entities/notification.entity';
import { NotificationInput } from './notification.types';

const KEY_LENGTH = 300;
const TITLE_LENGTH = 300;

export interface InboxPage extends ConnectionShape<Notification> {
  unreadCount: number;
}

function toStored(entries: NotificationInput['calendar']): StoredCalendarEntry[] | null {
  if (!entries?.length) return null;
  return entries.map((e) => ({ ...e, start: e.start.toISOString(), end: e.end.toISOString() }));
}

/**
 * The inbox and what feeds it. A domain calls `send` inside its own transaction, so a change
 * that rolls back leaves no notice and no mail; the mail itself is a job (job outbox) that
 * runs after the commit.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: JobOutbox,
    private readonly access: AccessService,
  ) {}

  /**
   * One notice per recipient (the named users and every active user of the named
   * organisations), idempotent per recipient and key: a notice sent again under the same key
   * creates nothing and mails nothing. Returns how many notices are new.
   */
  async send(manager: EntityManager, input: NotificationInput): Promise<{ created: number }> {
    if (!input.key || input.key.length > KEY_LENGTH) throw badInput('key', `A notification needs a key of 1–${KEY_LENGTH} characters`);
    for (const [field, value] of [['title.zh', input.title.zh], ['title.en', input.title.en]] as const) {
      if (!value || value.length > TITLE_LENGTH) throw badInput(field, `A notification title has 1–${TITLE_LENGTH} characters`);
    }
    const userIds = [...new Set(input.recipients.userIds ?? [])];
    const organizationIds = [...new Set(input.recipients.organizationIds ?? [])];
    if (!userIds.length && !organizationIds.length) return { created: 0 };

    const created = (await manager.query(
      `with recipient as (
         select id, organization_id, email from app_user
          where active and (id = any($1::uuid[]) or organization_id = any($2::uuid[]))
       ), inserted as (
         insert into notification (recipient_user_id, recipient_organization_id, kind, title_zh, title_en, body_zh, body_en, link, subject_type, subject_id, dedupe_key, calendar)
         select r.id, r.organization_id, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb from recipient r order by r.id
         on conflict (recipient_user_id, dedupe_key) do nothing
         returning id, recipient_user_id
       )
       select i.id, r.email from inserted i join recipient r on r.id = i.recipient_user_id`,
      [
        userIds,
        organizationIds,
        input.kind,
        input.title.zh,
        input.title.en,
        input.body.zh,
        input.body.en,
        input.link ?? null,
        input.subject?.type ?? null,
        input.subject?.id ?? null,
        input.key,
        JSON.stringify(toStored(input.calendar)),
      ],
    )) as { id: string; email: string }[];

    if (created.length && input.email !== false) {
      const deliveries = (await manager.query(
        `insert into notification_delivery (notification_id, channel, address)
         select n, 'EMAIL', a from unnest($1::uuid[], $2::text[]) as x(n, a)
         returning id`,
        [created.map((c) => c.id), created.map((c) => c.email)],
      )) as { id: string }[];
      // jobId: a relay pass retried, or the same delivery asked for twice, is still one job.
      await this.outbox.addMany(
        manager,
        JobName.NOTIFICATIONS_EMAIL,
        deliveries.map((d) => ({ data: { deliveryId: d.id }, jobId: `email-${d.id}` })),
      );
    }
    return { created: created.length };
  }

  /** The actor's own inbox, newest first; `unreadCount` counts the whole inbox. */
  async inbox(actor: Actor, args: NotificationsArgs): Promise<InboxPage> {
    const qb = this.ownQuery(actor);
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    const page = await paginate(qb, args, { column: 'n.created_at', direction: SortDirection.DESC, key: (n) => n.createdAt });
    const unreadCount = await this.ownQuery(actor).andWhere('n.read_at IS NULL').getCount();
    return { ...page, unreadCount };
  }

  /** How many of the actor's notices are unread (the bell). */
  unreadCount(actor: Actor): Promise<number> {
    return this.ownQuery(actor).andWhere('n.read_at IS NULL').getCount();
  }

  /** Marks the actor's own notices read (some by id, or all); returns how many changed. Others' ids are ignored. */
  async markRead(actor: Actor, input: { ids?: readonly string[]; all?: boolean }): Promise<number> {
    if (!input.all && !input.ids?.length) throw badInput('input', 'Name the notices (ids) or ask for all of them (all: true)');
    const qb = this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('recipient_user_id = :me', { me: actor.userId })
      .andWhere('read_at IS NULL');
    if (!input.all) {
      const mine = await this.access.allowed(actor, Permission.NOTIFICATION_READ, input.ids ?? []);
      if (!mine.size) return 0;
      qb.andWhere('id = ANY(:ids)', { ids: [...mine] });
    }
    const result = await qb.execute();
    return result.affected ?? 0;
  }

  /** The deliveries of notices, in the order of `ids` (for the request's loader; the notices were read through the policy). */
  async deliveriesOf(ids: readonly string[]): Promise<NotificationDelivery[][]> {
    const rows = await this.dataSource.getRepository(NotificationDelivery).createQueryBuilder('d').where('d.notification_id = ANY(:ids)', { ids: [...ids] }).orderBy('d.channel').getMany();
    return groupByKeys(ids, rows, (d) => d.notificationId);
  }

  /**
   * The actor's notices: through NOTIFICATION_READ (the recipient), and, for the inbox, its
   * own even for the platform administrator, whom the policy lets read every notice.
   */
  private ownQuery(actor: Actor, ownOnly = true) {
    const qb = this.access.scope(this.dataSource.getRepository(Notification).createQueryBuilder('n'), actor, Permission.NOTIFICATION_READ, 'n.id');
    return ownOnly ? qb.andWhere('n.recipient_user_id = :me', { me: actor.userId }) : qb;
  }
}
