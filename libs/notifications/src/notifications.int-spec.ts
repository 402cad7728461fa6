import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { IdentityModule } from '@zhirong/identity';
import { JobName, JobQueue, JobWorkerModule, QueueName } from '@zhirong/jobs';
import { PlatformCoreModule } from '@zhirong/platform';
import { createIdentityFixture, createTestApp, firstError, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { ParsedMail } from 'mailparser';
import { DeliveryStatus } from './entities/notification.entity';
import { MAX_LINE_OCTETS, unescapeText, unfold } from './ics';
import { Mailer } from './mail/mailer';
import { NotificationDeliveryService } from './mail/notification-delivery.service';
import { NotificationService } from './notification.service';
import { NotificationInput, NotificationKind } from './notification.types';
import { NotificationJobsModule, NotificationsModule } from './notifications.module';
import { MailCatcher, startMailCatcher } from './testing/mail-catcher';

const SUMMARY = '银企对接会一对一洽谈：测试银行与闵行测试科技有限公司就知识产权质押融资进行面对面交流，地点在第三桌，请提前十分钟到场签到。';

const INBOX = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title { zh en } body { zh en } link subjectType subjectId createdAt readAt deliveries { channel status sentAt lastError } } }
  }
}`;
const MARK = 'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }';

interface InboxNode {
  id: string;
  kind: string;
  title: { zh: string; en: string };
  link: string | null;
  subjectId: string | null;
  readAt: string | null;
  deliveries: { channel: string; status: string; sentAt: string | null; lastError: string | null }[];
}
interface Inbox {
  notifications: { totalCount: number; unreadCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: InboxNode }[] };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

jest.setTimeout(60_000);

describe('notifications: inbox, mail by job, calendar files', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let catcher: MailCatcher;
  let worker: INestApplication;
  let service: NotificationService;
  let secondFirmUser: string;
  const eventId = '7d1c3a52-6a43-4c1e-9a53-2f1f5d1d7a01';

  const send = (input: NotificationInput) => t.dataSource.transaction((m) => service.send(m, input));
  const gql = async <T>(who: 'firm' | 'firm2' | 'bank' | 'admin', query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, await f.token(who));
  const mailsTo = (address: string) => catcher.messages.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.value.some((v) => v.address === address) : false));
  const invitation = (over: Partial<NotificationInput> = {}): NotificationInput => ({
    kind: NotificationKind.EVENT_SCHEDULE,
    recipients: { organizationIds: [] },
    key: `event-${eventId}-schedule-v1`,
    title: { zh: '洽谈日程已发布', en: 'Your meeting schedule' },
    body: { zh: '您在闵行银企对接会上有一场洽谈。', en: 'You have one meeting at the Minhang matchmaking fair.' },
    link: `/events/${eventId}`,
    subject: { type: 'Event', id: eventId },
    calendar: [
      {
        uid: `meeting-1-${eventId}@zhirong`,
        sequence: 0,
        method: 'REQUEST',
        start: new Date('2026-12-10T01:30:00Z'),
        end: new Date('2026-12-10T01:50:00Z'),
        summary: SUMMARY,
        description: '桌号 3; 银行: 测试银行, 企业: 闵行测试科技有限公司',
        location: '闵行区政府一楼多功能厅',
        url: `/events/${eventId}`,
      },
    ],
    ...over,
  });

  beforeAll(async () => {
    catcher = await startMailCatcher();
    t = await createTestApp([IdentityModule, NotificationsModule]);
    f = await createIdentityFixture(t);
    service = t.module.get(NotificationService);
    // The firm has a second active user and a deactivated one.
    const [second] = (await t.dataSource.query(
      `insert into app_user (email, display_name, roles, organization_id, password_hash) values ('firm.b@fixture.test', '第二位', '{ENTERPRISE_USER}', $1, 'x') returning id`,
      [f.orgs.firm.id],
    )) as { id: string }[];
    secondFirmUser = second.id;
    await t.dataSource.query(`insert into app_user (email, display_name, roles, organization_id, password_hash, active) values ('firm.gone@fixture.test', '已停用', '{ENTERPRISE_USER}', $1, 'x', false)`, [f.orgs.firm.id]);
    const module = await Test.createTestingModule({
      imports: [PlatformCoreModule.forRoot({ ...t.config, mail: { ...t.config.mail, smtpUrl: catcher.url } }), JobWorkerModule.forRoot({ requireAllHandlers: false }), NotificationJobsModule],
    }).compile();
    worker = module.createNestApplication({ logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await catcher?.close();
  });

  it('puts one notice in the inbox of each active user of an organisation, and mails each once however often it is sent', async () => {
    expect(await send(invitation({ recipients: { organizationIds: [f.orgs.firm.id] } }))).toEqual({ created: 2 });
    // Again, with the same key, also naming one user directly: nothing new.
    expect(await send(invitation({ recipients: { organizationIds: [f.orgs.firm.id], userIds: [f.users.firm.id] } }))).toEqual({ created: 0 });
    const rows = (await t.dataSource.query('select recipient_user_id, recipient_organization_id from notification order by recipient_user_id')) as { recipient_user_id: string; recipient_organization_id: string }[];
    expect(rows.map((r) => r.recipient_user_id).sort()).toEqual([f.users.firm.id, secondFirmUser].sort());
    expect(rows.every((r) => r.recipient_organization_id === f.orgs.firm.id)).toBe(true);
    const jobs = (await t.dataSource.query(`select job_id from job_outbox where name = $1`, [JobName.NOTIFICATIONS_EMAIL])) as { job_id: string }[];
    expect(jobs).toHaveLength(2);
    expect(jobs.every((j) => /^email-[0-9a-f-]{36}$/.test(j.job_id))).toBe(true);

    await catcher.waitFor((m) => mailsTo('firm@fixture.test').includes(m));
    await catcher.waitFor((m) => mailsTo('firm.b@fixture.test').includes(m));
    await until('both deliveries SENT', async () => {
      const sent = (await t.dataSource.query(`select count(*)::int as n from notification_delivery where status = 'SENT'`)) as { n: number }[];
      return sent[0].n === 2;
    });
    expect(mailsTo('firm@fixture.test')).toHaveLength(1);
    expect(mailsTo('firm.gone@fixture.test')).toHaveLength(0);
  });

  it('mails Chinese first, then English, with a Message-ID of the delivery and an .ics that folds at 75 octets', async () => {
    const [mail] = mailsTo('firm@fixture.test') as [ParsedMail];
    const [delivery] = (await t.dataSource.query(
      `select d.id, d.message_id from notification_delivery d join notification n on n.id = d.notification_id where n.recipient_user_id = $1`,
      [f.users.firm.id],
    )) as { id: string; message_id: string }[];
    expect(mail.subject).toBe('洽谈日程已发布 | Your meeting schedule');
    expect(mail.messageId).toBe(`<notification.${delivery.id}@zhirong.test>`);
    expect(delivery.message_id).toBe(mail.messageId);
    const text = mail.text ?? '';
    expect(text.indexOf('您在闵行银企对接会上有一场洽谈。')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('您在闵行银企对接会上有一场洽谈。')).toBeLessThan(text.indexOf('You have one meeting'));
    expect(text).toContain(`${t.config.mail.webUrl}/events/${eventId}`);

    expect(mail.attachments).toHaveLength(1);
    const [ics] = mail.attachments;
    expect(ics.filename).toBe('event-schedule-1.ics');
    expect(ics.contentType).toBe('text/calendar');
    expect(String(ics.headers.get('content-type') && (ics.headers.get('content-type') as { params: Record<string, string> }).params.method)).toBe('REQUEST');
    const raw = ics.content.toString('utf8');
    const lines = raw.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const unfolded = unfold(raw).split('\r\n');
    const value = (name: string) => unescapeText(unfolded.find((l) => l.startsWith(`${name}:`))!.slice(name.length + 1));
    expect(value('SUMMARY')).toBe(SUMMARY);
    expect(value('DESCRIPTION')).toBe('桌号 3; 银行: 测试银行, 企业: 闵行测试科技有限公司');
    expect(value('DTSTART')).toBe('20261210T013000Z');
    expect(value('METHOD')).toBe('REQUEST');
    expect(value('URL')).toBe(`${t.config.mail.webUrl}/events/${eventId}`);
    expect(unfolded).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:firm@fixture.test');
  });

  it('sends once when the job runs twice, and when two runs race for one delivery', async () => {
    const deliveries = worker.get(NotificationDeliveryService);
    const [{ id }] = (await t.dataSource.query(
      `select d.id from notification_delivery d join notification n on n.id = d.notification_id where n.recipient_user_id = $1`,
      [f.users.firm.id],
    )) as { id: string }[];
    // A second BullMQ job for the same delivery (as a re-run would be) completes without mailing.
    const queue = worker.get(JobQueue);
    const jobId = await queue.enqueue(JobName.NOTIFICATIONS_EMAIL, { deliveryId: id }, { jobId: `again-${id}` });
    await until('the duplicate job to finish', async () => (await queue.queue(QueueName.NOTIFICATIONS).getJob(jobId!))?.finishedOn);
    expect(await deliveries.deliver(id)).toBe('ALREADY_DONE');
    expect(mailsTo('firm@fixture.test')).toHaveLength(1);

    // A delivery written by hand (no job): two runs at once send one mail.
    expect(await send(invitation({ key: 'race', recipients: { userIds: [f.users.bank.id] }, email: false, calendar: [] }))).toEqual({ created: 1 });
    const [row] = (await t.dataSource.query(
      `insert into notification_delivery (notification_id, channel, address) select id, 'EMAIL', 'bank@fixture.test' from notification where dedupe_key = 'race' returning id`,
    )) as { id: string }[];
    const outcomes = await Promise.all([deliveries.deliver(row.id), deliveries.deliver(row.id)]);
    expect(outcomes.sort()).toEqual(['ALREADY_DONE', 'SENT']);
    await catcher.waitFor((m) => mailsTo('bank@fixture.test').includes(m));
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo('bank@fixture.test')).toHaveLength(1);
  });

  it('sends nothing for a change that rolls back', async () => {
    const mailJobs = async () => ((await t.dataSource.query('select count(*)::int as n from job_outbox where name = $1', [JobName.NOTIFICATIONS_EMAIL])) as { n: number }[])[0].n;
    const before = await mailJobs();
    await expect(
      t.dataSource.transaction(async (m) => {
        expect(await service.send(m, invitation({ key: 'rolled-back', recipients: { userIds: [f.users.firm2.id] } }))).toEqual({ created: 1 });
        throw new Error('the domain change failed');
      }),
    ).rejects.toThrow('the domain change failed');
    expect(await t.dataSource.query(`select 1 from notification where dedupe_key = 'rolled-back'`)).toEqual([]);
    expect(await mailJobs()).toBe(before);
  });

  it('skips mail with a reason when no SMTP server is configured, and records a failure for the retry', async () => {
    const off = new NotificationDeliveryService(t.dataSource, new Mailer(t.config), t.config);
    const down = new NotificationDeliveryService(t.dataSource, new Mailer({ ...t.config, mail: { ...t.config.mail, smtpUrl: 'smtp://127.0.0.1:1/?ignoreTLS=true&connectionTimeout=2000' } }), t.config);
    await send(invitation({ key: 'no-smtp', recipients: { userIds: [f.users.firm2.id] }, email: false }));
    const manual = async () =>
      (
        (await t.dataSource.query(
          `insert into notification_delivery (notification_id, channel, address) select id, 'EMAIL', 'firm2@fixture.test' from notification where dedupe_key = 'no-smtp'
           on conflict (notification_id, channel) do update set status = 'PENDING', attempts = 0, last_error = null returning id`,
        )) as { id: string }[]
      )[0].id;
    const id = await manual();
    await expect(down.deliver(id)).rejects.toThrow();
    let [state] = (await t.dataSource.query('select status, attempts, last_error from notification_delivery where id = $1', [id])) as { status: string; attempts: number; last_error: string }[];
    expect(state).toMatchObject({ status: DeliveryStatus.PENDING, attempts: 1 });
    expect(state.last_error).toMatch(/ECONNREFUSED|connect/i);
    await expect(down.deliver(id, { final: true })).rejects.toThrow();
    [state] = (await t.dataSource.query('select status, attempts from notification_delivery where id = $1', [id])) as typeof state[];
    expect(state).toMatchObject({ status: DeliveryStatus.FAILED, attempts: 2 });

    await manual();
    expect(await off.deliver(id)).toBe('SKIPPED');
    [state] = (await t.dataSource.query('select status, last_error from notification_delivery where id = $1', [id])) as typeof state[];
    expect(state.status).toBe(DeliveryStatus.SKIPPED);
    expect(state.last_error).toMatch(/SMTP_URL/);
  });

  it('shows each user their own inbox, newest first, pages it, filters unread and marks read', async () => {
    for (let i = 1; i <= 3; i++) {
      await send(invitation({ kind: NotificationKind.MEETING_REMINDER, key: `reminder-${i}`, title: { zh: `提醒 ${i}`, en: `Reminder ${i}` }, recipients: { userIds: [f.users.firm.id] }, email: false, calendar: [] }));
      // created_at has millisecond precision: two notices in one millisecond tie, and "newest first" could not tell them apart.
      await new Promise((r) => setTimeout(r, 5));
    }
    const first = (await gql<Inbox>('firm', INBOX, { first: 2 })).data!.notifications;
    expect(first.totalCount).toBe(4);
    expect(first.unreadCount).toBe(4);
    expect(first.edges.map((e) => e.node.title.zh)).toEqual(['提醒 3', '提醒 2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await gql<Inbox>('firm', INBOX, { first: 2, after: first.pageInfo.endCursor })).data!.notifications;
    expect(rest.edges.map((e) => e.node.title.zh)).toEqual(['提醒 1', '洽谈日程已发布']);
    const schedule = rest.edges[1].node;
    expect(schedule).toMatchObject({ kind: 'EVENT_SCHEDULE', link: `/events/${eventId}`, subjectId: eventId, readAt: null });
    expect(schedule.deliveries).toEqual([expect.objectContaining({ channel: 'EMAIL', status: 'SENT', lastError: null })]);
    expect(first.edges[0].node.deliveries).toEqual([]);

    expect((await gql<{ markNotificationsRead: number }>('firm', MARK, { input: { ids: [schedule.id, first.edges[0].node.id] } })).data!.markNotificationsRead).toBe(2);
    // Again: already read, nothing changes.
    expect((await gql<{ markNotificationsRead: number }>('firm', MARK, { input: { ids: [schedule.id] } })).data!.markNotificationsRead).toBe(0);
    const unread = (await gql<Inbox>('firm', INBOX, { unreadOnly: true })).data!.notifications;
    expect(unread.edges.map((e) => e.node.title.zh)).toEqual(['提醒 2', '提醒 1']);
    expect(unread).toMatchObject({ totalCount: 2, unreadCount: 2 });
    expect((await gql<{ markNotificationsRead: number }>('firm', MARK, { input: { all: true } })).data!.markNotificationsRead).toBe(2);
    expect((await gql<Inbox>('firm', INBOX)).data!.notifications.unreadCount).toBe(0);
    expect(firstError(await gql('firm', MARK, { input: {} })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
  });

  it('lets no one else read or mark a user’s notices, the platform administrator included', async () => {
    const firmIds = ((await t.dataSource.query('select id from notification where recipient_user_id = $1', [secondFirmUser])) as { id: string }[]).map((r) => r.id);
    expect(firmIds).toHaveLength(1);
    for (const who of ['firm', 'firm2', 'bank', 'admin'] as const) {
      const inbox = (await gql<Inbox>(who, INBOX, { first: 100 })).data!.notifications;
      expect(inbox.edges.map((e) => e.node.id)).not.toContain(firmIds[0]);
      expect((await gql<{ markNotificationsRead: number }>(who, MARK, { input: { ids: firmIds } })).data!.markNotificationsRead).toBe(0);
    }
    const [row] = (await t.dataSource.query('select read_at from notification where id = $1', [firmIds[0]])) as { read_at: Date | null }[];
    expect(row.read_at).toBeNull();
  });

  it('offers the caught mail to the administrator only, and only with a mail catcher', async () => {
    const query = '{ caughtMail(first: 5) { totalCount edges { node { id subject } } } }';
    expect(firstError(await gql('firm', query)).extensions?.code).toBe('FORBIDDEN');
    const off = firstError(await gql('admin', query));
    expect(off.extensions?.code).toBe('FORBIDDEN');
    expect(off.message).toMatch(/MAIL_CATCHER_DIR/);
  });
});
