import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { EnterprisesModule } from '@zhirong/enterprises';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { IdentityModule } from '@zhirong/identity';
import { createIdentityFixture, createTestApp, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { BankWebhookService } from './bank-webhook.service';
import { verifyWebhook, WEBHOOK_HEADERS } from './webhook-signing';
import { WhitelistPushService } from './whitelist-push.service';
import { WhitelistModule } from './whitelist.module';

const SECRET = 'webhook-safety-secret-0123456789';
const HOOK = `mutation($url: String!, $secret: String!) { configureBankWebhook(url: $url, secret: $secret) { url } }`;

describe('webhooks: address policy at configuration and at connect, secrets sealed at rest', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let server: Server;
  let port = 0;
  let requests = 0;
  let verified = 0;
  let batchId = '';
  const firms: string[] = [];

  async function hook(url: string): Promise<{ code?: unknown; field?: unknown } | null> {
    const res = await t.gql(HOOK, { url, secret: SECRET }, await f.token('bank'));
    return res.errors?.[0]?.extensions ?? null;
  }

  /** A fresh push of the firms to `bank` in one chunk, written as the push mutation writes it; answers the lead delivery. */
  async function pushRows(): Promise<{ pushId: string; leadId: string }> {
    const [push] = (await t.dataSource.query(
      `insert into whitelist_push (batch_id, office_organization_id, bank_organization_ids) values ($1, $2, array[$3]::uuid[]) returning id`,
      [batchId, f.orgs.office.id, f.orgs.bank.id],
    )) as { id: string }[];
    const rows = (await t.dataSource.query(
      `insert into whitelist_delivery (idempotency_key, push_id, batch_id, bank_organization_id, enterprise_id, chunk)
       select $1::text || ':' || e, $1::uuid, $2, $3, e, 0 from unnest($4::uuid[]) as e returning id`,
      [push.id, batchId, f.orgs.bank.id, firms],
    )) as { id: string }[];
    return { pushId: push.id, leadId: rows[0].id };
  }

  const deliveries = async (pushId: string) =>
    (await t.dataSource.query('select status, last_error, webhook_attempts from whitelist_delivery where push_id = $1', [pushId])) as { status: string; last_error: string | null; webhook_attempts: number }[];
  const storedSecret = async () => ((await t.dataSource.query('select secret from bank_webhook where bank_organization_id = $1', [f.orgs.bank.id])) as { secret: string }[])[0].secret;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, EnterprisesModule, WhitelistModule]);
    f = await createIdentityFixture(t);
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        requests++;
        const body = Buffer.concat(chunks).toString('utf8');
        if (verifyWebhook(SECRET, String(req.headers[WEBHOOK_HEADERS.timestamp]), body, String(req.headers[WEBHOOK_HEADERS.signature]))) verified++;
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    for (let i = 0; i < 3; i++) firms.push((await insertTestEnterprise(t.dataSource.manager, { region: f.regions.minhang })).id);
    // A batch names the rule set it used (a foreign key), even one with no criteria.
    const [ruleSet] = (await t.dataSource.query(
      `insert into screening_rule_set (region_id, region_path, office_organization_id, version, criteria, min_score) values ($1, $2, $3, 1, '[]', 0) returning id`,
      [f.regions.minhang.id, f.regions.minhang.path, f.orgs.office.id],
    )) as { id: string }[];
    const [batch] = (await t.dataSource.query(
      `insert into whitelist_batch (office_organization_id, region_id, region_path, version, rule_set_id, status) values ($1, $2, $3, 1, $4, 'PUBLISHED') returning id`,
      [f.orgs.office.id, f.regions.minhang.id, f.regions.minhang.path, ruleSet.id],
    )) as { id: string }[];
    batchId = batch.id;
  });

  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.close();
  });

  it('refuses at configuration every address of the issue, and names hosts that do not resolve, as BAD_USER_INPUT on url', async () => {
    for (const url of [
      'http://100.100.100.200/latest/meta-data',
      'http://172.20.0.1/hook',
      'http://0.0.0.0:3100/hook',
      'http://[fd00::1]/hook',
      'http://[fe80::1]/hook',
      'http://169.254.169.254/',
      'http://10.1.2.3/hook',
      'http://[::ffff:10.1.2.3]/hook',
      'http://no-such-host.invalid/hook',
    ]) {
      expect(await hook(url)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    expect(await t.dataSource.query('select 1 from bank_webhook')).toEqual([]);
  });

  it('stores the secret sealed, never in clear', async () => {
    expect(await hook(`http://127.0.0.1:${port}/hook`)).toBeNull();
    const stored = await storedSecret();
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(SECRET);
  });

  describe('at connect time, after DNS', () => {
    const pushes = () => t.app.get(WhitelistPushService);
    beforeEach(() => {
      pushes().delivery.addresses.allowLoopback = false;
    });
    afterEach(() => {
      pushes().delivery.addresses.allowLoopback = true;
    });

    it('refuses an address literal by the connected peer, as a dead letter without retries', async () => {
      const { pushId, leadId } = await pushRows();
      expect(await pushes().deliverChunk(leadId, 1)).toEqual({ sent: 3, failed: 3, stopped: false });
      expect(requests).toBe(0);
      const rows = await deliveries(pushId);
      expect(rows.map((r) => [r.status, r.webhook_attempts])).toEqual([['DEAD', 1], ['DEAD', 1], ['DEAD', 1]]);
      expect(rows[0].last_error).toBe(`webhook address refused: 127.0.0.1 → 127.0.0.1 is loopback (allowed only with WEBHOOK_ALLOW_LOOPBACK=true outside production)`);
    });

    it('refuses a host name whose DNS answer is refused, before connecting', async () => {
      // As if the bank's DNS now answered loopback (a rebinding): the URL passed the check when configured.
      await t.dataSource.query('update bank_webhook set url = $1', [`http://localhost:${port}/hook`]);
      const { pushId, leadId } = await pushRows();
      expect(await pushes().deliverChunk(leadId, 1)).toEqual({ sent: 3, failed: 3, stopped: false });
      expect(requests).toBe(0);
      const rows = await deliveries(pushId);
      expect(rows.every((r) => r.status === 'DEAD' && /^webhook address refused: localhost → (127\.0\.0\.1|::1) is loopback/.test(r.last_error ?? ''))).toBe(true);
      await t.dataSource.query('update bank_webhook set url = $1', [`http://127.0.0.1:${port}/hook`]);
    });
  });

  it('signs with the plaintext behind the sealed secret', async () => {
    const { pushId, leadId } = await pushRows();
    expect(await t.app.get(WhitelistPushService).deliverChunk(leadId, 1)).toEqual({ sent: 3, failed: 0, stopped: false });
    expect((await deliveries(pushId)).every((r) => r.status === 'DELIVERED')).toBe(true);
    expect([requests, verified]).toEqual([3, 3]);
  });

  it('keeps delivering with a secret stored in clear before encryption, and seals it at boot', async () => {
    await t.dataSource.query('update bank_webhook set secret = $1', [SECRET]);
    const { leadId } = await pushRows();
    expect(await t.app.get(WhitelistPushService).deliverChunk(leadId, 1)).toEqual({ sent: 3, failed: 0, stopped: false });
    expect([requests, verified]).toEqual([6, 6]);
    const webhooks = t.app.get(BankWebhookService);
    expect(await webhooks.sealLegacySecrets()).toBe(1);
    expect(await storedSecret()).toMatch(/^v1:/);
    expect(await webhooks.sealLegacySecrets()).toBe(0);
    const again = await pushRows();
    await t.app.get(WhitelistPushService).deliverChunk(again.leadId, 1);
    expect([requests, verified]).toEqual([9, 9]);
  });
});
