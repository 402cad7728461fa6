import { Pool } from 'pg';
import { loadScaleRegistrations } from './registrations';

export interface LoanCounts {
  loans: number;
  instalments: number;
  repayments: number;
  registrations: number;
}

/**
 * Loans for a share of the generated firms, written set-based (INSERT … SELECT over
 * generate_series; nothing row by row in Node): an approved application, the loan, its
 * equal-principal schedule (等额本金; interest of a month = outstanding × annual rate / 12,
 * rounded half-up to the fen, the last instalment takes the principal's remainder), one
 * repayment per paid instalment, and the firm's first asset as the pledge.
 *
 * Per firm, deterministic by a hash of its id: whether it borrows (`ratio`), product (and so
 * bank), principal ¥100,000–¥5,000,000, term 12/24/36 months, rate 3.50–5.99%, pledge rate
 * 30–60%, disbursement between 2023-01-01 and `today`; then 4% defaulted (4 instalments paid,
 * default 4 months + 90 days after disbursement), 5% overdue (the instalment due last unpaid),
 * 5% contracted but not disbursed, the rest repaid at maturity or active with every due
 * instalment paid; their pledge registrations (registrations.ts).
 * Idempotent: ids derive from the firm's, and every insert skips rows that exist.
 */
export async function loadScaleLoans(pool: Pool, enterpriseIds: string[], productIds: string[], ratio: number, today: string): Promise<LoanCounts> {
  if (!enterpriseIds.length || !productIds.length || ratio <= 0) return { loans: 0, instalments: 0, repayments: 0, registrations: 0 };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `create temporary table scale_loan on commit drop as
       with f as (
         select e.id as enterprise_id, e.region_id, e.region_path, e.park_id,
                abs(hashtext(e.id::text || ':borrow')) % 10000 as borrow,
                abs(hashtext(e.id::text || ':bucket')) % 100 as bucket,
                ($2::uuid[])[1 + abs(hashtext(e.id::text || ':product')) % array_length($2::uuid[], 1)] as product_id,
                (10 + abs(hashtext(e.id::text || ':amount')) % 491)::bigint * 1000000 as principal_fen,
                350 + abs(hashtext(e.id::text || ':rate')) % 250 as annual_rate_bp,
                (array[12, 24, 36])[1 + abs(hashtext(e.id::text || ':term')) % 3] as term_months,
                3000 + abs(hashtext(e.id::text || ':pledge')) % 3001 as pledge_rate_bp,
                date '2023-01-01' + abs(hashtext(e.id::text || ':day')) % ($4::date - date '2023-01-01') as disbursed_on
           from unnest($1::uuid[]) as u(id) join enterprise e on e.id = u.id
       ), g as (
         select f.*, p.bank_organization_id,
                md5('scale-application:' || f.enterprise_id)::uuid as application_id,
                md5('scale-loan:' || f.enterprise_id)::uuid as loan_id,
                (f.disbursed_on + f.term_months * interval '1 month')::date as maturity_date,
                -- whole months since disbursement: the instalments due by today
                least(f.term_months, ((extract(year from age($4::date, f.disbursed_on)) * 12 + extract(month from age($4::date, f.disbursed_on)))::int)) as due_count
           from f join loan_product p on p.id = f.product_id
          where f.borrow < $3::numeric * 10000
       )
       select g.*,
              case when bucket >= 95 then 'CONTRACTED'
                   when bucket < 4 and disbursed_on + 270 < $4::date and due_count > 4 then 'DEFAULTED'
                   when bucket < 9 and maturity_date > $4::date and due_count >= 2 then 'OVERDUE'
                   when maturity_date <= $4::date then 'REPAID'
                   else 'ACTIVE' end as status
         from g`,
      [enterpriseIds, productIds, ratio, today],
    );
    // Firms that have their loan already (an earlier run) are left alone.
    await client.query(
      `delete from scale_loan s where exists (select 1 from loan l where l.id = s.loan_id);
       alter table scale_loan add column paid_count int, add column part bigint;
       update scale_loan set part = principal_fen / term_months,
              paid_count = case status when 'CONTRACTED' then 0 when 'DEFAULTED' then 4 when 'OVERDUE' then due_count - 1 when 'REPAID' then term_months else due_count end`,
    );
    // A temporary table has no statistics until analysed; the joins below need them.
    await client.query('analyze scale_loan');
    await client.query(
      `insert into loan_application (id, enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, purpose, status,
                                     offered_amount_fen, offered_annual_rate_bp, offered_term_months, offered_repayment_method, decided_at, created_at)
       select application_id, enterprise_id, bank_organization_id, product_id, principal_fen, term_months, 'EQUAL_PRINCIPAL', '生成数据：经营周转', 'APPROVED',
              principal_fen, annual_rate_bp, term_months, 'EQUAL_PRINCIPAL', (disbursed_on - 7)::timestamptz, (disbursed_on - 21)::timestamptz
         from scale_loan on conflict (id) do nothing`,
    );
    const loans = await client.query(
      `insert into loan (id, application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, park_id, principal_fen, annual_rate_bp, term_months,
                         repayment_method, appraised_value_fen, pledge_rate_bp, status, contracted_at, disbursed_on, maturity_date, outstanding_principal_fen,
                         ever_overdue, days_past_due, max_days_past_due, defaulted_on, principal_at_default_fen, repaid_on)
       select s.loan_id, s.application_id, s.enterprise_id, s.bank_organization_id, s.product_id, s.region_id, s.region_path, s.park_id, s.principal_fen, s.annual_rate_bp, s.term_months,
              'EQUAL_PRINCIPAL', s.principal_fen * 10000 / s.pledge_rate_bp, s.pledge_rate_bp, s.status::loan_status, (s.disbursed_on - 5)::timestamptz,
              case when s.status <> 'CONTRACTED' then s.disbursed_on end, case when s.status <> 'CONTRACTED' then s.maturity_date end,
              o.outstanding, s.status in ('OVERDUE', 'DEFAULTED'), d.dpd, d.dpd,
              case when s.status = 'DEFAULTED' then (s.disbursed_on + interval '4 months')::date + 90 end,
              case when s.status = 'DEFAULTED' then o.outstanding end,
              case when s.status = 'REPAID' then s.maturity_date end
         from scale_loan s
        cross join lateral (select case when s.paid_count >= s.term_months then 0 else s.principal_fen - s.part * s.paid_count end as outstanding) o
        cross join lateral (select case when s.status in ('OVERDUE', 'DEFAULTED') then greatest(0, $1::date - (s.disbursed_on + (s.paid_count + 1) * interval '1 month')::date) else 0 end as dpd) d`,
      [today],
    );
    const instalments = await client.query(
      `insert into loan_instalment (id, loan_id, seq, due_date, principal_fen, interest_fen, paid_principal_fen, paid_interest_fen, status, paid_on, days_past_due)
       select md5('scale-instalment:' || s.loan_id || ':' || i)::uuid, s.loan_id, i, (s.disbursed_on + i * interval '1 month')::date, a.principal, a.interest,
              case when i <= s.paid_count then a.principal else 0 end, case when i <= s.paid_count then a.interest else 0 end,
              (case when i <= s.paid_count then 'PAID' when i <= s.due_count and s.status in ('OVERDUE', 'DEFAULTED') then 'OVERDUE' else 'SCHEDULED' end)::loan_instalment_status,
              case when i <= s.paid_count then (s.disbursed_on + i * interval '1 month')::date end,
              case when i > s.paid_count and i <= s.due_count and s.status in ('OVERDUE', 'DEFAULTED') then greatest(0, $1::date - (s.disbursed_on + i * interval '1 month')::date) else 0 end
         from scale_loan s
        cross join lateral generate_series(1, s.term_months) as i
        cross join lateral (select case when i = s.term_months then s.principal_fen - s.part * (s.term_months - 1) else s.part end as principal,
                                   round((s.principal_fen - s.part * (i - 1))::numeric * s.annual_rate_bp / 120000)::bigint as interest) a
        where s.status <> 'CONTRACTED'`,
      [today],
    );
    const repayments = await client.query(
      `insert into repayment (id, loan_id, paid_on, principal_fen, interest_fen)
       select md5('scale-repayment:' || i.loan_id || ':' || i.seq)::uuid, i.loan_id, i.paid_on, i.paid_principal_fen, i.paid_interest_fen
         from loan_instalment i join scale_loan s on s.loan_id = i.loan_id
        where i.status = 'PAID'`,
    );
    await client.query(
      `insert into loan_pledged_asset (loan_id, ip_asset_id, value_fen)
       select distinct on (s.loan_id) s.loan_id, a.id, s.principal_fen * 10000 / s.pledge_rate_bp
         from scale_loan s join ip_asset a on a.enterprise_id = s.enterprise_id
        order by s.loan_id, a.id`,
    );
    const registrations = await loadScaleRegistrations(client, today);
    await client.query('COMMIT');
    return { loans: loans.rowCount ?? 0, instalments: instalments.rowCount ?? 0, repayments: repayments.rowCount ?? 0, registrations };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}
