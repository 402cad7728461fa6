import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { createTransport, SendMailOptions, Transporter } from 'nodemailer';

/** The SMTP connection of one process: from SMTP_URL, or none (mail is then skipped). */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.mail.smtpUrl !== null;
  }

  get from(): string {
    return this.config.mail.from;
  }

  /** The domain of the sender's address, for Message-IDs. */
  get domain(): string {
    const address = /<([^>]+)>/.exec(this.from)?.[1] ?? this.from;
    return address.split('@')[1]?.trim() || 'zhirong.local';
  }

  /** Sends one message; resolves with the server's answer, rejects with its error. */
  async send(message: SendMailOptions): Promise<{ messageId: string; response: string }> {
    if (!this.config.mail.smtpUrl) throw new Error('SMTP_URL is not set');
    // A pooled transport would keep a connection per process open; a few notices a minute do not need it.
    this.transport ??= createTransport(this.config.mail.smtpUrl);
    const info = (await this.transport.sendMail({ from: this.from, ...message })) as { messageId: string; response: string };
    return info;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
