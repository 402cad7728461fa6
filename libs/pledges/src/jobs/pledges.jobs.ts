import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob } from '@zhirong/jobs';
import { LoanAlertDeliveryStatus } from '../entities/monitoring.entity';
import { AlertWebhookService } from '../monitoring/alert-webhook.service';
import { PledgeRegistrationService } from '../pledge-registration.service';

/** The due-time jobs of a registration, held in the job outbox until their time (runAt); the alerts' webhooks. */
@Injectable()
export class PledgesJobs {
  constructor(
    private readonly registrations: PledgeRegistrationService,
    private readonly alertWebhooks: AlertWebhookService,
  ) {}

  @OnJob({ name: JobName.MONITORING_LOAN_ALERT_WEBHOOK })
  alertWebhook(data: JobPayloads[JobName.MONITORING_LOAN_ALERT_WEBHOOK], job: { attemptsMade: number }): Promise<{ status: LoanAlertDeliveryStatus }> {
    // attemptsMade counts the finished attempts, so this run is number attemptsMade + 1.
    return this.alertWebhooks.deliver(data.deliveryId, job.attemptsMade + 1);
  }

  @OnJob({ name: JobName.DEADLINES_PLEDGE_REGISTRATION_WARNING })
  warn(data: JobPayloads[JobName.DEADLINES_PLEDGE_REGISTRATION_WARNING]): Promise<{ warned: boolean }> {
    return this.registrations.warn(data.registrationId, data.dueAt);
  }

  @OnJob({ name: JobName.DEADLINES_PLEDGE_REGISTRATION_BREACH })
  breach(data: JobPayloads[JobName.DEADLINES_PLEDGE_REGISTRATION_BREACH]): Promise<{ breached: boolean }> {
    return this.registrations.recordBreach(data.registrationId, data.dueAt);
  }
}
