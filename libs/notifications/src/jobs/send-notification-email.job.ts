import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, JobName, JobPayloads, OnJob } from '@zhirong/jobs';
import { NotificationDeliveryService } from '../mail/notification-delivery.service';

/** Handler of `notifications.email`: one delivery row, sent once (see NotificationDeliveryService.deliver). */
@Injectable()
export class SendNotificationEmailJob {
  constructor(private readonly deliveries: NotificationDeliveryService) {}

  @OnJob({ name: JobName.NOTIFICATIONS_EMAIL })
  async handle(data: JobPayloads[JobName.NOTIFICATIONS_EMAIL], job: { attemptsMade: number; opts?: { attempts?: number } }): Promise<void> {
    // attemptsMade counts the finished attempts: this run is the last when it reaches the limit.
    const final = job.attemptsMade + 1 >= (job.opts?.attempts ?? DEFAULT_JOB_OPTIONS.attempts ?? 1);
    await this.deliveries.deliver(data.deliveryId, { final });
  }
}
