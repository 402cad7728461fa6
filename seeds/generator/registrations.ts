import { PoolClient } from 'pg';

/**
 * 质押登记 for the scale loans just written (the `scale_loan` temporary table of
 * loadScaleLoans, in its transaction), set-based like the loans:
 *
 * - a disbursed loan's pledge was REGISTERED before the money went out: submitted four days
 *   before disbursement at 09:30 Beijing time, accepted two hours later, registered a day
 *   later (or an hour before the due time, if that is sooner);
 * - of the loans still CONTRACTED, 40% wait for the registry as SUBMITTED and 30% as ACCEPTED,
 *   submitted 1–12 days before `today` (no earlier than an hour after the contract); those
 *   whose due time passed are breached (breached_at = due time, as the breach job records it);
 *   the rest have not filed yet.
 *
 * Channel: 80% ONLINE. The policy is the one the registration service would take — published,
 * the deepest region on the firm's path, covering the submission day — except that generated
 * loans from before any reference policy's validity take the deepest one anyway. The due time
 * is the end (23:59:59.999 Beijing) of the policy's N-th working day after the day of
 * submission, on the platform's calendar (calendar_day exceptions to Monday–Friday); a loan
 * whose due day would fall in a year without calendar data gets no registration, as the
 * service would refuse it.
 */
export async function loadScaleRegistrations(client: PoolClient, today: string): Promise<number> {
  const result = await client.query(
    `with r as (
       select s.loan_id, s.status, s.disbursed_on,
              abs(hashtext(s.loan_id::text || ':registration')) % 100 as bucket,
              case when abs(hashtext(s.loan_id::text || ':channel')) % 100 < 80 then 'ONLINE' else 'OFFLINE' end as channel,
              case when s.status = 'CONTRACTED'
                   then greatest(((s.disbursed_on - 5)::timestamp at time zone 'Asia/Shanghai') + interval '1 hour',
                                 (($1::date - 1 - abs(hashtext(s.loan_id::text || ':filed')) % 12)::timestamp + interval '9 hours 30 minutes') at time zone 'Asia/Shanghai')
                   else ((s.disbursed_on - 4)::timestamp + interval '9 hours 30 minutes') at time zone 'Asia/Shanghai' end as submitted_at,
              s.region_path
         from scale_loan s
     ), filed as (
       select r.*, (r.submitted_at at time zone 'Asia/Shanghai')::date as submitted_day,
              case when r.status <> 'CONTRACTED' then 'REGISTERED' when r.bucket < 40 then 'SUBMITTED' when r.bucket < 70 then 'ACCEPTED' end as reg_status
         from r
     ), timed as (
       select f.*, pol.id as policy_id,
              (pol.rules -> 'registration' ->> (case f.channel when 'ONLINE' then 'onlineWorkingDays' else 'offlineWorkingDays' end))::int as sla
         from filed f
        cross join lateral (
          select p.id, p.rules from regional_policy p left join region g on g.id = p.region_id
           where p.status = 'PUBLISHED' and (p.region_id is null or g.code = any(string_to_array(f.region_path, '/')))
           order by (p.valid_from <= f.submitted_day and (p.valid_to is null or p.valid_to >= f.submitted_day)) desc, length(g.path) desc nulls last, p.valid_from desc, p.version desc
           limit 1) pol
        where f.reg_status is not null
     ), due as (
       select t.*, (((w.day + 1)::timestamp at time zone 'Asia/Shanghai') - interval '1 millisecond') as due_at
         from timed t
        cross join lateral (
          select d::date as day from generate_series(t.submitted_day + 1, t.submitted_day + 60, interval '1 day') d
            left join calendar_day c on c.date = d::date
           where case c.kind when 'WORKDAY' then true when 'HOLIDAY' then false else extract(isodow from d) < 6 end
           order by d offset t.sla - 1 limit 1) w
        -- every day walked over must be in a year the platform holds (a missing year is never guessed)
        where not exists (select 1 from generate_series(extract(year from t.submitted_day)::int, extract(year from w.day)::int) y where not exists (select 1 from calendar_year x where x.year = y))
     )
     insert into pledge_registration (id, loan_id, channel, status, submitted_at, due_at, sla_working_days, policy_id, accepted_at, registered_at, certificate_number, breached_at, created_at, updated_at)
     select md5('scale-registration:' || d.loan_id)::uuid, d.loan_id, d.channel::pledge_channel, d.reg_status::pledge_registration_status, d.submitted_at, d.due_at, d.sla, d.policy_id,
            case when d.reg_status in ('ACCEPTED', 'REGISTERED') then d.submitted_at + interval '2 hours' end,
            case when d.reg_status = 'REGISTERED' then least(d.submitted_at + interval '1 day', d.due_at - interval '1 hour') end,
            case when d.reg_status = 'REGISTERED' then 'ZY' || to_char(d.submitted_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || upper(substr(md5(d.loan_id::text), 1, 8)) end,
            case when d.reg_status <> 'REGISTERED' and d.due_at < now() then d.due_at end,
            d.submitted_at, d.submitted_at
       from due d
     on conflict do nothing`,
    [today],
  );
  return result.rowCount ?? 0;
}
