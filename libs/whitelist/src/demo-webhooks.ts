import { DataSource } from 'typeorm';
import { BankWebhook } from './entities/whitelist-push.entity';
import { webhookUrlProblem } from './webhook-signing';

/** The secret the development receiver (tools/webhook-receiver.mjs) checks signatures with by default. */
export const DEMO_WEBHOOK_SECRET = 'zhirong-demo-webhook-secret';

/**
 * Points the webhooks of the given banks (by default every bank organisation) at the
 * development receiver, for the demo seed. Idempotent.
 */
export async function configureDemoWebhooks(dataSource: DataSource, url: string, bankOrganizationIds?: string[], secret = DEMO_WEBHOOK_SECRET): Promise<number> {
  const problem = webhookUrlProblem(url, true);
  if (problem) throw new Error(`demo webhook url ${problem}`);
  const ids = bankOrganizationIds ?? ((await dataSource.query(`select id from organization where type = 'BANK'`)) as { id: string }[]).map((r) => r.id);
  if (!ids.length) return 0;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(BankWebhook)
    .values(ids.map((bankOrganizationId) => ({ bankOrganizationId, url, secret, updatedAt: new Date() })))
    .orUpdate(['url', 'secret', 'updated_at'], ['bank_organization_id'])
    .execute();
  return ids.length;
}
