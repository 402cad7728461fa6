import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, clock, InjectConfig } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { DeliveryStatus, Notification, NotificationDelivery } from '../entities/notification.entity';
import { Mailer } from './mailer';
import { notificationMail } from './notification-mail';

export type DeliveryOutcome = 'SENT' | 'ALREADY_DONE' | 'SKIPPED' | 'MISSING' | 'FAILED';

const ERROR_LENGTH = 1000;

/** What the mail job does with one delivery row. */
@Injectable()
export class NotificationDeliveryService {
  private readonly logger = new Logger(NotificationDeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Sends the delivery's mail once. The row is locked while the mail goes out, so a job that
   * runs twice (a retry, a duplicate, a second worker) finds it SENT and sends nothing. A
   * failure is recorded and rethrown, so BullMQ retries; `final` marks the last attempt FAILED.
   */
  async deliver(deliveryId: string, { final = false }: { final?: boolean } = {}): Promise<DeliveryOutcome> {
    let failure: Error | null = null;
    const outcome = await this.dataSource.transaction(async (manager): Promise<DeliveryOutcome> => {
      const delivery = await manager.getRepository(NotificationDelivery).findOne({ where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) return 'MISSING';
      if (delivery.status === DeliveryStatus.SENT || delivery.status === DeliveryStatus.SKIPPED) return 'ALREADY_DONE';
      const set = (changes: Partial<NotificationDelivery>) => manager.getRepository(NotificationDelivery).update({ id: deliveryId }, changes);
      if (!this.mailer.enabled) {
        await set({ status: DeliveryStatus.SKIPPED, lastError: 'No mail server is configured (SMTP_URL is not set): shown in the inbox only' });
        return 'SKIPPED';
      }
      const notification = await manager.getRepository(Notification).findOneByOrFail({ id: delivery.notificationId });
      const message = notificationMail(notification, {
        deliveryId,
        address: delivery.address,
        from: this.mailer.from,
        domain: this.mailer.domain,
        webUrl: this.config.mail.webUrl,
        now: clock.now(),
      });
      try {
        const info = await this.mailer.send(message);
        await set({ status: DeliveryStatus.SENT, attempts: delivery.attempts + 1, sentAt: new Date(), messageId: info.messageId.slice(0, 300), lastError: null });
        return 'SENT';
      } catch (e) {
        failure = e instanceof Error ? e : new Error(String(e));
        await set({ status: final ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, attempts: delivery.attempts + 1, lastError: failure.message.slice(0, ERROR_LENGTH) });
        return 'FAILED';
      }
    });
    // Recorded and committed first: the retry sees how many attempts were made and why they failed.
    if (outcome === 'FAILED' && failure) {
      this.logger.warn(`mail of delivery ${deliveryId} failed: ${(failure as Error).message}`);
      throw failure;
    }
    return outcome;
  }
}
