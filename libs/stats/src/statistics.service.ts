import { Injectable } from '@nestjs/common';
import { accessPredicate, Permission, positionalBinder } from '@zhirong/access';
import { Actor, clock, money, subtreePattern } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { StatisticsGroupBy, StatisticsSource } from './dto/statistics.enums';
import { StatisticsFilter } from './dto/statistics.inputs';
import { FinancingFigures, FinancingStatistics, FinancingStatisticsGroup, SatisfactionFigures, YearOnYear } from './dto/statistics.objects';
import { baseFiguresSql, viewFiguresSql } from './statistics-sql';
import { StatisticsRefresh } from './statistics-refresh.service';
import { StatsError, StatsErrorCode } from './stats.errors';
import { averageRating, growthBp, meetsTarget, monthRange, MonthRange, ratioBp, weightedAverage, YOY_TARGET_BP, yearEarlier } from './stats.rules';

/** Patent types whose implementation (实施) the platform records; trademarks and copyrights are not "implemented". */
export const PATENT_TYPES = ['INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT'];

/** One group's raw sums, as the SQL returns them (bigints as text). */
interface RawFigures {
  k: string;
  new_count: number;
  new_amount: string;
  customers: number;
  pledge_weighted: string;
  pledge_base: string;
  disbursed_to_date: string;
  repaid_to_date: string;
  defaulted_disbursed: string;
  defaulted_repaid: string;
  patents: number;
  implemented: number;
}

/** The loan group column per breakdown (text, "" for none); MONTH is the period's own key. */
const GROUP_KEY: Record<Exclude<StatisticsGroupBy, StatisticsGroupBy.MONTH>, string> = {
  [StatisticsGroupBy.REGION]: 'l.region_id::text',
  [StatisticsGroupBy.BANK]: 'l.bank_organization_id::text',
  [StatisticsGroupBy.PRODUCT]: 'l.product_id::text',
  [StatisticsGroupBy.PARK]: "coalesce(l.park_id::text, '')",
  [StatisticsGroupBy.EVENT]: "coalesce(l.event_id::text, '')",
};

const LABELS: Record<Exclude<StatisticsGroupBy, StatisticsGroupBy.MONTH>, { sql: string; none: string }> = {
  [StatisticsGroupBy.REGION]: { sql: 'select id::text as k, name as label from region where id = any($1::uuid[])', none: '' },
  [StatisticsGroupBy.BANK]: { sql: 'select id::text as k, name as label from organization where id = any($1::uuid[])', none: '' },
  [StatisticsGroupBy.PRODUCT]: { sql: 'select id::text as k, name as label from loan_product where id = any($1::uuid[])', none: '' },
  [StatisticsGroupBy.PARK]: { sql: 'select id::text as k, name as label from region where id = any($1::uuid[])', none: '未入园 (no park)' },
  [StatisticsGroupBy.EVENT]: { sql: 'select id::text as k, title as label from matchmaking_event where id = any($1::uuid[])', none: '非活动来源 (not from an event)' },
};

/**
 * 融资统计. Every figure is one set-based SQL statement (nothing is summed in Node but the
 * handful of group rows), by default over the materialised per-loan-month facts
 * (`loan_month_fact`, refreshed by the `stats.refresh` job; `asOf` is its last refresh), or
 * over the loan tables themselves with `source: BASE_TABLES`; both give the same figures for
 * the same data. Who may count which loans is the access policy's STATISTICS_READ.
 *
 * Definitions (also in the schema's descriptions):
 * - new loans, customers, pledge rate, patents: loans disbursed (disbursed_on) in the period;
 * - balance: at the last day of the period, principal disbursed by then − principal repaid by then;
 * - non-performing: loans in DEFAULTED with defaulted_on on or before that day. LOANS moves a
 *   loan to DEFAULTED when it passes the policy's defaultAfterDaysPastDue, so this is "overdue
 *   beyond the policy's default threshold"; recoveries after default are not netted (book
 *   balance). A loan repaid after default keeps defaulted_on (CHK_loan_defaulted), so the
 *   month-ends between default and repayment count it as non-performing, later ones do not
 *   (its outstanding principal is then 0);
 * - average pledge rate: Σ(pledge_rate_bp × principal) / Σ principal of the new loans;
 * - cancelled loans and loans never disbursed are not counted.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refreshes: StatisticsRefresh,
  ) {}

  async financingStatistics(actor: Actor, filter: StatisticsFilter): Promise<FinancingStatistics> {
    const range = monthRange(filter.from, filter.to);
    const earlier = monthRange(yearEarlier(filter.from), yearEarlier(filter.to));
    const regionPath = filter.regionId ? await this.regionPath(filter.regionId, 'filter.regionId') : null;
    const parkPath = filter.parkId ? await this.regionPath(filter.parkId, 'filter.parkId') : null;
    const groupBy = filter.groupBy ?? null;
    const source = filter.source ?? StatisticsSource.MATERIALISED_VIEW;

    const [current, previous, satisfaction, refreshedAt] = await Promise.all([
      this.figures(actor, filter, range, regionPath, groupBy, source),
      this.figures(actor, filter, earlier, regionPath, groupBy, source),
      this.satisfaction(actor, filter, range, regionPath, parkPath),
      source === StatisticsSource.MATERIALISED_VIEW ? this.refreshes.lastRefreshedAt() : null,
    ]);
    const total = (rows: RawFigures[]) => rows.find((r) => r.k === '*');
    const totals = figures(total(current));
    const previousYear = figures(total(previous));

    let groups: FinancingStatisticsGroup[] = [];
    if (groupBy) {
      const cur = current.filter((r) => r.k !== '*');
      const prev = new Map(previous.filter((r) => r.k !== '*').map((r) => [r.k, r]));
      // Months line up with the month a year earlier; the other keys with themselves.
      const base = (k: string) => prev.get(groupBy === StatisticsGroupBy.MONTH ? yearEarlier(k) : k);
      const keys = groupBy === StatisticsGroupBy.MONTH ? range.months : cur.map((r) => r.k);
      const byKey = new Map(cur.map((r) => [r.k, r]));
      const labels = await this.labels(groupBy, keys);
      groups = keys.map((k) => {
        const f = figures(byKey.get(k));
        const p = figures(base(k));
        return { key: k, label: labels.get(k) ?? k, figures: f, previousYear: p, yearOnYear: yearOnYear(f, p) };
      });
      if (groupBy !== StatisticsGroupBy.MONTH)
        groups.sort((a, b) => compareFen(b.figures.newLoanAmount.amountFen, a.figures.newLoanAmount.amountFen) || a.label.localeCompare(b.label, 'zh-CN'));
    }

    return {
      from: filter.from,
      to: filter.to,
      asOf: refreshedAt ?? clock.now(),
      source,
      totals,
      previousYear,
      yearOnYear: yearOnYear(totals, previousYear),
      groupBy,
      groups,
      satisfaction,
      csvPath: csvPath(filter),
    };
  }

  private async regionPath(id: string, field: string): Promise<string> {
    const [row] = (await this.dataSource.query('select path from region where id = $1', [id])) as { path: string }[];
    if (!row) throw new StatsError(StatsErrorCode.UNKNOWN_REGION, `No region or park with id ${id}`, { field });
    return row.path;
  }

  /**
   * The sums per group (and the total under key "*") of one range, in one statement over the
   * base tables or the materialised per-loan-month facts (statistics-sql.ts).
   */
  private async figures(
    actor: Actor,
    filter: StatisticsFilter,
    range: MonthRange,
    regionPath: string | null,
    groupBy: StatisticsGroupBy | null,
    source: StatisticsSource,
  ): Promise<RawFigures[]> {
    const params: unknown[] = [];
    const bind = positionalBinder(params);
    const view = source === StatisticsSource.MATERIALISED_VIEW;
    const access = accessPredicate(
      actor,
      Permission.STATISTICS_READ,
      { id: view ? 'l.loan_id' : 'l.id', regionPath: 'l.region_path', organizationId: 'l.bank_organization_id' },
      bind,
    );
    if (access === 'FALSE') throw new StatsError(StatsErrorCode.NO_STATISTICS_VIEW, 'Financing statistics are for offices, windows, parks, banks and the platform');

    const where: string[] = [];
    if (access !== 'TRUE') where.push(access);
    if (regionPath) where.push(`(l.region_path = ${bind(regionPath)} or l.region_path like ${bind(subtreePattern(regionPath))} escape '\\')`);
    if (filter.parkId) where.push(`l.park_id = ${bind(filter.parkId)}`);
    if (filter.bankId) where.push(`l.bank_organization_id = ${bind(filter.bankId)}`);
    if (filter.productId) where.push(`l.product_id = ${bind(filter.productId)}`);
    if (filter.eventId) where.push(`l.event_id = ${bind(filter.eventId)}`);

    const parts = {
      where,
      loanKey: groupBy && groupBy !== StatisticsGroupBy.MONTH ? GROUP_KEY[groupBy] : `'*'::text`,
      start: bind(range.start),
      end: bind(range.end),
      monthly: groupBy === StatisticsGroupBy.MONTH,
      grouped: Boolean(groupBy),
      // The view has the patent types built in; an unused placeholder would have no type.
      patents: view ? '' : bind(PATENT_TYPES),
    };
    return (await this.dataSource.query(view ? viewFiguresSql(parts) : baseFiguresSql(parts), params)) as RawFigures[];
  }

  /**
   * Survey answers given in the period to events in scope: the filter's event, or events
   * of the filter's region (park) subtree; a bank counts its own answers only (the policy's
   * subject: the event's region and the answering organisation).
   */
  private async satisfaction(actor: Actor, filter: StatisticsFilter, range: MonthRange, regionPath: string | null, parkPath: string | null): Promise<SatisfactionFigures> {
    const params: unknown[] = [];
    const bind = positionalBinder(params);
    const access = accessPredicate(actor, Permission.STATISTICS_READ, { id: 'sr.id', regionPath: 'ev.region_path', organizationId: 'sr.organization_id' }, bind);
    const where = [
      `sr.created_at >= (${bind(range.start)}::date::timestamp at time zone 'Asia/Shanghai')`,
      `sr.created_at < ((${bind(range.end)}::date + 1)::timestamp at time zone 'Asia/Shanghai')`,
    ];
    if (access !== 'TRUE') where.push(access);
    for (const path of [regionPath, parkPath]) {
      if (path) where.push(`(ev.region_path = ${bind(path)} or ev.region_path like ${bind(subtreePattern(path))} escape '\\')`);
    }
    if (filter.eventId) where.push(`sr.event_id = ${bind(filter.eventId)}`);
    if (filter.bankId) where.push(`sr.organization_id = ${bind(filter.bankId)}`);
    const [row] = (await this.dataSource.query(
      `select count(*)::int as n, coalesce(sum(sr.rating), 0)::int as s
         from event_survey_response sr join matchmaking_event ev on ev.id = sr.event_id where ${where.join(' and ')}`,
      params,
    )) as { n: number; s: number }[];
    return { responses: row.n, averageRating: averageRating(row.s, row.n) };
  }

  private async labels(groupBy: StatisticsGroupBy, keys: string[]): Promise<Map<string, string>> {
    if (groupBy === StatisticsGroupBy.MONTH) return new Map(keys.map((k) => [k, k]));
    const { sql, none } = LABELS[groupBy];
    const ids = keys.filter((k) => k !== '');
    const rows = ids.length ? ((await this.dataSource.query(sql, [ids])) as { k: string; label: string }[]) : [];
    return new Map([['', none], ...rows.map((r): [string, string] => [r.k, r.label])]);
  }
}

function figures(raw: RawFigures | undefined): FinancingFigures {
  const r =
    raw ??
    ({
      new_count: 0,
      new_amount: '0',
      customers: 0,
      pledge_weighted: '0',
      pledge_base: '0',
      disbursed_to_date: '0',
      repaid_to_date: '0',
      defaulted_disbursed: '0',
      defaulted_repaid: '0',
      patents: 0,
      implemented: 0,
    } as RawFigures);
  const balance = BigInt(r.disbursed_to_date) - BigInt(r.repaid_to_date);
  const npl = BigInt(r.defaulted_disbursed) - BigInt(r.defaulted_repaid);
  return {
    newLoanCount: Number(r.new_count),
    newLoanAmount: money(r.new_amount),
    customers: Number(r.customers),
    balance: money(balance),
    nonPerformingBalance: money(npl),
    nplRatioBp: ratioBp(npl, balance),
    averagePledgeRateBp: weightedAverage(r.pledge_weighted, r.pledge_base),
    pledgedPatents: Number(r.patents),
    implementedPatents: Number(r.implemented),
    implementationRateBp: ratioBp(Number(r.implemented), Number(r.patents)),
  };
}

function yearOnYear(current: FinancingFigures, base: FinancingFigures): YearOnYear {
  const countGrowthBp = growthBp(current.newLoanCount, base.newLoanCount);
  const amountGrowthBp = growthBp(current.newLoanAmount.amountFen, base.newLoanAmount.amountFen);
  return { countGrowthBp, amountGrowthBp, targetBp: YOY_TARGET_BP, countMeetsTarget: meetsTarget(countGrowthBp), amountMeetsTarget: meetsTarget(amountGrowthBp) };
}

function compareFen(a: string, b: string): number {
  const d = BigInt(a) - BigInt(b);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** The CSV endpoint's path for the same filter. */
export function csvPath(filter: StatisticsFilter): string {
  const q = new URLSearchParams();
  for (const k of ['from', 'to', 'regionId', 'parkId', 'bankId', 'productId', 'eventId', 'groupBy'] as const) {
    const v = filter[k];
    if (v) q.set(k, v);
  }
  return `/api/statistics.csv?${q.toString()}`;
}
