import { Injectable } from '@nestjs/common';
import { money } from '@zhirong/core';
import { DataSource } from 'typeorm';
import { EventReport } from './dto/event.objects';
import { MeetingIntent } from './entities/event.enums';

const INTENTS = Object.values(MeetingIntent);

/**
 * 活动总结: counted by SQL over the event's registrations, meetings and survey answers, and the
 * loan applications and loans that name its meetings (LOANS' tables, read here by SQL: loans
 * depends on events, not the other way round).
 */
@Injectable()
export class EventReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(eventId: string): Promise<EventReport> {
    const [totals] = (await this.dataSource.query(
      `select
         (select count(*) from event_registration where event_id = $1 and role = 'FIRM' and status = 'REGISTERED')::int as firms,
         (select count(*) from event_registration where event_id = $1 and role = 'BANK' and status = 'REGISTERED')::int as banks,
         (select count(*) from event_registration where event_id = $1 and status = 'WAITLISTED')::int as waitlisted,
         (select count(*) from event_registration where event_id = $1 and status = 'CANCELLED')::int as cancelled,
         count(*) filter (where m.status in ('PROPOSED', 'ACCEPTED', 'HELD', 'NO_SHOW'))::int as scheduled,
         count(*) filter (where m.status = 'ACCEPTED' or (m.status in ('HELD', 'NO_SHOW') and m.firm_response = 'ACCEPTED' and m.bank_response = 'ACCEPTED'))::int as accepted,
         count(*) filter (where m.status = 'DECLINED')::int as declined,
         count(*) filter (where m.status = 'HELD')::int as held,
         count(*) filter (where m.status = 'NO_SHOW')::int as no_shows,
         coalesce(sum(m.offered_amount_fen) filter (where m.status = 'HELD'), 0)::text as offered
       from meeting m where m.event_id = $1`,
      [eventId],
    )) as Record<string, number | string>[];
    const intents = (await this.dataSource.query(`select intent, count(*)::int as n from meeting where event_id = $1 and status = 'HELD' group by intent`, [eventId])) as {
      intent: MeetingIntent;
      n: number;
    }[];
    const ratings = (await this.dataSource.query(`select rating, count(*)::int as n from event_survey_response where event_id = $1 group by rating`, [eventId])) as {
      rating: number;
      n: number;
    }[];
    const byBank = (await this.dataSource.query(
      `select m.bank_organization_id as bank_id, b.display_name as bank_name,
              count(*) filter (where m.status in ('PROPOSED', 'ACCEPTED', 'HELD', 'NO_SHOW'))::int as meetings,
              count(*) filter (where m.status = 'HELD')::int as held,
              count(*) filter (where m.intent = 'CREDIT_LINE_OFFERED')::int as credit_lines,
              coalesce(sum(m.offered_amount_fen), 0)::text as offered
         from meeting m join event_registration b on b.id = m.bank_registration_id
        where m.event_id = $1 group by m.bank_organization_id, b.display_name order by sum(m.offered_amount_fen) desc nulls last, b.display_name`,
      [eventId],
    )) as { bank_id: string; bank_name: string; meetings: number; held: number; credit_lines: number; offered: string }[];
    const financing = (await this.dataSource.query(
      `select m.bank_organization_id as bank_id, count(distinct la.id)::int as applications,
              count(l.id) filter (where l.status <> 'CANCELLED')::int as loans,
              coalesce(sum(l.principal_fen) filter (where l.status <> 'CANCELLED'), 0)::text as amount
         from loan_application la join meeting m on m.id = la.meeting_id left join loan l on l.application_id = la.id
        where m.event_id = $1 group by m.bank_organization_id`,
      [eventId],
    )) as { bank_id: string; applications: number; loans: number; amount: string }[];
    const ofBank = (bankId: string) => financing.find((f) => f.bank_id === bankId);
    const responses = ratings.reduce((n, r) => n + r.n, 0);
    const ratingSum = ratings.reduce((n, r) => n + r.rating * r.n, 0);
    return {
      firmsRegistered: Number(totals.firms),
      banksRegistered: Number(totals.banks),
      waitlisted: Number(totals.waitlisted),
      cancelled: Number(totals.cancelled),
      meetingsScheduled: Number(totals.scheduled),
      meetingsAccepted: Number(totals.accepted),
      meetingsDeclined: Number(totals.declined),
      meetingsHeld: Number(totals.held),
      noShows: Number(totals.no_shows),
      intents: INTENTS.map((intent) => ({ intent, count: intents.find((i) => i.intent === intent)?.n ?? 0 })),
      creditOffered: money(String(totals.offered)),
      loanApplications: financing.reduce((n, f) => n + f.applications, 0),
      loans: financing.reduce((n, f) => n + f.loans, 0),
      loanAmount: money(financing.reduce((n, f) => n + BigInt(f.amount), 0n).toString()),
      surveyResponses: responses,
      averageRating: responses ? Math.round((ratingSum / responses) * 100) / 100 : null,
      ratings: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: ratings.find((r) => r.rating === rating)?.n ?? 0 })),
      byBank: byBank.map((b) => ({
        bankId: b.bank_id,
        bankName: b.bank_name,
        meetings: b.meetings,
        held: b.held,
        creditLines: b.credit_lines,
        creditOffered: money(b.offered),
        loans: ofBank(b.bank_id)?.loans ?? 0,
        loanAmount: money(ofBank(b.bank_id)?.amount ?? '0'),
      })),
    };
  }

  /**
   * The report as CSV (UTF-8 with a byte-order mark, so Excel opens the Chinese right):
   * the summary, then one line per meeting with its outcome.
   */
  async csv(eventId: string, title: string): Promise<string> {
    const r = await this.report(eventId);
    const meetings = (await this.dataSource.query(
      `select s.index + 1 as slot, to_char(m.starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as starts, m.table_index + 1 as tbl,
              f.display_name as firm, b.display_name as bank, m.score, m.status, m.intent, m.offered_amount_fen::text as offered, m.outcome_note as note
         from meeting m join event_registration f on f.id = m.firm_registration_id join event_registration b on b.id = m.bank_registration_id
         join event_slot s on s.event_id = m.event_id and s.index = m.slot_index
        where m.event_id = $1 order by m.slot_index, m.table_index, m.created_at`,
      [eventId],
    )) as Record<string, string | number | null>[];
    const yuan = (fen: string | null) => (fen === null ? '' : `${BigInt(fen) / 100n}.${(BigInt(fen) % 100n).toString().padStart(2, '0')}`);
    const lines: (string | number | null)[][] = [
      ['活动 Event', title],
      ['报名企业 Firms registered', r.firmsRegistered],
      ['报名银行 Banks registered', r.banksRegistered],
      ['候补 Waitlisted', r.waitlisted],
      ['取消报名 Cancelled', r.cancelled],
      ['安排洽谈 Meetings scheduled', r.meetingsScheduled],
      ['实际洽谈 Meetings held', r.meetingsHeld],
      ['未到场 No-shows', r.noShows],
      ['婉拒 Declined', r.meetingsDeclined],
      ...r.intents.map((i) => [`意向 Intent ${i.intent}`, i.count]),
      ['授信总额(元) Credit offered (CNY)', yuan(r.creditOffered.amountFen)],
      ['贷款申请 Loan applications', r.loanApplications],
      ['贷款笔数 Loans', r.loans],
      ['贷款金额(元) Loan amount (CNY)', yuan(r.loanAmount.amountFen)],
      ['问卷份数 Survey responses', r.surveyResponses],
      ['平均满意度 Average rating', r.averageRating],
      [],
      ['时段 Slot', '开始 Starts', '桌号 Table', '企业 Firm', '银行 Bank', '匹配分 Score', '状态 Status', '意向 Intent', '授信(元) Offered (CNY)', '备注 Note'],
      ...meetings.map((m) => [m.slot, m.starts, m.tbl, m.firm, m.bank, Number(m.score).toFixed(1), m.status, m.intent, yuan(m.offered as string | null), m.note]),
    ];
    return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
}

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
