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
 * a balance at a month-end is the sum of the rows up to it — no repayment is visited once per
 * later month. The totals and a breakdown come from one aggregate pass (grouping sets); by
 * MONTH the rows are first summed into month × month-of-default cells, a few hundred at most,
 * and each month-end sums the cells before it. New-loan figures read the disbursement rows
 * (month = disbursed_month) of the range only.
 */
export function viewFiguresSql(p: FiguresSqlParts): string {
  const where = [`l.month <= ${p.end}::date`, ...p.where].join(' and ');
  const isNew = `l.month = l.disbursed_month and l.disbursed_month >= ${p.start}::date`;
  const lastMonth = `date_trunc('month', ${p.end}::date)::date`;
  // Totals ("*") and, when grouped by a loan column or by month, the groups, in one pass.
  const byGroup = p.monthly ? `to_char(l.disbursed_month, 'YYYY-MM')` : p.grouped ? p.loanKey : null;
  const key = (expr: string | null) => (expr ? `case when grouping(${expr}) = 1 then '*' else ${expr} end` : `'*'::text`);
  const groupBy = (expr: string | null) => (expr ? `group by grouping sets ((), (${expr}))` : '');
  const stockSums = (m: string, d = 'l.disbursed_fen', r = 'l.repaid_fen', dm = 'l.defaulted_month') => `sum(${d})::text as disbursed_to_date, sum(${r})::text as repaid_to_date,
               coalesce(sum(${d}) filter (where ${dm} <= ${m}), 0)::text as defaulted_disbursed,
               coalesce(sum(${r}) filter (where ${dm} <= ${m}), 0)::text as defaulted_repaid`;
  const st = p.monthly
    ? `select '*'::text as k, ${stockSums(lastMonth, 'c.d', 'c.r', 'c.defaulted_month')} from cells c
       union all
       select to_char(m, 'YYYY-MM'), ${stockSums('m::date', 'c.d', 'c.r', 'c.defaulted_month')}
         from generate_series(${p.start}::date, ${p.end}::date, interval '1 month') m join cells c on c.month <= m group by m`
    : `select ${key(p.grouped ? p.loanKey : null)} as k, ${stockSums(lastMonth)} from loan_month_fact l where ${where} ${groupBy(p.grouped ? p.loanKey : null)}`;
  const cells = p.monthly
    ? `cells as (select l.month, l.defaulted_month, sum(l.disbursed_fen) as d, sum(l.repaid_fen) as r from loan_month_fact l where ${where} group by l.month, l.defaulted_month),`
    : '';
  return `
      with ${cells}
      st as (${st}),
      fresh as (
        select ${key(byGroup)} as k, count(*)::int as new_count, sum(l.principal_fen)::text as new_amount, count(distinct l.enterprise_id)::int as customers,
               coalesce(sum(l.pledge_rate_bp::numeric * l.principal_fen) filter (where l.pledge_rate_bp is not null), 0)::text as pledge_weighted,
               coalesce(sum(l.principal_fen) filter (where l.pledge_rate_bp is not null), 0)::text as pledge_base
          from loan_month_fact l where ${where} and ${isNew} ${groupBy(byGroup)}
      ),
      pats as (
        select ${key(byGroup)} as k, count(distinct x.id)::int as patents, count(distinct x.id) filter (where x.id = any(l.implemented_ids))::int as implemented
          from loan_month_fact l cross join lateral unnest(l.patent_ids) as x(id)
         where ${where} and ${isNew} ${groupBy(byGroup)}
      )${OUTPUT}`;
}
