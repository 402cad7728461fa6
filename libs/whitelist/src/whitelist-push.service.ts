import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Access, Actor, AppConfig, AuditService, InjectConfig, notFound, Role } from '@zhirong/core';
import { JobName, JobOutbox, OutboxJob } from '@zhirong/jobs';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { DataSource, EntityManager } from 'typeorm';
import { Agent, errors as undiciErrors, request } from 'undici';
import { WhitelistPush } from './entities/whitelist-push.entity';
import { WhitelistBatch } from './entities/whitelist-batch.entity';
import { WhitelistBatchStatus } from './entities/whitelist.enums';
import { loadWhitelistDeliveryConfig, WhitelistDeliveryConfig } from './whitelist.config';
import { WhitelistError, WhitelistErrorCode } from './whitelist.errors';
import { openWebhookSecret } from './webhook-secret-box';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signing';
import { WebhookAddressRefusedError, webhookConnector, webhookUrlFormProblem } from './webhook-url-policy';

export interface BankRef {
  id: string;
  name: string;
}

export interface BankProgress {
  bank: BankRef;
  queued: number;
  delivered: number;
  failed: number;
  dead: number;
  total: number;
}

/** The JSON a bank's webhook receives for one pushed firm. */
export interface WhitelistWebhookBody {
  event: 'whitelist.firm_pushed';
  idempotencyKey: string;
  pushId: string;
  batch: { id: string; version: number };
  bankId: string;
  firm: { id: string; name: string; creditCode: string; industryCode: string; regionPath: string; tags: string[]; score: number | null };
  deliveredAt: string;
}

/** A delivery of a chunk that still needs its webhook, with what the body carries. */
interface PendingDelivery {
  id: string;
  idempotency_key: string;
  push_id: string;
  batch_id: string;
  bank_organization_id: string;
  enterprise_id: string;
  version: number;
  name: string;
  credit_code: string;
  industry_code: string;
  region_path: string;
  tags: string[];
  score: number | null;
  url: string;
  secret: string;
}

/** What a chunk job came to; `stopped`: the worker is stopping and some deliveries were not sent. */
export interface ChunkResult {
  sent: number;
  failed: number;
  stopped: boolean;
}

/** What one webhook call came to: null error = delivered; `permanent`: retrying cannot help (a refused address). */
interface Outcome {
  id: string;
  error: string | null;
  permanent?: boolean;
}

/** The rows a push or a re-drive turns into chunk jobs: one per push×bank×chunk. */
interface ChunkRow {
  bank_organization_id: string;
  chunk: number;
  redrives: number;
  lead_id: string;
  n: number;
}

export class WebhookDeliveryError extends Error {}

function errorMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 500);
}

const ENQUEUE_CHUNK = 500;

/**
 * The BullMQ job id of a chunk: push, bank and chunk (BullMQ accepts exactly three
 * `:`-separated parts), suffixed per re-drive so a re-drive is a new job while enqueueing
 * the same chunk twice is a no-op.
 */
export function chunkJobId(pushId: string, bankId: string, chunk: number, redrives: number): string {
  const id = `${pushId}:${bankId}:${chunk}`;
  return redrives ? `${id}-r${redrives}` : id;
}

/**
 * Pushing published batches to banks: one delivery row per bank×firm, one job per
 * push×bank×chunk of firms; the job writes the chunk's inbox, access and search outbox
 * rows in one transaction, then calls the bank's webhook once per firm, a few at a time,
 * and retries only the deliveries that failed.
 */
@Injectable()
export class WhitelistPushService implements OnModuleDestroy {
  private readonly logger = new Logger(WhitelistPushService.name);
  readonly delivery: WhitelistDeliveryConfig;
  /**
   * undici keeps a pool of keep-alive connections per bank origin; per request it costs about
   * three quarters of node:http's CPU, which is what bounds a push's deliveries per second.
   */
  private readonly agent: Agent;
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Set when the worker stops: running chunks send no further webhook and are rescheduled. */
  private stopping = false;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobOutbox,
    private readonly outbox: SearchOutboxService,
  ) {
    this.delivery = loadWhitelistDeliveryConfig(process.env, config.env);
    const timeout = this.delivery.timeoutMs;
    // Each phase is bounded: connecting (undici's default is 10 s), waiting for the answer, reading it.
    // Every new connection checks the address it reaches after DNS, so a rebinding cannot slip through.
    this.agent = new Agent({ connections: 64, connect: webhookConnector(this.delivery.addresses, timeout), headersTimeout: timeout, bodyTimeout: timeout });
  }

  /**
   * Banks an office may push to: those whose region is the office's, an ancestor (a
   * Shanghai-wide bank serves Minhang) or a descendant (a branch inside the district).
   */
  async eligibleBanks(regionPath: string): Promise<BankRef[]> {
    return (await this.dataSource.query(
      `select o.id, o.name from organization o join region r on r.id = o.region_id
       where o.type = 'BANK' and (r.path = $1 or starts_with($1, r.path || '/') or starts_with(r.path, $1 || '/'))
       order by o.name, o.id`,
      [regionPath],
    )) as BankRef[];
  }

  jobOptions(): NonNullable<OutboxJob['options']> {
    return {
      attempts: this.delivery.attempts,
      // BullMQ's exponential backoff with jitter: delay·2^(n-1), randomised by the jitter share.
      backoff: { type: 'exponential', delay: this.delivery.backoffMs, jitter: this.delivery.jitter },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    };
  }

  async push(actor: Actor, batchId: string, bankIds: string[] | null | undefined): Promise<WhitelistPush & { total: number }> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    const batch = await this.dataSource.manager.findOneBy(WhitelistBatch, { id: batchId });
    if (!batch) throw notFound('WhitelistBatch', batchId);
    Access.requireOwnOrganization(actor, batch.officeOrganizationId);
    if (batch.status !== WhitelistBatchStatus.PUBLISHED) {
      throw new WhitelistError(WhitelistErrorCode.BATCH_NOT_PUBLISHED, `Only a published batch is pushed; v${batch.version} is ${batch.status}`, { details: { batchId, status: batch.status } });
    }
    const eligible = await this.eligibleBanks(batch.regionPath);
    let banks = eligible.map((b) => b.id);
    if (bankIds) {
      const allowed = new Set(banks);
      const unique = [...new Set(bankIds)];
      unique.forEach((id, i) => {
        if (!allowed.has(id)) {
          throw new WhitelistError(WhitelistErrorCode.BANK_NOT_ELIGIBLE, `${id} is not a bank in or above the batch's region`, { field: `bankIds.${i}` });
        }
      });
      banks = unique;
    }
    if (!banks.length) throw new WhitelistError(WhitelistErrorCode.NO_BANKS, 'There is no bank to push to');

    const { push, chunks } = await this.dataSource.transaction(async (manager) => {
      const push = await manager.save(manager.create(WhitelistPush, { batchId, officeOrganizationId: actor.organizationId, bankOrganizationIds: banks }));
      // One row per bank×included firm, numbered into chunks per bank; a key already delivered by an
      // earlier push of the same batch is skipped. Answers one line per chunk, not per delivery.
      const chunks = (await manager.query(
        `with created as (
           insert into whitelist_delivery (idempotency_key, push_id, batch_id, bank_organization_id, enterprise_id, chunk)
           select we.batch_id::text || ':' || b::text || ':' || we.enterprise_id::text, $2, $1, b, we.enterprise_id,
             ((row_number() over (partition by b order by we.enterprise_id)) - 1) / $4
           from whitelist_entry we cross join unnest($3::uuid[]) as b
           where we.batch_id = $1 and we.included
           on conflict (idempotency_key) do nothing
           returning id, bank_organization_id, chunk
         )
         select bank_organization_id, chunk, 0 as redrives, min(id::text) as lead_id, count(*)::int as n
         from created group by bank_organization_id, chunk order by chunk, bank_organization_id`,
        [batchId, push.id, banks, this.delivery.chunkSize],
      )) as ChunkRow[];
      const deliveries = chunks.reduce((s, c) => s + c.n, 0);
      await this.audit.record(manager, { action: 'pushWhitelistBatch', entityType: 'WhitelistPush', entityId: push.id, after: { ...push, deliveries } });
      // The chunk jobs commit with the deliveries (job outbox): none is lost if Redis is away, none runs before its rows exist.
      await this.enqueue(manager, push.id, chunks);
      return { push, chunks };
    });
    return Object.assign(push, { total: chunks.reduce((s, c) => s + c.n, 0) });
  }

  /**
   * One job per chunk. The payload names the chunk's lead delivery (JobPayloads keeps the
   * `{ deliveryId }` shape of libs/jobs): the handler reads push, bank and chunk from that row.
   */
  private async enqueue(manager: EntityManager, pushId: string, chunks: ChunkRow[]): Promise<void> {
    for (let i = 0; i < chunks.length; i += ENQUEUE_CHUNK) {
      await this.jobs.addMany(
        manager,
        JobName.WHITELIST_DELIVER,
        chunks.slice(i, i + ENQUEUE_CHUNK).map((c) => ({
          data: { deliveryId: c.lead_id },
          jobId: chunkJobId(pushId, c.bank_organization_id, c.chunk, c.redrives),
          options: this.jobOptions(),
        })),
      );
    }
  }

  /**
   * Dead deliveries go back on the queue as a new job per chunk; chunks with QUEUED rows are
   * enqueued again under their existing id (a no-op while that job exists, a rescue when Redis
   * lost it).
   */
  async redrive(actor: Actor, pushId: string): Promise<number> {
    Access.requireRole(actor, Role.GOV_OFFICER);
    const push = await this.dataSource.manager.findOneBy(WhitelistPush, { id: pushId });
    if (!push) throw notFound('WhitelistPush', pushId);
    Access.requireOwnOrganization(actor, push.officeOrganizationId);
    const chunks = await this.dataSource.transaction(async (manager) => {
      // Every DEAD row of a chunk died in the same (last) attempt of the same job, so they share a
      // redrives count and the new job id `…-r<redrives>` is new; max() only guards odd histories.
      const chunks = (await manager.query(
        `with dead as (
           update whitelist_delivery set status = 'QUEUED', redrives = redrives + 1, last_error = null, updated_at = now()
           where push_id = $1 and status = 'DEAD' returning id, bank_organization_id, chunk, redrives
         ),
         queued as (
           select id, bank_organization_id, chunk, redrives from whitelist_delivery
           where push_id = $1 and status = 'QUEUED' and id not in (select id from dead)
         ),
         rows as (select id, bank_organization_id, chunk, redrives, true as redriven from dead
                  union all select id, bank_organization_id, chunk, redrives, false from queued)
         select bank_organization_id, chunk, max(redrives)::int as redrives, min(id::text) as lead_id, count(*)::int as n,
           count(*) filter (where redriven)::int as redriven
         from rows group by bank_organization_id, chunk order by chunk, bank_organization_id`,
        [pushId],
      )) as (ChunkRow & { redriven: number })[];
      const total = chunks.reduce((s, c) => s + c.n, 0);
      const redriven = chunks.reduce((s, c) => s + c.redriven, 0);
      await this.audit.record(manager, { action: 'redriveWhitelistDeliveries', entityType: 'WhitelistPush', entityId: pushId, after: { redriven, requeued: total - redriven, chunks: chunks.length } });
      await this.enqueue(manager, pushId, chunks);
      return chunks;
    });
    return chunks.reduce((s, c) => s + c.n, 0);
  }

  async pushesOf(batchId: string): Promise<(WhitelistPush & { total: number })[]> {
    const pushes = await this.dataSource.manager.find(WhitelistPush, { where: { batchId }, order: { createdAt: 'ASC' } });
    const totals = (await this.dataSource.query('select push_id, count(*)::int as n from whitelist_delivery where batch_id = $1 group by push_id', [batchId])) as { push_id: string; n: number }[];
    const byPush = new Map(totals.map((t) => [t.push_id, t.n]));
    return pushes.map((p) => Object.assign(p, { total: byPush.get(p.id) ?? 0 }));
  }

  /** Deliveries of one push by bank and state, counted in SQL: what an office watches while the push runs. */
  async progress(push: WhitelistPush): Promise<BankProgress[]> {
    const rows = (await this.dataSource.query(
      `select o.id, o.name,
         count(d.id) filter (where d.status = 'QUEUED')::int as queued,
         count(d.id) filter (where d.status = 'DELIVERED')::int as delivered,
         count(d.id) filter (where d.status = 'FAILED')::int as failed,
         count(d.id) filter (where d.status = 'DEAD')::int as dead,
         count(d.id)::int as total
       from unnest($2::uuid[]) as b(id)
       join organization o on o.id = b.id
       left join whitelist_delivery d on d.push_id = $1 and d.bank_organization_id = b.id
       group by o.id, o.name order by o.name, o.id`,
      [push.id, push.bankOrganizationIds],
    )) as (BankRef & Omit<BankProgress, 'bank'>)[];
    return rows.map(({ id, name, ...counts }) => ({ bank: { id, name }, ...counts }));
  }

  /**
   * One chunk (push×bank×chunk, named by any of its deliveries), safe to run any number of
   * times: the inbox, access and outbox rows are written once (guarded by inbox_at), the
   * webhooks of deliveries not yet DELIVERED are sent, a delivered row is never touched again.
   * `attempt` is the job's, 1-based; at the last one a failed delivery is DEAD. Throws when any
   * delivery failed, so BullMQ retries the chunk (with backoff) for those only.
   */
  async deliverChunk(leadDeliveryId: string, attempt: number): Promise<ChunkResult> {
    const run = this.runChunk(leadDeliveryId, attempt);
    // Tracked so a graceful stop lets the chunk record its outcomes before the agents close.
    this.inFlight.add(run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(run);
    }
  }

  private async runChunk(leadDeliveryId: string, attempt: number): Promise<ChunkResult> {
    if (this.stopping) return { sent: 0, failed: 0, stopped: true };
    const last = attempt >= this.delivery.attempts;
    let pending: PendingDelivery[];
    try {
      pending = await this.prepareChunk(leadDeliveryId);
    } catch (e) {
      // A failure before any webhook (database) would otherwise leave the rows QUEUED behind a failed
      // job that re-drive cannot restart: on the last attempt they become DEAD, which re-drive handles.
      if (last) await this.markChunkDead(leadDeliveryId, errorMessage(e)).catch(() => undefined);
      throw e;
    }
    if (!pending.length) return { sent: 0, failed: 0, stopped: false };

    const outcomes = await this.sendAll(pending);
    const stopped = outcomes.length < pending.length;
    // A refused address is DEAD at once: retrying would only hammer the same refusal; a re-drive after the bank fixes its URL sends again.
    const failed = outcomes.filter((o) => o.error !== null && !o.permanent);
    const dead = (o: Outcome) => o.error !== null && (last || o.permanent === true);
    // One statement records the whole chunk; a crash before it only means the next run sends again and the receiver dedupes by key.
    await this.dataSource.query(
      `update whitelist_delivery d set
         status = case when v.error is null then 'DELIVERED' when v.dead then 'DEAD' else 'FAILED' end::whitelist_delivery_status,
         delivered_at = case when v.error is null then now() else d.delivered_at end,
         webhook_attempts = d.webhook_attempts + 1, last_error = v.error, updated_at = now()
       from unnest($1::uuid[], $2::text[], $3::boolean[]) as v(id, error, dead)
       where d.id = v.id and d.status <> 'DELIVERED'`,
      [outcomes.map((o) => o.id), outcomes.map((o) => o.error), outcomes.map(dead)],
    );
    const refused = outcomes.find((o) => o.permanent);
    if (refused) this.logger.warn(`deliveries of chunk ${pending[0].push_id}/${pending[0].bank_organization_id} are dead: ${refused.error}`);
    if (failed.length) {
      const first = failed[0].error ?? '';
      if (last) this.logger.warn(`${failed.length} deliveries of chunk ${pending[0].push_id}/${pending[0].bank_organization_id} are dead after ${attempt} attempts: ${first}`);
      throw new WebhookDeliveryError(`${failed.length} of ${outcomes.length} webhooks failed (first: ${first})`);
    }
    return { sent: outcomes.length, failed: outcomes.filter((o) => o.error !== null).length, stopped };
  }

  /**
   * In one transaction: the inbox mark and access row of every delivery of the chunk not yet in
   * the inbox (a bank without a webhook is DELIVERED right there), one search outbox row per such
   * firm, then the deliveries still owing a webhook.
   */
  private async prepareChunk(leadDeliveryId: string): Promise<PendingDelivery[]> {
    const pending = await this.dataSource.transaction(async (manager) => {
      const fresh = (await manager.query(
        `with lead as (select push_id, bank_organization_id, chunk from whitelist_delivery where id = $1),
         hook as (select 1 from bank_webhook w join lead l on l.bank_organization_id = w.bank_organization_id),
         inbox as (
           update whitelist_delivery x set inbox_at = now(), updated_at = now(),
             status = case when exists (select 1 from hook) then x.status else 'DELIVERED'::whitelist_delivery_status end,
             delivered_at = case when exists (select 1 from hook) then x.delivered_at else now() end
           from lead l
           where x.push_id = l.push_id and x.bank_organization_id = l.bank_organization_id and x.chunk = l.chunk
             -- in the UPDATE itself, so a concurrent run of the same chunk re-checks it after waiting for the row lock
             and x.inbox_at is null and x.status in ('QUEUED', 'FAILED')
           returning x.enterprise_id, x.bank_organization_id, x.batch_id
         ),
         access as (
           -- firm order: two pushes writing the same bank's rows take their locks in the same order (no deadlock)
           insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason, source_id, created_at)
           select enterprise_id, bank_organization_id, 'WHITELIST_PUSH', batch_id, now() from inbox order by enterprise_id
           on conflict (enterprise_id, bank_organization_id, reason) do update set source_id = excluded.source_id
         )
         select enterprise_id from inbox`,
        [leadDeliveryId],
      )) as { enterprise_id: string }[];
      // The bank may now find these firms: their search documents (bank visibility) are rebuilt, committed with the access rows.
      await this.outbox.record(manager, { index: SearchIndex.FIRMS, ids: fresh.map((r) => r.enterprise_id), operation: 'UPSERT' });
      // Whitelist-only products of this bank may now fit these firms' needs.
      await this.jobs.enterprisesChanged(manager, fresh.map((r) => r.enterprise_id));
      return (await manager.query(
        `select d.id, d.idempotency_key, d.push_id, d.batch_id, d.bank_organization_id, d.enterprise_id,
           b.version, e.name, e.credit_code, e.industry_code, e.region_path, e.tags::text[] as tags, we.score, w.url, w.secret
         from whitelist_delivery l
         join whitelist_delivery d on d.push_id = l.push_id and d.bank_organization_id = l.bank_organization_id and d.chunk = l.chunk
         join bank_webhook w on w.bank_organization_id = d.bank_organization_id
         join whitelist_batch b on b.id = d.batch_id
         join enterprise e on e.id = d.enterprise_id
         left join whitelist_entry we on we.batch_id = d.batch_id and we.enterprise_id = d.enterprise_id
         where l.id = $1 and d.status in ('QUEUED', 'FAILED')
         order by d.enterprise_id`,
        [leadDeliveryId],
      )) as PendingDelivery[];
    });
    return pending;
  }

  private async markChunkDead(leadDeliveryId: string, message: string): Promise<void> {
    await this.dataSource.query(
      `update whitelist_delivery d set status = 'DEAD', last_error = $2, updated_at = now()
       from whitelist_delivery l
       where l.id = $1 and d.push_id = l.push_id and d.bank_organization_id = l.bank_organization_id and d.chunk = l.chunk
         and d.status in ('QUEUED', 'FAILED')`,
      [leadDeliveryId, message],
    );
  }

  /**
   * The chunk's webhooks, at most `concurrency` in flight; never rejects. Each delivery sent gets
   * its outcome; once the worker is stopping no further one is sent (the result is then shorter).
   */
  private async sendAll(pending: PendingDelivery[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    // A chunk is one bank's: its URL's form is checked and its secret decrypted once, not per firm.
    // Where the URL leads is checked by the agent's connector, at every new connection.
    const urlProblems = new Map(pending.map((p) => [p.url, webhookUrlFormProblem(p.url)]));
    const secrets = new Map<string, string>();
    const secretOf = (row: PendingDelivery): string => {
      const key = `${row.bank_organization_id}\n${row.secret}`;
      if (!secrets.has(key)) secrets.set(key, openWebhookSecret(row.secret, this.delivery.secretKey, row.bank_organization_id));
      return secrets.get(key)!;
    };
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < pending.length && !this.stopping) {
        const i = next++;
        try {
          const problem = urlProblems.get(pending[i].url);
          if (problem) throw new WebhookAddressRefusedError(`webhook url ${problem}`);
          await this.postWebhook(pending[i], secretOf(pending[i]));
          outcomes.push({ id: pending[i].id, error: null });
        } catch (e) {
          outcomes.push({ id: pending[i].id, error: errorMessage(e), permanent: e instanceof WebhookAddressRefusedError });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.delivery.concurrency, pending.length) }, lane));
    return outcomes;
  }

  /** One signed POST with the bank's plaintext secret; the URL's form was checked by the caller. */
  private async postWebhook(row: PendingDelivery, secret: string): Promise<void> {
    const body: WhitelistWebhookBody = {
      event: 'whitelist.firm_pushed',
      idempotencyKey: row.idempotency_key,
      pushId: row.push_id,
      batch: { id: row.batch_id, version: row.version },
      bankId: row.bank_organization_id,
      firm: { id: row.enterprise_id, name: row.name, creditCode: row.credit_code, industryCode: row.industry_code, regionPath: row.region_path, tags: row.tags, score: row.score },
      deliveredAt: new Date().toISOString(),
    };
    const json = JSON.stringify(body);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers = {
      'content-type': 'application/json',
      [WEBHOOK_HEADERS.timestamp]: timestamp,
      [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, json),
      [WEBHOOK_HEADERS.idempotencyKey]: row.idempotency_key,
    };
    let status: number;
    try {
      // undici follows no redirect unless told to: a 3xx could lead anywhere and counts as a failure.
      const res = await request(row.url, { method: 'POST', headers, body: json, dispatcher: this.agent });
      status = res.statusCode;
      await res.body.dump();
    } catch (e) {
      if (e instanceof undiciErrors.HeadersTimeoutError || e instanceof undiciErrors.BodyTimeoutError || e instanceof undiciErrors.ConnectTimeoutError) throw new WebhookDeliveryError(`webhook timed out after ${this.delivery.timeoutMs} ms`);
      throw e;
    }
    if (status < 200 || status >= 300) throw new WebhookDeliveryError(`webhook answered HTTP ${status}`);
  }

  async onModuleDestroy(): Promise<void> {
    // The worker closes after this hook. Running chunks send no new webhook, finish those in flight
    // and record them (the database outlives this hook), and are rescheduled for the rest: a stop
    // takes one webhook's time, not a whole chunk's against a slow bank.
    this.stopping = true;
    await Promise.allSettled([...this.inFlight]);
    await this.agent.destroy();
  }
}
