import { Injectable, Logger } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, pickByKeys } from '@zhirong/core';
import { JobName, JobOutbox } from '@zhirong/jobs';
import { BankWebhookClient, WebhookAddressRefusedError } from '@zhirong/whitelist';
import { DataSource, EntityManager, In } from 'typeorm';
import { LoanAlert, LoanAlertDelivery, LoanAlertDeliveryStatus } from '../entities/monitoring.entity';

/** The JSON a bank's webhook receives for a loan alert (signed like the whitelist pushes). */
export interface LoanAlertWebhookBody {
  event: 'loan.pledged_asset_status_changed';
  idempotencyKey: string;
  bankId: string;
  loan: { id: string; status: string };
  alert: { id: string; message: string; createdAt: string };
  asset: { id: string; number: string; title: string; type: string };
  change: { fromStatus: string; toStatus: string; effectiveOn: string; source: string };
  deliveredAt: string;
}

export const loanAlertIdempotencyKey = (alertId: string) => `loan-alert:${alertId}`;

const DONE = [LoanAlertDeliveryStatus.DELIVERED, LoanAlertDeliveryStatus.NO_WEBHOOK, LoanAlertDeliveryStatus.DEAD];

/**
 * 预警推送: a loan alert reaches the pledgee bank's webhook at once, through the job outbox
 * (written in the alert's transaction, so no alert goes without its delivery nor a delivery
 * without its committed alert); each attempt is recorded on the loan_alert_delivery row.
 */
@Injectable()
export class AlertWebhookService {
  private readonly logger = new Logger(AlertWebhookService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: JobOutbox,
    private readonly client: BankWebhookClient,
    private readonly access: AccessService,
  ) {}

  /** Each alert's delivery in the order of `alertIds`, null where there is none or the actor may not see it (the bank's own). */
  async ofAlerts(actor: Actor, alertIds: readonly string[]): Promise<(LoanAlertDelivery | null)[]> {
    const rows = await this.dataSource.manager.find(LoanAlertDelivery, { where: { loanAlertId: In([...alertIds]) } });
    const ok = await this.access.allowed(
      actor,
      Permission.LOAN_ALERT_DELIVERY_READ,
      rows.map((r) => r.id),
    );
    return pickByKeys(
      alertIds,
      rows.filter((r) => ok.has(r.id)),
      (r) => r.loanAlertId,
    );
  }

  /** In the alert's transaction: the delivery row and its job. */
  async queue(manager: EntityManager, alert: LoanAlert, bankOrganizationId: string): Promise<LoanAlertDelivery> {
    const delivery = await manager.save(manager.create(LoanAlertDelivery, { loanAlertId: alert.id, bankOrganizationId }));
    await this.outbox.add(manager, JobName.MONITORING_LOAN_ALERT_WEBHOOK, {
      data: { deliveryId: delivery.id },
      jobId: `loan-alert-${delivery.id}`,
      options: this.client.jobOptions(),
    });
    return delivery;
  }

  /**
   * One attempt (1-based, the job's). Safe to run again: a finished delivery is not sent twice.
   * Throws when the webhook failed and may be retried, so BullMQ retries with its backoff; at the
   * last attempt, or for a refused address, the delivery is DEAD.
   */
  async deliver(deliveryId: string, attempt: number): Promise<{ status: LoanAlertDeliveryStatus }> {
    const [row] = (await this.dataSource.query(
      `select d.status, d.bank_organization_id, a.id as alert_id, a.message, a.created_at, l.id as loan_id, l.status as loan_status,
              i.id as asset_id, i.number, i.title, i.type, c.from_status, c.to_status, to_char(c.effective_on, 'YYYY-MM-DD') as effective_on, c.source
         from loan_alert_delivery d join loan_alert a on a.id = d.loan_alert_id join loan l on l.id = a.loan_id
         join ip_asset i on i.id = a.ip_asset_id join legal_status_change c on c.id = a.legal_status_change_id
        where d.id = $1`,
      [deliveryId],
    )) as Record<string, string>[];
    if (!row) return { status: LoanAlertDeliveryStatus.DEAD };
    if (DONE.includes(row.status as LoanAlertDeliveryStatus)) return { status: row.status as LoanAlertDeliveryStatus };
    const key = loanAlertIdempotencyKey(row.alert_id);
    const body: LoanAlertWebhookBody = {
      event: 'loan.pledged_asset_status_changed',
      idempotencyKey: key,
      bankId: row.bank_organization_id,
      loan: { id: row.loan_id, status: row.loan_status },
      alert: { id: row.alert_id, message: row.message, createdAt: new Date(row.created_at).toISOString() },
      asset: { id: row.asset_id, number: row.number, title: row.title, type: row.type },
      change: { fromStatus: row.from_status, toStatus: row.to_status, effectiveOn: row.effective_on, source: row.source },
      deliveredAt: new Date().toISOString(),
    };
    try {
      const sent = await this.client.send(row.bank_organization_id, key, body);
      const status = sent === 'DELIVERED' ? LoanAlertDeliveryStatus.DELIVERED : LoanAlertDeliveryStatus.NO_WEBHOOK;
      await this.record(deliveryId, status, sent === 'DELIVERED' ? 1 : 0, null);
      return { status };
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      const dead = e instanceof WebhookAddressRefusedError || attempt >= this.client.delivery.attempts;
      await this.record(deliveryId, dead ? LoanAlertDeliveryStatus.DEAD : LoanAlertDeliveryStatus.FAILED, 1, message);
      if (dead) {
        this.logger.warn(`loan alert webhook ${deliveryId} is dead after ${attempt} attempts: ${message}`);
        return { status: LoanAlertDeliveryStatus.DEAD };
      }
      throw e;
    }
  }

  private async record(id: string, status: LoanAlertDeliveryStatus, attempted: number, error: string | null): Promise<void> {
    await this.dataSource.query(
      `update loan_alert_delivery set status = $2::loan_alert_delivery_status, attempts = attempts + $3, last_error = $4,
              delivered_at = case when $2::loan_alert_delivery_status = 'DELIVERED' then now() else delivered_at end, updated_at = now()
        where id = $1`,
      [id, status, attempted, error],
    );
  }
}
