import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics (issue 14 §7): the per-loan-month facts financingStatistics aggregates, as a
 * materialised view refreshed by the `stats.refresh` job, and when it was last refreshed.
 * Written by hand: TypeORM does not diff materialised views.
 *
 * Also CHK_loan_defaulted: a defaulted loan that is later repaid keeps `defaulted_on`, so the
 * statistics of the month-ends between default and repayment still count it as non-performing.
 * DEFAULTED still needs the date; only DEFAULTED and REPAID may carry one (no way back to ACTIVE).
 */
export class LoanMonthFacts1796593290047 implements MigrationInterface {
  name = 'LoanMonthFacts1796593290047';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "CHK_loan_defaulted"`);
    await queryRunner.query(
      `ALTER TABLE "loan" ADD CONSTRAINT "CHK_loan_defaulted" CHECK ((status <> 'DEFAULTED' OR defaulted_on IS NOT NULL) AND (defaulted_on IS NULL OR status IN ('DEFAULTED', 'REPAID')))`,
    );
    // One row per loan and month in which it was disbursed or repaid principal: a balance at a
    // month-end is the running sum of disbursed − repaid up to that month, so no statement has to
    // pair every repayment with every later month. The disbursement row also carries the loan's
    // pledged patents (arrays, so "distinct assets" stays exact across loans).
    await queryRunner.query(`CREATE MATERIALIZED VIEW "loan_month_fact" AS
      WITH moves AS (
        SELECT l.id AS loan_id, date_trunc('month', l.disbursed_on)::date AS month, l.principal_fen AS disbursed_fen, 0::bigint AS repaid_fen
          FROM loan l WHERE l.disbursed_on IS NOT NULL AND l.status <> 'CANCELLED'
        UNION ALL
        SELECT r.loan_id, date_trunc('month', r.paid_on)::date, 0::bigint, r.principal_fen FROM repayment r
      ),
      facts AS (
        SELECT loan_id, month, sum(disbursed_fen)::bigint AS disbursed_fen, sum(repaid_fen)::bigint AS repaid_fen FROM moves GROUP BY loan_id, month
      ),
      patents AS (
        SELECT lpa.loan_id, array_agg(a.id ORDER BY a.id) AS patent_ids, coalesce(array_agg(a.id ORDER BY a.id) FILTER (WHERE a.implemented), '{}') AS implemented_ids
          FROM loan_pledged_asset lpa JOIN ip_asset a ON a.id = lpa.ip_asset_id
         WHERE a.type::text IN ('INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT')
         GROUP BY lpa.loan_id
      )
      SELECT f.loan_id, f.month, l.enterprise_id, l.bank_organization_id, l.product_id, l.region_id, l.region_path, l.park_id, l.event_id,
             l.principal_fen, l.pledge_rate_bp,
             date_trunc('month', l.disbursed_on)::date AS disbursed_month,
             date_trunc('month', l.defaulted_on)::date AS defaulted_month,
             f.disbursed_fen, f.repaid_fen,
             CASE WHEN f.month = date_trunc('month', l.disbursed_on) THEN coalesce(p.patent_ids, '{}') END AS patent_ids,
             CASE WHEN f.month = date_trunc('month', l.disbursed_on) THEN coalesce(p.implemented_ids, '{}') END AS implemented_ids
        FROM facts f
        JOIN loan l ON l.id = f.loan_id AND l.disbursed_on IS NOT NULL AND l.status <> 'CANCELLED'
        LEFT JOIN patents p ON p.loan_id = f.loan_id
      WITH DATA`);
    // REFRESH … CONCURRENTLY needs a unique index; readers keep reading the old rows meanwhile.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_loan_month_fact" ON "loan_month_fact" ("loan_id", "month")`);
    await queryRunner.query(`CREATE INDEX "IDX_loan_month_fact_month" ON "loan_month_fact" ("month")`);
    // The disbursement rows, which new-loan figures read by their month.
    await queryRunner.query(`CREATE INDEX "IDX_loan_month_fact_disbursed" ON "loan_month_fact" ("disbursed_month") WHERE month = disbursed_month`);
    await queryRunner.query(`CREATE INDEX "IDX_loan_month_fact_bank" ON "loan_month_fact" ("bank_organization_id", "month")`);
    await queryRunner.query(`CREATE INDEX "IDX_loan_month_fact_region" ON "loan_month_fact" ("region_path" varchar_pattern_ops)`);
    await queryRunner.query(
      `CREATE TABLE "statistics_refresh" ("view" character varying(63) NOT NULL, "refreshed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "took_ms" integer NOT NULL, CONSTRAINT "PK_statistics_refresh" PRIMARY KEY ("view"))`,
    );
    await queryRunner.query(`INSERT INTO "statistics_refresh" ("view", "refreshed_at", "took_ms") VALUES ('loan_month_fact', now(), 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "statistics_refresh"`);
    await queryRunner.query(`DROP MATERIALIZED VIEW "loan_month_fact"`);
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "CHK_loan_defaulted"`);
    await queryRunner.query(`ALTER TABLE "loan" ADD CONSTRAINT "CHK_loan_defaulted" CHECK ((status = 'DEFAULTED') = (defaulted_on IS NOT NULL))`);
  }
}
