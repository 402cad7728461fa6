import { Injectable, Logger } from '@nestjs/common';
import { AccessService, accessPredicate, Permission, positionalBinder, REGIONAL_ROLES } from '@zhirong/access';
import { Actor, badInput, ConnectionArgs, ConnectionShape, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, forbidden, hasAnyRole, isPlatformAdmin, MAX_PAGE_SIZE, notFound, Role, todayInShanghai } from '@zhirong/core';
import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, QueryRunner } from 'typeorm';
import { evaluate, MatchCheck, MatchCriterion, MatchEvaluation, NeedFacts, ProductFacts, screen } from './match-engine';
import { MatchFactsRepository } from './match-facts.repository';
import { RegionNames } from './region-names';

/** Pairs failing more checks than this are not stored: no hint would make them a near miss. */
export const MAX_STORED_FAILURES = 2;
/**
 * Near misses kept per need, best first (fewest failures, then score). Without a
 * cap the seeded market (10,000 products) keeps ~3,000 near misses per need, 60M
 * rows in all, nearly all failing on the pledge rate: nobody pages that far.
 */
export const NEAR_MISSES_PER_NEED = 100;
/** How long product facts are trusted before their version is checked again (the "few seconds" of issue 4). */
export const PRODUCT_CACHE_TTL_MS = 2_000;
const NEED_CHUNK = 1_000;
/** Above this many rows a write goes through COPY, below through one unnest INSERT. */
const COPY_THRESHOLD = 5_000;
/**
 * A read recomputes at most this many needs (those no job has seen yet); beyond it the
 * answer says it is being refreshed and the jobs already queued finish the work.
 */
export const READ_RECOMPUTE_LIMIT = 20;
/**
 * Advisory locks that order writers of `match`: a need recompute holds the table's key
 * shared and its needs' buckets exclusively; a product recompute, which touches every
 * need's rows, holds the table's key exclusively. Locks are always taken table key first,
 * then buckets ascending, so writers queue instead of colliding or deadlocking.
 */
const MATCH_LOCK_SPACE = 72_001;
const TABLE_KEY = -1;
const NEED_BUCKETS = 256;


export interface MatchNeedView {
  id: string;
  enterpriseId: string;
  amountFen: string;
  termMonths: number;
  maxRateBp: number;
}

export interface MatchProductView {
  id: string;
  name: string;
  bankId: string;
  bankName: string;
  minRateBp: number;
}

/** One match as the API shows it: the stored ranking plus the live explanation. */
export interface MatchView {
  need: MatchNeedView;
  product: MatchProductView;
  eligible: boolean;
  score: number;
  failedCriteria: MatchCriterion[];
  checks: MatchCheck[];
  hints: string[];
  computedAt: Date;
}

/** A page of matches, and whether queued recomputes are still changing it. */
export type MatchPage = ConnectionShape<MatchView> & { refreshing: boolean };

interface StoredRow {
  needId: string;
  productId: string;
  eligible: boolean;
  score: number;
  failed: readonly MatchCriterion[];
}

export interface RecomputeStats {
  needs: number;
  products: number;
  pairs: number;
  stored: number;
  eligible: number;
}

interface ProductCache {
  key: string;
  checkedAt: number;
  today: string;
  changedAt: Date | null;
  list: ProductFacts[];
  byId: Map<string, ProductFacts>;
}

interface NeedHeader {
  id: string;
  enterprise_id: string;
  region_path: string;
  organization_id: string | null;
  amount_fen: string;
  term_months: number;
  max_rate_bp: number;
}

interface PageRow {
  need_id: string;
  product_id: string;
  eligible: boolean;
  score: number;
  failed_criteria: MatchCriterion[];
  computed_at: Date;
  product_name: string;
  bank_id: string;
  bank_name: string;
  min_rate_bp: number;
  enterprise_id: string;
  amount_fen: string;
  term_months: number;
  max_rate_bp: number;
}

const PAGE_SELECT = `SELECT m.need_id, m.product_id, m.eligible, m.score, m.failed_criteria::text[] AS failed_criteria, m.computed_at,
    p.name AS product_name, p.bank_organization_id AS bank_id, o.name AS bank_name, p.min_rate_bp,
    n.enterprise_id, n.amount_fen::text AS amount_fen, n.term_months, n.max_rate_bp
  FROM match m
  JOIN loan_product p ON p.id = m.product_id
  JOIN organization o ON o.id = p.bank_organization_id
  JOIN financing_need n ON n.id = m.need_id`;

/**
 * Keeps the `match` table in step with needs and products, and reads it. The
 * engine is pure; this class only loads facts in bulk, writes rows in bulk and
 * applies who may see what.
 */
@Injectable()
export class MatchService {
  private readonly logger = new Logger(MatchService.name);
  private productCache: ProductCache | null = null;
  private readonly regionNames: RegionNames;

  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: MatchFactsRepository,
    private readonly access: AccessService,
  ) {
    this.regionNames = new RegionNames(dataSource);
  }

  // ---------------------------------------------------------------- products

  /**
   * Active products, cached in process: reloaded when the library's version
   * (max updated_at, row count) or the day changes, checked at most every TTL.
   */
  async activeProducts(today = todayInShanghai()): Promise<ProductCache> {
    const now = Date.now();
    const cache = this.productCache;
    if (cache && cache.today === today && now - cache.checkedAt < PRODUCT_CACHE_TTL_MS) return cache;
    const version = await this.facts.productsVersion();
    if (cache && cache.today === today && cache.key === version.key) {
      cache.checkedAt = now;
      return cache;
    }
    const list = await this.facts.activeProducts(today);
    this.productCache = { key: version.key, checkedAt: now, today, changedAt: version.changedAt, list, byId: new Map(list.map((p) => [p.id, p])) };
    return this.productCache;
  }

  /** Forget cached products (a test or a command that just wrote some). */
  invalidateProducts(): void {
    this.productCache = null;
  }

  // --------------------------------------------------------------- recompute

  /** Re-evaluates the given needs against every active product; closed or deleted needs lose their rows. */
  async recomputeNeeds(needIds: readonly string[]): Promise<RecomputeStats> {
    const today = todayInShanghai();
    const products = await this.activeProducts(today);
    const needs = await this.facts.needsByIds([...new Set(needIds)], today);
    const open = needs.filter((n) => n.status === 'OPEN');
    const openIds = new Set(open.map((n) => n.id));
    const closed = [...new Set(needIds.filter((id) => !openIds.has(id)))];
    const stats = await this.evaluateAndWrite(open, products.list, today);
    if (closed.length) {
      await this.withTransaction(async (qr) => {
        await lockNeeds(qr, closed);
        await qr.query('DELETE FROM match WHERE need_id = ANY($1::uuid[])', [closed]);
        await qr.query('DELETE FROM match_need_state WHERE need_id = ANY($1::uuid[])', [closed]);
      });
    }
    return stats;
  }

  recomputeNeed(needId: string): Promise<RecomputeStats> {
    return this.recomputeNeeds([needId]);
  }

  async recomputeEnterprises(enterpriseIds: readonly string[]): Promise<RecomputeStats> {
    return this.recomputeNeeds(await this.facts.openNeedIdsOfEnterprises(enterpriseIds));
  }

  /** One product against every open need; its rows are replaced in one transaction. */
  async recomputeProduct(productId: string): Promise<RecomputeStats> {
    const today = todayInShanghai();
    this.invalidateProducts();
    const [product] = await this.facts.productsByIds([productId]);
    const stats: RecomputeStats = { needs: 0, products: product ? 1 : 0, pairs: 0, stored: 0, eligible: 0 };
    const rows: StoredRow[] = [];
    const active = product && (await this.activeProducts(today)).byId.has(product.id);
    if (product && active) {
      for (let after: string | null = null; ; ) {
        const needs = await this.facts.openNeedsPage(after, NEED_CHUNK * 5, today);
        if (!needs.length) break;
        after = needs[needs.length - 1].id;
        stats.needs += needs.length;
        for (const need of needs) {
          stats.pairs++;
          // One product cannot apply the per-need near-miss cap, so it keeps only single-failure near misses;
          // the need's next read (its products changed) recomputes it with the cap.
          const s = screen(need, product, today, 1);
          if (!s) continue;
          rows.push({ needId: need.id, productId: product.id, eligible: s.eligible, score: s.score, failed: s.failed });
          if (s.eligible) stats.eligible++;
        }
      }
    }
    stats.stored = rows.length;
    await this.withTransaction(async (qr) => {
      await lockTable(qr);
      await qr.query('DELETE FROM match WHERE product_id = $1', [productId]);
      await this.insertRows(qr, rows, new Date());
    });
    return stats;
  }

  /** Every open need against every active product, in chunks; `onProgress(doneNeeds, totalNeeds)`. */
  async recomputeAll(onProgress?: (done: number, total: number) => void): Promise<RecomputeStats> {
    const today = todayInShanghai();
    this.invalidateProducts();
    const products = await this.activeProducts(today);
    const [{ n: total }] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM financing_need WHERE status = 'OPEN'`);
    const stats: RecomputeStats = { needs: 0, products: products.list.length, pairs: 0, stored: 0, eligible: 0 };
    // Loading the next chunk overlaps with evaluating this one.
    let next = this.facts.openNeedsPage(null, NEED_CHUNK, today);
    for (;;) {
      const needs = await next;
      if (!needs.length) break;
      next = this.facts.openNeedsPage(needs[needs.length - 1].id, NEED_CHUNK, today);
      const chunk = await this.evaluateAndWrite(needs, products.list, today);
      stats.needs += chunk.needs;
      stats.pairs += chunk.pairs;
      stats.stored += chunk.stored;
      stats.eligible += chunk.eligible;
      onProgress?.(stats.needs, total);
    }
    // Needs closed since the last run keep no rows.
    await this.withTransaction(async (qr) => {
      await lockTable(qr);
      await qr.query(`DELETE FROM match m USING financing_need n WHERE n.id = m.need_id AND n.status <> 'OPEN'`);
      await qr.query(`DELETE FROM match_need_state s USING financing_need n WHERE n.id = s.need_id AND n.status <> 'OPEN'`);
    });
    return stats;
  }

  private async evaluateAndWrite(needs: readonly NeedFacts[], products: readonly ProductFacts[], today: string): Promise<RecomputeStats> {
    const stats: RecomputeStats = { needs: needs.length, products: products.length, pairs: needs.length * products.length, stored: 0, eligible: 0 };
    if (!needs.length) return stats;
    const rows: StoredRow[] = [];
    const counts = new Map<string, number>();
    for (const need of needs) {
      const near: StoredRow[] = [];
      let kept = 0;
      for (const product of products) {
        const s = screen(need, product, today, MAX_STORED_FAILURES);
        if (!s) continue;
        const row = { needId: need.id, productId: product.id, eligible: s.eligible, score: s.score, failed: s.failed };
        if (s.eligible) {
          rows.push(row);
          kept++;
          stats.eligible++;
        } else near.push(row);
      }
      near.sort((a, b) => a.failed.length - b.failed.length || b.score - a.score);
      for (const row of near.slice(0, NEAR_MISSES_PER_NEED)) rows.push(row);
      counts.set(need.id, kept + Math.min(near.length, NEAR_MISSES_PER_NEED));
    }
    stats.stored = rows.length;
    const computedAt = new Date();
    const ids = needs.map((n) => n.id);
    await this.withTransaction(async (qr) => {
      await lockNeeds(qr, ids);
      await qr.query('DELETE FROM match WHERE need_id = ANY($1::uuid[])', [ids]);
      await this.insertRows(qr, rows, computedAt);
      await qr.query(
        `INSERT INTO match_need_state (need_id, computed_at, computed_for, stored_pairs)
         SELECT id, $2, $3::date, n FROM unnest($1::uuid[], $4::int[]) AS x(id, n)
         ON CONFLICT (need_id) DO UPDATE SET computed_at = EXCLUDED.computed_at, computed_for = EXCLUDED.computed_for, stored_pairs = EXCLUDED.stored_pairs`,
        [ids, computedAt, today, ids.map((id) => counts.get(id) ?? 0)],
      );
    });
    return stats;
  }

  private async withTransaction<T>(fn: (qr: QueryRunner) => Promise<T>): Promise<T> {
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      const result = await fn(qr);
      await qr.commitTransaction();
      return result;
    } catch (e) {
      await qr.rollbackTransaction();
      throw e;
    } finally {
      await qr.release();
    }
  }

  /** Multi-row insert: one unnest INSERT for a few rows, COPY for many. */
  private async insertRows(qr: QueryRunner, rows: readonly StoredRow[], computedAt: Date): Promise<void> {
    if (!rows.length) return;
    if (rows.length < COPY_THRESHOLD) {
      await qr.query(
        `INSERT INTO match (need_id, product_id, eligible, score, failed_criteria, computed_at)
         SELECT n, p, e, s, string_to_array(f, ','), $6 FROM unnest($1::uuid[], $2::uuid[], $3::bool[], $4::real[], $5::text[]) AS x(n, p, e, s, f)`,
        [rows.map((r) => r.needId), rows.map((r) => r.productId), rows.map((r) => r.eligible), rows.map((r) => r.score), rows.map((r) => r.failed.join(',')), computedAt],
      );
      return;
    }
    // The query runner's own connection, so COPY runs inside the transaction.
    const client = (await qr.connect()) as PoolClient;
    const at = computedAt.toISOString();
    function* lines(): Generator<string> {
      const batch: string[] = [];
      for (const r of rows) {
        batch.push(`${r.needId}\t${r.productId}\t${r.eligible ? 't' : 'f'}\t${r.score}\t{${r.failed.join(',')}}\t${at}\n`);
        if (batch.length === 2_000) yield batch.splice(0).join('');
      }
      if (batch.length) yield batch.join('');
    }
    await pipeline(Readable.from(lines()), client.query(copyFrom('COPY match (need_id, product_id, eligible, score, failed_criteria, computed_at) FROM STDIN')));
  }

  // -------------------------------------------------------------- freshness

  /**
   * The stale-read guard: when anything the need's matches depend on changed
   * after they were computed (or on another day), recompute them now. One need
   * against the cached products is a few milliseconds of work.
   */
  async ensureFresh(needId: string): Promise<boolean> {
    const today = todayInShanghai();
    const [state, products] = await Promise.all([this.facts.needChangedAt(needId), this.activeProducts(today)]);
    if (!state) return false;
    const stale =
      state.computedAt === null ||
      state.computedFor !== today ||
      state.changedAt > state.computedAt ||
      (products.changedAt !== null && products.changedAt > state.computedAt);
    if (!stale) return false;
    await this.recomputeNeeds([needId]);
    return true;
  }

  // ------------------------------------------------------------------ reads

  async matchesForNeed(actor: Actor, needId: string, args: ConnectionArgs, eligibleOnly = false): Promise<MatchPage> {
    const need = await this.needHeader(needId);
    if (!need) throw notFound('FinancingNeed', needId);
    await this.access.require(actor, Permission.NEED_READ, needId);
    // One need against the cached products: a few milliseconds, so this read is always fresh.
    await this.ensureFresh(needId);
    return { ...(await this.page(args, eligibleOnly, 'm.need_id = $1', [needId], 'product_id')), refreshing: false };
  }

  async matchesForProduct(actor: Actor, productId: string, args: ConnectionArgs, eligibleOnly = false): Promise<MatchPage> {
    const [product] = await this.dataSource.query<{ id: string; bank_organization_id: string; updated_at: Date }[]>(
      'SELECT id, bank_organization_id, updated_at FROM loan_product WHERE id = $1',
      [productId],
    );
    if (!product) throw notFound('LoanProduct', productId);
    let where = 'm.product_id = $1';
    const params: unknown[] = [productId];
    if (!isPlatformAdmin(actor)) {
      const ownBank = actor.roles.includes(Role.BANK_OFFICER) && product.bank_organization_id === actor.organizationId;
      if (!ownBank && !hasAnyRole(actor, REGIONAL_ROLES)) throw forbidden('A bank sees the matches of its own products only');
      // Only needs the actor may read: a bank never learns of a firm that was not pushed to it,
      // did not apply to it and did not accept its interest (published needs reach it anonymised).
      where += ` AND ${accessPredicate(actor, Permission.NEED_READ, 'm.need_id', positionalBinder(params))}`;
    }
    // Needs no recompute has seen yet (created moments ago, their job still debouncing) are screened
    // now, a few of them; more, or a product edited after its rows were written, are the queued
    // jobs' work, and the answer says it is being refreshed.
    const unseen = await this.dataSource.query<{ id: string }[]>(
      `SELECT n.id FROM financing_need n WHERE n.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM match_need_state s WHERE s.need_id = n.id) LIMIT ${READ_RECOMPUTE_LIMIT + 1}`,
    );
    if (unseen.length) await this.recomputeNeeds(unseen.slice(0, READ_RECOMPUTE_LIMIT).map((r) => r.id));
    const [{ oldest }] = await this.dataSource.query<{ oldest: Date | null }[]>('SELECT min(computed_at) AS oldest FROM match WHERE product_id = $1', [productId]);
    const refreshing = unseen.length > READ_RECOMPUTE_LIMIT || (oldest !== null && product.updated_at > oldest);
    return { ...(await this.page(args, eligibleOnly, where, params, 'need_id')), refreshing };
  }

  /** Always evaluated live, whatever is stored; may explain inactive products and closed needs. */
  async explainMatch(actor: Actor, needId: string, productId: string): Promise<MatchView> {
    const today = todayInShanghai();
    const need = await this.needHeader(needId);
    if (!need) throw notFound('FinancingNeed', needId);
    const [productRow] = await this.dataSource.query<{ id: string; name: string; bank_id: string; bank_name: string; min_rate_bp: number }[]>(
      `SELECT p.id, p.name, p.bank_organization_id AS bank_id, o.name AS bank_name, p.min_rate_bp
         FROM loan_product p JOIN organization o ON o.id = p.bank_organization_id WHERE p.id = $1`,
      [productId],
    );
    if (!productRow) throw notFound('LoanProduct', productId);
    await this.access.require(actor, Permission.NEED_READ, needId);
    await this.access.require(actor, Permission.PRODUCT_READ, productId);
    const [[needFacts], [productFacts]] = await Promise.all([this.facts.needsByIds([needId], today), this.facts.productsByIds([productId])]);
    const result = evaluate(...(await this.regionNames.withNames(needFacts, productFacts)), today);
    return {
      need: needView(need),
      product: { id: productRow.id, name: productRow.name, bankId: productRow.bank_id, bankName: productRow.bank_name, minRateBp: productRow.min_rate_bp },
      eligible: result.eligible,
      score: result.score,
      failedCriteria: result.checks.filter((c) => !c.passed).map((c) => c.criterion),
      checks: result.checks,
      hints: result.hints,
      computedAt: new Date(),
    };
  }

  private async needHeader(needId: string): Promise<NeedHeader | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(needId)) return null;
    const [row] = await this.dataSource.query<NeedHeader[]>(
      `SELECT n.id, n.enterprise_id, n.region_path, e.organization_id, n.amount_fen::text AS amount_fen, n.term_months, n.max_rate_bp
         FROM financing_need n JOIN enterprise e ON e.id = n.enterprise_id WHERE n.id = $1`,
      [needId],
    );
    return row ?? null;
  }

  /**
   * Keyset page ranked eligible first, then by score, then by the other side's id
   * (all descending, so the rank indexes are scanned backwards). Checks and hints
   * are evaluated live for the page from the same facts the row came from.
   */
  private async page(args: ConnectionArgs, eligibleOnly: boolean, where: string, params: unknown[], tieColumn: 'product_id' | 'need_id'): Promise<ConnectionShape<MatchView>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (first < 1 || first > MAX_PAGE_SIZE) throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
    let filter = where;
    if (eligibleOnly) filter += ' AND m.eligible';
    const countParams = [...params];
    const pageParams = [...params];
    if (args.after) {
      const cursor = decodeCursor(args.after);
      const [eligible, score] = String(cursor.k ?? '').split(':');
      if (!score || Number.isNaN(Number(score))) throw badInput('after', 'The cursor is not one this API gave out');
      pageParams.push(eligible === '1', Number(score), cursor.id);
      const n = pageParams.length;
      filter += ` AND (m.eligible, m.score, m.${tieColumn}) < ($${n - 2}::bool, $${n - 1}::real, $${n}::uuid)`;
    }
    // The region filter of offices reads the need's region, so the count joins needs too.
    const countSql = `SELECT count(*)::int AS n FROM match m JOIN financing_need n ON n.id = m.need_id WHERE ${where}${eligibleOnly ? ' AND m.eligible' : ''}`;
    const [rows, [{ n: totalCount }]] = await Promise.all([
      this.dataSource.query<PageRow[]>(
        `${PAGE_SELECT} WHERE ${filter} ORDER BY m.eligible DESC, m.score DESC, m.${tieColumn} DESC LIMIT ${first + 1}`,
        pageParams,
      ),
      this.dataSource.query<{ n: number }[]>(countSql, countParams),
    ]);
    const hasNextPage = rows.length > first;
    const pageRows = rows.slice(0, first);
    const views = await this.explainRows(pageRows);
    const edges = views.map((node, i) => ({
      node,
      cursor: encodeCursor({ k: `${pageRows[i].eligible ? 1 : 0}:${pageRows[i].score}`, id: tieColumn === 'product_id' ? pageRows[i].product_id : pageRows[i].need_id }),
    }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage, hasPreviousPage: Boolean(args.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
    };
  }

  /**
   * Need × product pairs evaluated now from the facts their stored rows came from (null
   * where a side is gone). The need library strips the details before a bank sees them.
   */
  async evaluatePairs(pairs: readonly { needId: string; productId: string }[]): Promise<(MatchEvaluation | null)[]> {
    if (!pairs.length) return [];
    const today = todayInShanghai();
    const cache = await this.activeProducts(today);
    const missing = [...new Set(pairs.map((r) => r.productId).filter((id) => !cache.byId.has(id)))];
    const [needs, extra] = await Promise.all([this.facts.needsByIds([...new Set(pairs.map((r) => r.needId))], today), this.facts.productsByIds(missing)]);
    const needById = new Map(needs.map((n) => [n.id, n]));
    const productById = new Map(extra.map((p): [string, ProductFacts] => [p.id, p]));
    return Promise.all(
      pairs.map(async (r) => {
        const needFacts = needById.get(r.needId);
        const productFacts = cache.byId.get(r.productId) ?? productById.get(r.productId);
        return needFacts && productFacts ? evaluate(...(await this.regionNames.withNames(needFacts, productFacts)), today) : null;
      }),
    );
  }

  private async explainRows(rows: readonly PageRow[]): Promise<MatchView[]> {
    const results = await this.evaluatePairs(rows.map((r) => ({ needId: r.need_id, productId: r.product_id })));
    return rows.map((r, i) => ({
      need: { id: r.need_id, enterpriseId: r.enterprise_id, amountFen: r.amount_fen, termMonths: r.term_months, maxRateBp: r.max_rate_bp },
      product: { id: r.product_id, name: r.product_name, bankId: r.bank_id, bankName: r.bank_name, minRateBp: r.min_rate_bp },
      eligible: r.eligible,
      score: r.score,
      failedCriteria: r.failed_criteria,
      checks: results[i]?.checks ?? [],
      hints: results[i]?.hints ?? [],
      computedAt: r.computed_at,
    }));
  }
}

/** The table's key exclusively: this writer may touch any need's rows. */
async function lockTable(qr: QueryRunner): Promise<void> {
  await qr.query('SELECT pg_advisory_xact_lock($1, $2)', [MATCH_LOCK_SPACE, TABLE_KEY]);
}

/** The table's key shared, then the needs' buckets exclusively, ascending (unnest keeps the order). */
async function lockNeeds(qr: QueryRunner, needIds: readonly string[]): Promise<void> {
  await qr.query('SELECT pg_advisory_xact_lock_shared($1, $2)', [MATCH_LOCK_SPACE, TABLE_KEY]);
  await qr.query(
    `SELECT count(pg_advisory_xact_lock($1, b)) FROM unnest(
       ARRAY(SELECT DISTINCT abs(hashtext(id::text)) % $2 AS b FROM unnest($3::uuid[]) AS id ORDER BY b)) WITH ORDINALITY AS t(b, i)`,
    [MATCH_LOCK_SPACE, NEED_BUCKETS, needIds],
  );
}

function needView(n: NeedHeader): MatchNeedView {
  return { id: n.id, enterpriseId: n.enterprise_id, amountFen: n.amount_fen, termMonths: n.term_months, maxRateBp: n.max_rate_bp };
}
