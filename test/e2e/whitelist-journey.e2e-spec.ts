import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TestApp } from '@zhirong/platform/testing';
import { DEMO_WEBHOOK_SECRET, verifyWebhook, WEBHOOK_HEADERS } from '@zhirong/whitelist';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { startApi, tokenFor } from '../support/api';

/**
 * Issue 6's demo journey end to end: the Minhang office screens its firms, pushes the
 * batch to the two demo banks (in-app inbox and signed webhooks, delivered by the real
 * worker), bank@ sees and answers the firms, the office sees the answers, bank2 sees
 * nothing it was not sent.
 */
describe('whitelist journey on the demo data', () => {
  let t: TestApp;
  let worker: INestApplication;
  let receiver: Server;
  const received = new Map<string, number>();
  let badSignatures = 0;

  beforeAll(async () => {
    t = await startApi();
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const h = (name: string) => String(req.headers[name] ?? '');
        if (!verifyWebhook(DEMO_WEBHOOK_SECRET, h(WEBHOOK_HEADERS.timestamp), body, h(WEBHOOK_HEADERS.signature))) badSignatures++;
        const key = h(WEBHOOK_HEADERS.idempotencyKey);
        received.set(key, (received.get(key) ?? 0) + 1);
        res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await t.dataSource.query('update bank_webhook set url = $1', [url]);
    const module = await Test.createTestingModule({ imports: [WorkerModule.forRoot(t.config)] }).compile();
    worker = module.createNestApplication({ logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
    await new Promise((r) => receiver.close(r));
  });

  it('screens, publishes, pushes, lets the bank answer and the office see it', async () => {
    const office = await tokenFor(t, 'office@zhirong.test');
    const rules = await t.gql<{ defineScreeningRules: { id: string } }>(
      `mutation { defineScreeningRules(input: { minScore: 50, criteria: [
          { criterion: NO_DISHONESTY, required: true, weight: 30 },
          { criterion: VALID_INVENTION_PATENTS, threshold: "1", required: false, weight: 40 },
          { criterion: MIN_CREDIT_RATING, threshold: "BBB", required: false, weight: 30 } ] }) { id } }`,
      {},
      office,
    );
    expect(rules.errors).toBeUndefined();

    const screened = await t.gql<{ runWhitelistScreening: { id: string; includedCount: number; entries: { included: boolean; reasons: unknown[] }[] } }>(
      'mutation($r: ID!) { runWhitelistScreening(input: { ruleSetId: $r }) { id includedCount entries { included reasons { criterion passed } } } }',
      { r: rules.data!.defineScreeningRules.id },
      office,
    );
    expect(screened.errors).toBeUndefined();
    const batch = screened.data!.runWhitelistScreening;
    expect(batch.includedCount).toBeGreaterThan(0);
    expect(batch.entries.every((e) => e.reasons.length === 3)).toBe(true);

    const published = await t.gql('mutation($b: ID!) { publishWhitelistBatch(batchId: $b) { status } }', { b: batch.id }, office);
    expect(published.errors).toBeUndefined();

    const [bankOrg, bank2Org] = await t.dataSource.query(
      "select organization_id as id from app_user where email in ('bank@zhirong.test', 'bank2@zhirong.test') order by email",
    );
    const push = await t.gql<{ pushWhitelistBatch: { total: number } }>(
      'mutation($b: ID!, $banks: [ID!]) { pushWhitelistBatch(batchId: $b, bankIds: $banks) { total } }',
      { b: batch.id, banks: [bankOrg.id, bank2Org.id] },
      office,
    );
    expect(push.errors).toBeUndefined();
    expect(push.data!.pushWhitelistBatch.total).toBe(2 * batch.includedCount);

    // Progress is visible while the worker delivers.
    let delivered = 0;
    for (let i = 0; i < 100 && delivered < 2 * batch.includedCount; i++) {
      const progress = await t.gql<{ whitelistBatch: { pushes: { perBank: { delivered: number }[] }[] } }>(
        'query($b: ID!) { whitelistBatch(id: $b) { pushes { perBank { bank { name } queued delivered failed dead } } } }',
        { b: batch.id },
        office,
      );
      delivered = progress.data!.whitelistBatch.pushes[0].perBank.reduce((s, p) => s + p.delivered, 0);
      if (delivered < 2 * batch.includedCount) await new Promise((r) => setTimeout(r, 200));
    }
    expect(delivered).toBe(2 * batch.includedCount);
    expect(received.size).toBe(2 * batch.includedCount);
    expect([...received.values()].every((n) => n === 1)).toBe(true);
    expect(badSignatures).toBe(0);

    const bank = await tokenFor(t, 'bank@zhirong.test');
    const firms = await t.gql<{ whitelistedFirms: { totalCount: number; edges: { node: { id: string; name: string } }[] } }>(
      '{ whitelistedFirms(first: 100) { totalCount edges { node { id name ipSummary { validInventionPatents } } } } }',
      {},
      bank,
    );
    expect(firms.errors).toBeUndefined();
    expect(firms.data!.whitelistedFirms.totalCount).toBe(batch.includedCount);
    const firmId = firms.data!.whitelistedFirms.edges[0].node.id;

    const answer = await t.gql(
      'mutation($f: ID!) { respondToWhitelistedFirm(input: { enterpriseId: $f, status: CREDIT_LINE_OFFERED, creditLine: { amountFen: "500000000" } }) { status } }',
      { f: firmId },
      bank,
    );
    expect(answer.errors).toBeUndefined();

    const answers = await t.gql<{ whitelistResponses: { totalCount: number; edges: { node: { enterpriseId: string; status: string; bank: { name: string } } }[] } }>(
      'query($b: ID!) { whitelistResponses(batchId: $b, first: 10) { totalCount edges { node { enterpriseId status bank { name } } } } }',
      { b: batch.id },
      office,
    );
    expect(answers.errors).toBeUndefined();
    expect(answers.data!.whitelistResponses.edges.map((e) => [e.node.enterpriseId, e.node.status])).toEqual([[firmId, 'CREDIT_LINE_OFFERED']]);

    // bank2 was sent the same batch: it sees those firms, but never bank's answer.
    const bank2 = await tokenFor(t, 'bank2@zhirong.test');
    const bank2Answers = await t.gql('query($b: ID!) { whitelistResponses(batchId: $b, first: 10) { totalCount } }', { b: batch.id }, bank2);
    expect(bank2Answers.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
