import { AppConfig } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { BankWebhook } from './entities/whitelist-push.entity';
import { classifyAddress } from './webhook-address';
import { sealWebhookSecret } from './webhook-secret-box';
import { webhookUrlFormProblem } from './webhook-url-policy';
import { loadWhitelistDeliveryConfig } from './whitelist.config';

/** The secret the development receiver (tools/webhook-receiver.mjs) checks signatures with by default. */
export const DEMO_WEBHOOK_SECRET = 'zhirong-demo-webhook-secret';

/** The key of WEBHOOK_SECRET_KEY, read the way the API and worker read it. */
function secretKeyFromEnv(): Buffer {
  return loadWhitelistDeliveryConfig(process.env, (process.env.NODE_ENV || 'production') as AppConfig['env']).secretKey;
}

/**
 * Points the webhooks of the given banks (by default every bank organisation) at the
 * development receiver, for the demo seed. Idempotent. The demo only ever targets a loopback
 * receiver; deliveries reach it only where WEBHOOK_ALLOW_LOOPBACK allows (npm start does).
 */
export async function configureDemoWebhooks(
  dataSource: DataSource,
  url: string,
  bankOrganizationIds?: string[],
  secret = DEMO_WEBHOOK_SECRET,
  secretKey: Buffer = secretKeyFromEnv(),
): Promise<number> {
  const problem = webhookUrlFormProblem(url) ?? (classifyAddress(new URL(url).hostname) === 'loopback' ? null : 'must point at a loopback address');
  if (problem) throw new Error(`demo webhook url ${problem}`);
  const ids = bankOrganizationIds ?? ((await dataSource.query(`select id from organization where type = 'BANK'`)) as { id: string }[]).map((r) => r.id);
  if (!ids.length) return 0;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(BankWebhook)
    .values(ids.map((bankOrganizationId) => ({ bankOrganizationId, url, secret: sealWebhookSecret(secret, secretKey, bankOrganizationId), updatedAt: new Date() })))
    .orUpdate(['url', 'secret', 'updated_at'], ['bank_organization_id'])
    .execute();
  return ids.length;
}
