import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Access, Actor, AppConfig, AuditService, badInput, InjectConfig, Role } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { BankWebhook } from './entities/whitelist-push.entity';
import { loadWhitelistDeliveryConfig, WhitelistDeliveryConfig } from './whitelist.config';
import { WhitelistError, WhitelistErrorCode } from './whitelist.errors';
import { sealWebhookSecret } from './webhook-secret-box';
import { webhookUrlProblem } from './webhook-url-policy';

/** A bank's webhook configuration: the URL checked against the address policy, the secret sealed at rest. */
@Injectable()
export class BankWebhookService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BankWebhookService.name);
  private readonly delivery: WhitelistDeliveryConfig;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.delivery = loadWhitelistDeliveryConfig(process.env, config.env);
  }

  async onApplicationBootstrap(): Promise<void> {
    const sealed = await this.sealLegacySecrets();
    if (sealed) this.logger.log(`encrypted ${sealed} webhook secrets stored before encryption at rest`);
  }

  /**
   * Encrypts the secrets written in clear before encryption at rest (or by hand), and answers how
   * many. Each update is conditional on the old value, so the API and the worker booting together,
   * or a bank reconfiguring meanwhile, never lose a secret.
   */
  async sealLegacySecrets(): Promise<number> {
    const rows = (await this.dataSource.query(`select bank_organization_id, secret from bank_webhook where secret not like 'v1:%'`)) as { bank_organization_id: string; secret: string }[];
    let sealed = 0;
    for (const row of rows) {
      const [, count] = (await this.dataSource.query('update bank_webhook set secret = $2 where bank_organization_id = $1 and secret = $3', [
        row.bank_organization_id,
        sealWebhookSecret(row.secret, this.delivery.secretKey, row.bank_organization_id),
        row.secret,
      ])) as [unknown, number];
      sealed += count;
    }
    return sealed;
  }

  async configure(actor: Actor, rawUrl: string, secret: string): Promise<BankWebhook> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    const url = rawUrl.trim();
    const problem = await webhookUrlProblem(url, this.delivery.addresses);
    if (problem) throw new WhitelistError(WhitelistErrorCode.WEBHOOK_URL_REJECTED, `url ${problem}`, { field: 'url' });
    if (secret.length < 16 || secret.length > 200) throw badInput('secret', 'must be 16–200 characters');
    const sealed = sealWebhookSecret(secret, this.delivery.secretKey, actor.organizationId);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(BankWebhook, { bankOrganizationId: actor.organizationId });
      const saved = await manager.save(manager.create(BankWebhook, { bankOrganizationId: actor.organizationId, url, secret: sealed, updatedAt: new Date() }));
      await this.audit.record(manager, { action: 'configureBankWebhook', entityType: 'BankWebhook', entityId: actor.organizationId, before: before ? { url: before.url } : null, after: { url: saved.url } });
      return saved;
    });
  }

  async webhookOf(actor: Actor): Promise<BankWebhook | null> {
    Access.requireRole(actor, Role.BANK_OFFICER);
    return this.dataSource.manager.findOneBy(BankWebhook, { bankOrganizationId: actor.organizationId });
  }
}
