import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The materialised view financingStatistics reads by default. */
export const LOAN_MONTH_FACT_VIEW = 'loan_month_fact';

/**
 * Refreshes `loan_month_fact` and records when. CONCURRENTLY, so statistics keep answering
 * from the previous rows while the refresh runs (it needs the view's unique index). The
 * recorded time is the refreshing transaction's start: the refresh sees the loans as committed
 * then, which is what `asOf` promises.
 */
@Injectable()
export class StatisticsRefresh {
  constructor(private readonly dataSource: DataSource) {}

  async refresh(): Promise<{ refreshedAt: Date; tookMs: number }> {
    const started = process.hrtime.bigint();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`refresh materialized view concurrently ${LOAN_MONTH_FACT_VIEW}`);
      const tookMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
      const [row] = (await manager.query(
        `insert into statistics_refresh (view, refreshed_at, took_ms) values ($1, now(), $2)
         on conflict (view) do update set refreshed_at = excluded.refreshed_at, took_ms = excluded.took_ms
         returning refreshed_at as "refreshedAt"`,
        [LOAN_MONTH_FACT_VIEW, tookMs],
      )) as { refreshedAt: Date }[];
      return { refreshedAt: row.refreshedAt, tookMs };
    });
  }

  async lastRefreshedAt(): Promise<Date | null> {
    const [row] = (await this.dataSource.query('select refreshed_at as "refreshedAt" from statistics_refresh where view = $1', [LOAN_MONTH_FACT_VIEW])) as {
      refreshedAt: Date;
    }[];
    return row?.refreshedAt ?? null;
  }
}

/** For seeds and tests that write loans with plain SQL (bypassing the services that ask for a refresh). */
export async function refreshStatistics(dataSource: DataSource): Promise<void> {
  await new StatisticsRefresh(dataSource).refresh();
}
