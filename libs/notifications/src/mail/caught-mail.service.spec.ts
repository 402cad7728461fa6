import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, loadConfig } from '@zhirong/core';
import { createTransport } from 'nodemailer';
import { CaughtMailService } from './caught-mail.service';

/** Raw RFC 5322 messages as nodemailer writes them (its stream transport sends nowhere). */
async function raw(subject: string, attachments: { filename: string; content: string }[] = []): Promise<Buffer> {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = (await transport.sendMail({ from: '知融平台 <noreply@zhirong.test>', to: 'firm@fixture.test', subject, text: `中文正文\n\nEnglish body of ${subject}`, attachments })) as { message: Buffer };
  return info.message;
}

describe('CaughtMailService', () => {
  const dir = mkdtempSync(join(tmpdir(), 'caught-mail-'));
  const config = (catcherDir: string | null): AppConfig => {
    const base = loadConfig({ NODE_ENV: 'test' });
    return { ...base, mail: { ...base.mail, catcherDir } };
  };

  beforeAll(async () => {
    writeFileSync(join(dir, '001796300000000-000001.eml'), await raw('第一封 | First', [{ filename: 'event-schedule-1.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }]));
    writeFileSync(join(dir, '001796300000001-000002.eml'), await raw('第二封 | Second'));
    writeFileSync(join(dir, '001796300000002-000003.eml'), await raw('第三封 | Third'));
    writeFileSync(join(dir, 'not-mail.txt'), 'ignored');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the caught messages newest first, parsed, with cursor paging', async () => {
    const service = new CaughtMailService(config(dir));
    const page = await service.list({ first: 2 });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node.subject)).toEqual(['第三封 | Third', '第二封 | Second']);
    expect(page.edges[0].node).toMatchObject({ to: ['firm@fixture.test'], attachments: [], from: '"知融平台" <noreply@zhirong.test>' });
    expect(page.edges[0].node.text).toContain('中文正文');
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await service.list({ first: 2, after: page.pageInfo.endCursor! });
    expect(rest.edges.map((e) => e.node.subject)).toEqual(['第一封 | First']);
    expect(rest.edges[0].node.attachments).toEqual(['event-schedule-1.ics']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('is refused with a clear reason where no catcher runs', async () => {
    await expect(new CaughtMailService(config(null)).list({})).rejects.toMatchObject({ message: expect.stringMatching(/MAIL_CATCHER_DIR/) });
  });

  it('answers an empty list while the catcher has caught nothing yet', async () => {
    const page = await new CaughtMailService(config(join(dir, 'missing'))).list({});
    expect(page).toMatchObject({ totalCount: 0, edges: [] });
  });
});
