import { SendMailOptions } from 'nodemailer';
import { Notification } from '../entities/notification.entity';
import { calendarContentType, calendarFile } from '../ics';
import { CalendarEntry } from '../notification.types';

export interface MailContext {
  deliveryId: string;
  address: string;
  from: string;
  /** The sender's domain, for the Message-ID. */
  domain: string;
  /** The web app's address; a notice's link is a path of it. */
  webUrl: string;
  now: Date;
}

const absolute = (webUrl: string, link: string) => (/^https?:\/\//.test(link) ? link : `${webUrl}${link.startsWith('/') ? '' : '/'}${link}`);

/** The sender's address without its display name, for ORGANIZER. */
function addressOf(from: string): { email: string; name?: string } {
  const match = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { email: match[2].trim(), name: match[1].trim() || undefined } : { email: from.trim() };
}

/**
 * The mail of one notice to one address: Chinese first, then English; one .ics file per
 * calendar entry; a Message-ID derived from the delivery, so a resend after a crash between
 * sending and recording it is recognisable as the same message.
 */
export function notificationMail(n: Notification, ctx: MailContext): SendMailOptions {
  const link = n.link ? absolute(ctx.webUrl, n.link) : null;
  const text = [
    n.titleZh,
    '',
    n.bodyZh,
    ...(link ? ['', `查看详情：${link}`] : []),
    '',
    '——',
    '',
    n.titleEn,
    '',
    n.bodyEn,
    ...(link ? ['', `Details: ${link}`] : []),
    '',
    '此邮件由知融平台自动发送，请勿直接回复。 / Sent by Zhirong; please do not reply.',
  ].join('\n');
  const organizer = addressOf(ctx.from);
  const attachments = (n.calendar ?? []).map((stored, i) => {
    const entry: CalendarEntry = { ...stored, start: new Date(stored.start), end: new Date(stored.end), url: stored.url ? absolute(ctx.webUrl, stored.url) : undefined };
    return {
      filename: `${n.kind.toLowerCase().replace(/_/g, '-')}-${i + 1}.ics`,
      content: calendarFile(entry, { stamp: ctx.now, organizer, attendee: { email: ctx.address } }),
      contentType: calendarContentType(entry),
    };
  });
  return {
    to: ctx.address,
    subject: `${n.titleZh} | ${n.titleEn}`,
    text,
    messageId: `<notification.${ctx.deliveryId}@${ctx.domain}>`,
    headers: { 'X-Zhirong-Notification': n.id, 'X-Zhirong-Notification-Kind': n.kind },
    attachments,
  };
}
