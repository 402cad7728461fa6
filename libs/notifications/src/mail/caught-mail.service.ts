import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig, ConnectionArgs, ConnectionShape, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, forbidden, InjectConfig } from '@zhirong/core';
import { AddressObject, simpleParser } from 'mailparser';
import { CaughtMailObject } from '../dto/notification.objects';

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => v.address ?? v.name)).filter((a): a is string => Boolean(a));

/** Parses one caught message (an .eml file) into what the administrator's page shows. */
export async function parseCaughtMail(id: string, source: Buffer): Promise<CaughtMailObject> {
  const mail = await simpleParser(source);
  return {
    id,
    subject: mail.subject ?? '',
    to: addresses(mail.to),
    from: mail.from?.text ?? null,
    date: mail.date ?? null,
    text: mail.text ?? '',
    attachments: mail.attachments.map((a) => a.filename ?? a.contentType),
  };
}

/**
 * The development mail catcher's messages (`npm start` runs tools/mail-catcher.mjs, which
 * writes each as `<time>-<n>.eml` into MAIL_CATCHER_DIR): the demo shows what was mailed.
 * Without MAIL_CATCHER_DIR (production, tests) there is nothing to read.
 */
@Injectable()
export class CaughtMailService {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  async list(args: ConnectionArgs): Promise<ConnectionShape<CaughtMailObject>> {
    const dir = this.config.mail.catcherDir;
    if (!dir) throw forbidden('The mail catcher is off: MAIL_CATCHER_DIR is not set (npm start sets it in development; production mail goes to the real SMTP server)');
    let files: string[];
    try {
      files = (await readdir(dir)).filter((f) => f.endsWith('.eml'));
    } catch {
      files = [];
    }
    // Names start with the time caught, zero-padded: the newest sorts last.
    files.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const start = args.after ? files.findIndex((f) => f < decodeCursor(args.after!).id) : 0;
    const slice = start < 0 ? [] : files.slice(start, start + first);
    const nodes = await Promise.all(slice.map(async (f) => parseCaughtMail(f, await readFile(join(dir, f)))));
    const edges = nodes.map((node) => ({ node, cursor: encodeCursor({ k: node.id, id: node.id }) }));
    return {
      edges,
      totalCount: files.length,
      pageInfo: {
        hasNextPage: start >= 0 && start + first < files.length,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
