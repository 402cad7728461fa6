import { Actor, OrganizationType, Role } from '@zhirong/core';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { LegalStatus } from '@zhirong/ip-assets';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { MonitoringService } from '@zhirong/pledges';
import { BankWebhookClient, sealWebhookSecret, verifyWebhook, WEBHOOK_HEADERS } from '@zhirong/whitelist';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/**
 * A pledged asset's legal-status change reaches the pledgee bank's webhook through the worker
 * as it runs in production: the job outbox row committed with the alert, the relay, BullMQ and
 * its retry with backoff after the bank's first answer fails.
 */
jest.setTimeout(120_000);

describe('loan alert webhook (worker)', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let receiver: Server;
  const got: { headers: IncomingHttpHeaders; body: string; answered: number }[] = [];
  const answers = [503, 200];
  const secret = 'worker-alert-webhook-secret-42';

  const q = async <T>(sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params)) as T[];
  async function until<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    // Retries a fifth of a second apart rather than seconds: the backoff is the whitelist's tuning, read at start-up.
    process.env.WHITELIST_WEBHOOK_BACKOFF_MS = '200';
    receiver = createServer((req, res) => {
      let body = '';
      req
        .on('data', (c: Buffer) => (body += c.toString('utf8')))
        .on('end', () => {
          const answered = answers.shift() ?? 200;
          got.push({ headers: req.headers, body, answered });
          res.writeHead(answered).end('{}');
        });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    t = await createTestApp((config) => WorkerModule.forRoot(config));
    f = await createIdentityFixture(t);
  });
  afterAll(async () => {
    delete process.env.WHITELIST_WEBHOOK_BACKOFF_MS;
    await t?.close();
    await new Promise((r) => receiver.close(r));
  });

  it('delivers the signed event after a failed first attempt, and records both attempts', async () => {
    const firm = await insertTestEnterprise(t.dataSource.manager, { name: '预警推送测试有限公司', region: f.regions.minhang });
    const [product] = await q<{ id: string }>(
      `insert into loan_product (bank_organization_id, name, status, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, '预警测试贷', 'ACTIVE', 100000000, 1000000000, 6, 36, 300, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 3000}', '2026-01-01') returning id`,
      [f.orgs.bank.id],
    );
    const [asset] = await q<{ id: string; number: string }>(
      `insert into ip_asset (enterprise_id, region_path, type, number, title, legal_status, pledge_status) values ($1, $2, 'INVENTION_PATENT', 'ZL202010077777.1', '质押专利', 'VALID', 'PLEDGED') returning id, number`,
      [firm.id, firm.regionPath],
    );
    const [app] = await q<{ id: string }>(
      `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status)
       values ($1, $2, $3, 100000000, 12, 'EQUAL_INSTALMENT', 'APPROVED') returning id`,
      [firm.id, f.orgs.bank.id, product.id],
    );
    const [loan] = await q<{ id: string }>(
      `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, principal_fen, annual_rate_bp, term_months, repayment_method,
         appraised_value_fen, pledge_rate_bp, contracted_at, outstanding_principal_fen, status, disbursed_on, maturity_date)
       values ($1, $2, $3, $4, $5, $6, 100000000, 400, 12, 'EQUAL_INSTALMENT', 300000000, 3333, '2026-01-05', 100000000, 'ACTIVE', '2026-01-05', '2027-01-05') returning id`,
      [app.id, firm.id, f.orgs.bank.id, product.id, firm.regionId, firm.regionPath],
    );
    await q(`insert into loan_pledged_asset (loan_id, ip_asset_id, value_fen) values ($1, $2, 300000000)`, [loan.id, asset.id]);
    const client = t.module.get(BankWebhookClient);
    await q(`insert into bank_webhook (bank_organization_id, url, secret) values ($1, $2, $3)`, [
      f.orgs.bank.id,
      `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      sealWebhookSecret(secret, client.delivery.secretKey, f.orgs.bank.id),
    ]);

    // The platform's status feed reports the change (the platform administrator runs it).
    const admin: Actor = {
      userId: f.users.admin.id,
      email: f.users.admin.email,
      roles: [Role.PLATFORM_ADMIN],
      organizationId: f.orgs.admin.id,
      organizationType: OrganizationType.PLATFORM,
      regionPath: f.regions.shanghai.path,
    };
    const { alerts } = await t.module.get(MonitoringService).report(admin, { number: asset.number, status: LegalStatus.INVALIDATED, effectiveOn: '2026-12-06' });
    expect(alerts).toBe(1);

    const delivered = await until(async () => {
      const [row] = await q<{ status: string; attempts: number; last_error: string | null }>(
        `select d.status, d.attempts, d.last_error from loan_alert_delivery d join loan_alert a on a.id = d.loan_alert_id where a.loan_id = $1`,
        [loan.id],
      );
      return row?.status === 'DELIVERED' ? row : undefined;
    });
    // The first call answered 503 (recorded, retried by BullMQ), the second 200.
    expect(delivered).toEqual({ status: 'DELIVERED', attempts: 2, last_error: null });
    expect(got.map((g) => g.answered)).toEqual([503, 200]);
    const [first, second] = got;
    expect(second.headers[WEBHOOK_HEADERS.idempotencyKey]).toBe(first.headers[WEBHOOK_HEADERS.idempotencyKey]);
    expect(verifyWebhook(secret, String(second.headers[WEBHOOK_HEADERS.timestamp]), second.body, String(second.headers[WEBHOOK_HEADERS.signature]))).toBe(true);
    expect(JSON.parse(second.body)).toMatchObject({
      event: 'loan.pledged_asset_status_changed',
      bankId: f.orgs.bank.id,
      loan: { id: loan.id, status: 'ACTIVE' },
      asset: { id: asset.id, number: asset.number },
      change: { fromStatus: 'VALID', toStatus: 'INVALIDATED', effectiveOn: '2026-12-06', source: 'API' },
    });
  });
});
