import { Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import type { OutboxJob } from '@zhirong/jobs';
import { DataSource } from 'typeorm';
import { Agent, errors as undiciErrors, request } from 'undici';
import { BankWebhook } from './entities/whitelist-push.entity';
import { loadWhitelistDeliveryConfig, WhitelistDeliveryConfig } from './whitelist.config';
import { WebhookDeliveryError } from './whitelist-push.service';
import { openWebhookSecret } from './webhook-secret-box';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signing';
import { WebhookAddressRefusedError, webhookConnector, webhookUrlFormProblem } from './webhook-url-policy';

/**
 * One signed JSON event to a bank's webhook, for events other than whitelist pushes (a pledged
 * asset's legal status changed): the same webhook, secret, HMAC signature and headers, address
 * policy (checked at every connection), timeouts and retry tuning as the push deliveries, so a
 * bank verifies every platform call one way.
 */
@Injectable()
export class BankWebhookClient implements OnModuleDestroy {
  readonly delivery: WhitelistDeliveryConfig;
  // A few connections: these events come one at a time, not in chunks of hundreds.
  private readonly agent: Agent;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.delivery = loadWhitelistDeliveryConfig(process.env, config.env);
    const timeout = this.delivery.timeoutMs;
    this.agent = new Agent({ connections: 8, connect: webhookConnector(this.delivery.addresses, timeout), headersTimeout: timeout, bodyTimeout: timeout });
  }

  /** The attempts and backoff of a delivery job (the whitelist's). */
  jobOptions(): NonNullable<OutboxJob['options']> {
    return {
      attempts: this.delivery.attempts,
      backoff: { type: 'exponential', delay: this.delivery.backoffMs, jitter: this.delivery.jitter },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    };
  }

  /**
   * POSTs `body` signed with the bank's secret. NO_WEBHOOK when the bank configured none.
   * Throws WebhookAddressRefusedError when the URL may not be called (retrying cannot help) and
   * WebhookDeliveryError (or a network error) when it failed and may be retried.
   */
  async send(bankOrganizationId: string, idempotencyKey: string, body: object): Promise<'DELIVERED' | 'NO_WEBHOOK'> {
    const hook = await this.dataSource.manager.findOneBy(BankWebhook, { bankOrganizationId });
    if (!hook) return 'NO_WEBHOOK';
    const problem = webhookUrlFormProblem(hook.url);
    if (problem) throw new WebhookAddressRefusedError(`webhook url ${problem}`);
    const secret = openWebhookSecret(hook.secret, this.delivery.secretKey, bankOrganizationId);
    const json = JSON.stringify(body);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers = {
      'content-type': 'application/json',
      [WEBHOOK_HEADERS.timestamp]: timestamp,
      [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, json),
      [WEBHOOK_HEADERS.idempotencyKey]: idempotencyKey,
    };
    let status: number;
    try {
      // No redirect is followed: a 3xx could lead anywhere and counts as a failure.
      const res = await request(hook.url, { method: 'POST', headers, body: json, dispatcher: this.agent });
      status = res.statusCode;
      await res.body.dump();
    } catch (e) {
      if (e instanceof undiciErrors.HeadersTimeoutError || e instanceof undiciErrors.BodyTimeoutError || e instanceof undiciErrors.ConnectTimeoutError) {
        throw new WebhookDeliveryError(`webhook timed out after ${this.delivery.timeoutMs} ms`);
      }
      throw e;
    }
    if (status < 200 || status >= 300) throw new WebhookDeliveryError(`webhook answered HTTP ${status}`);
    return 'DELIVERED';
  }

  async onModuleDestroy(): Promise<void> {
    await this.agent.destroy();
  }
}

/** The client alone, for domains that call banks' webhooks (the bank_webhook table stays the whitelist's). */
@Module({ providers: [BankWebhookClient], exports: [BankWebhookClient] })
export class BankWebhookClientModule {}
