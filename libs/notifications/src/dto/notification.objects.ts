import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@zhirong/core';
import { DeliveryChannel, DeliveryStatus, Notification, NotificationDelivery } from '../entities/notification.entity';
import { NotificationKind } from '../notification.types';
import './notification.enums';

@ObjectType('LocalizedText', { description: '双语文本 — a text in Chinese and in English' })
export class LocalizedTextObject {
  @Field({ description: '中文' })
  zh!: string;

  @Field({ description: 'English' })
  en!: string;
}

@ObjectType('NotificationDelivery', { description: '发送记录 — a notice sent on one channel (e-mail), and how it went' })
export class NotificationDeliveryObject {
  @Field(() => DeliveryChannel, { description: '渠道' })
  channel!: DeliveryChannel;

  @Field(() => DeliveryStatus, { description: '状态' })
  status!: DeliveryStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '发送时间 — when the mail server accepted it' })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true, description: '最近错误 — why the last attempt failed, or why it was skipped' })
  lastError!: string | null;

  static from(d: NotificationDelivery): NotificationDeliveryObject {
    return { channel: d.channel, status: d.status, sentAt: d.sentAt, lastError: d.lastError };
  }
}

@ObjectType('Notification', { description: '消息 — a notice in your inbox' })
export class NotificationObject {
  @Field(() => ID, { description: '消息 id' })
  id!: string;

  @Field(() => NotificationKind, { description: '类型' })
  kind!: NotificationKind;

  @Field(() => LocalizedTextObject, { description: '标题' })
  title!: LocalizedTextObject;

  @Field(() => LocalizedTextObject, { description: '正文' })
  body!: LocalizedTextObject;

  @Field(() => String, { nullable: true, description: '链接 — the page of the web app it points to, e.g. /events/<id>' })
  link!: string | null;

  @Field(() => String, { nullable: true, description: '对象类型 — what kind of object it is about, e.g. Event' })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true, description: '对象 id — the object it is about' })
  subjectId!: string | null;

  @Field(() => GraphQLISODateTime, { description: '时间 — when it was sent' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '已读时间 — null while unread' })
  readAt!: Date | null;

  static from(n: Notification): NotificationObject {
    return {
      id: n.id,
      kind: n.kind,
      title: { zh: n.titleZh, en: n.titleEn },
      body: { zh: n.bodyZh, en: n.bodyEn },
      link: n.link,
      subjectType: n.subjectType,
      subjectId: n.subjectId,
      createdAt: n.createdAt,
      readAt: n.readAt,
    };
  }
}

@ObjectType({ description: '消息列表 (Relay connection), with the unread count of the whole inbox' })
export class NotificationConnection extends Connection(NotificationObject, 'Notification') {
  @Field(() => Int, { description: '未读数 — unread notices in your whole inbox, whatever the filter' })
  unreadCount!: number;
}

@ObjectType('CaughtMail', { description: '已截获邮件 — a mail the development mail catcher caught (npm start); nothing here in production' })
export class CaughtMailObject {
  @Field(() => ID, { description: '文件名 — the .eml file under the catcher’s directory' })
  id!: string;

  @Field({ description: '主题' })
  subject!: string;

  @Field(() => [String], { description: '收件人' })
  to!: string[];

  @Field(() => String, { nullable: true, description: '发件人' })
  from!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '日期 — the mail’s Date header' })
  date!: Date | null;

  @Field({ description: '正文 — the plain-text part' })
  text!: string;

  @Field(() => [String], { description: '附件 — file names of the attachments, e.g. the .ics calendar files' })
  attachments!: string[];
}

@ObjectType({ description: '已截获邮件列表 (Relay connection), newest first' })
export class CaughtMailConnection extends Connection(CaughtMailObject, 'CaughtMail') {}
