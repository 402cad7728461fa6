/**
 * The two statements behind financingStatistics' loan figures. Both return one row per group
 * key (and "*" for the totals) with the same columns (RawFigures); `where` holds the loan scope
 * (access, region, park, bank, product, event) over columns the base table and the view share.
 */
export interface FiguresSqlParts {
  /** Loan scope clauses, ANDed. */
  where: string[];
  /** The group expression over `l` ('*' when not grouped by a loan column). */
  loanKey: string;
  /** Placeholders of the range's first and last day. */
  start: string;
  end: string;
  monthly: boolean;
  grouped: boolean;
  /** Placeholder of the patent types (text[]). */
  patents: string;
}

const OUTPUT = `
      select ks.k, coalesce(s.new_count, 0) as new_count, coalesce(s.new_amount, '0') as new_amount, coalesce(s.customers, 0) as customers,
             coalesce(s.pledge_weighted, '0') as pledge_weighted, coalesce(s.pledge_base, '0') as pledge_base,
             coalesce(st.disbursed_to_date, '0') as disbursed_to_date, coalesce(st.repaid_to_date, '0') as repaid_to_date,
             coalesce(st.defaulted_disbursed, '0') as defaulted_disbursed, coalesce(st.defaulted_repaid, '0') as defaulted_repaid,
             coalesce(pt.patents, 0) as patents, coalesce(pt.implemented, 0) as implemented
        from (select '*'::text as k union select k from st) ks
        left join fresh s on s.k = ks.k left join st on st.k = ks.k left join pats pt on pt.k = ks.k`;

/**
 * Over the base tables: each loan once per period it counts in (under its group for the whole
 * range, under each month by whose last day it was disbursed, under "*" for the totals), its
 * repayments up to each period's end joined on.
 */
export function baseFiguresSql(p: FiguresSqlParts): string {
  const rows = [`select '*'::text as k, ${p.start}::date as p_start, ${p.end}::date as p_end, lf.* from lf`];
  if (p.monthly) {
    rows.push(`select to_char(m, 'YYYY-MM'), m::date, (m + interval '1 month' - interval '1 day')::date, lf.*
                 from generate_series(${p.start}::date, ${p.end}::date, interval '1 month') m join lf on lf.disbursed_on < m + interval '1 month'`);
  } else if (p.grouped) {
    rows.push(`select lf.lk, ${p.start}::date, ${p.end}::date, lf.* from lf`);
  }
  const where = ['l.disbursed_on is not null', `l.status <> 'CANCELLED'`, `l.disbursed_on <= ${p.end}::date`, ...p.where];
  return `
      with lf as (
        select l.id, l.enterprise_id, l.principal_fen, l.pledge_rate_bp, l.disbursed_on, l.defaulted_on, ${p.loanKey} as lk
          from loan l
         where ${where.join(' and ')}
      ),
      lp as (${rows.join(' union all ')}),
      repaid as (
        select lp.k, sum(rp.principal_fen) as repaid_to_date, sum(rp.principal_fen) filter (where lp.defaulted_on <= lp.p_end) as defaulted_repaid
          from lp join repayment rp on rp.loan_id = lp.id and rp.paid_on <= lp.p_end
         group by lp.k
      ),
      fresh as (
        select k,
               count(*) filter (where disbursed_on >= p_start)::int as new_count,
               coalesce(sum(principal_fen) filter (where disbursed_on >= p_start), 0)::text as new_amount,
               count(distinct enterprise_id) filter (where disbursed_on >= p_start)::int as customers,
               coalesce(sum(pledge_rate_bp::numeric * principal_fen) filter (where disbursed_on >= p_start and pledge_rate_bp is not null), 0)::text as pledge_weighted,
               coalesce(sum(principal_fen) filter (where disbursed_on >= p_start and pledge_rate_bp is not null), 0)::text as pledge_base,
               sum(principal_fen) as disbursed_to_date,
               sum(principal_fen) filter (where defaulted_on <= p_end) as defaulted_disbursed
          from lp group by k
      ),
      st as (
        select f.k, f.disbursed_to_date::text, coalesce(r.repaid_to_date, 0)::text as repaid_to_date,
               coalesce(f.defaulted_disbursed, 0)::text as defaulted_disbursed, coalesce(r.defaulted_repaid, 0)::text as defaulted_repaid
          from fresh f left join repaid r on r.k = f.k
      ),
      pats as (
        select lp.k, count(distinct a.id)::int as patents, count(distinct a.id) filter (where a.implemented)::int as implemented
          from lp join loan_pledged_asset lpa on lpa.loan_id = lp.id
          join ip_asset a on a.id = lpa.ip_asset_id and a.type::text = any(${p.patents}::text[])
         where lp.disbursed_on >= lp.p_start
         group by lp.k
      )${OUTPUT}`;
}

/**
 * Over `loan_month_fact` (one row per loan and month it was disbursed or repaid principal):
 * the rows in scope are first summed into cells (group × month × month of default), so a
 * period's balance is the sum of the cells up to its end — no repayment is visited once per
 * later month. New-loan figures read each loan's disbursement row.
 */
export function viewFiguresSql(p: FiguresSqlParts): string {
  const periods = [`select '*'::text as k, null::text as lk, ${p.start}::date as p_start, ${p.end}::date as p_end`];
  if (p.monthly) {
    periods.push(`select to_char(m, 'YYYY-MM'), null::text, m::date, (m + interval '1 month' - interval '1 day')::date
                    from generate_series(${p.start}::date, ${p.end}::date, interval '1 month') m`);
  } else if (p.grouped) {
    periods.push(`select distinct f.lk, f.lk, ${p.start}::date, ${p.end}::date from f`);
  }
  const where = [`l.month <= ${p.end}::date`, ...p.where];
  // A disbursement row of a loan disbursed in the period, in the period's group.
  const isNew = `f.month = f.disbursed_month and f.disbursed_month between p.p_start and p.p_end and (p.lk is null or f.lk = p.lk)`;
  return `
      with f as (
        select l.loan_id, l.enterprise_id, l.month, l.disbursed_month, l.defaulted_month, l.disbursed_fen, l.repaid_fen,
               l.principal_fen, l.pledge_rate_bp, l.patent_ids, l.implemented_ids, ${p.loanKey} as lk
          from loan_month_fact l
         where ${where.join(' and ')}
      ),
      periods as (${periods.join(' union all ')}),
      cells as (
        select lk, month, defaulted_month, sum(disbursed_fen) as d, sum(repaid_fen) as r from f group by lk, month, defaulted_month
      ),
      st as (
        select p.k, sum(c.d)::text as disbursed_to_date, sum(c.r)::text as repaid_to_date,
               coalesce(sum(c.d) filter (where c.defaulted_month <= p.p_end), 0)::text as defaulted_disbursed,
               coalesce(sum(c.r) filter (where c.defaulted_month <= p.p_end), 0)::text as defaulted_repaid
          from periods p join cells c on c.month <= p.p_end and (p.lk is null or c.lk = p.lk)
         group by p.k
      ),
      fresh as (
        select p.k, count(*)::int as new_count, sum(f.principal_fen)::text as new_amount, count(distinct f.enterprise_id)::int as customers,
               coalesce(sum(f.pledge_rate_bp::numeric * f.principal_fen) filter (where f.pledge_rate_bp is not null), 0)::text as pledge_weighted,
               coalesce(sum(f.principal_fen) filter (where f.pledge_rate_bp is not null), 0)::text as pledge_base
          from periods p join f on ${isNew}
         group by p.k
      ),
      pats as (
        select p.k, count(distinct x.id)::int as patents, count(distinct x.id) filter (where x.id = any(f.implemented_ids))::int as implemented
          from periods p join f on ${isNew} cross join lateral unnest(f.patent_ids) as x(id)
         group by p.k
      )${OUTPUT}`;
}
