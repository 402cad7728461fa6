import { addMonthsClamped, InstalmentStatus, LoanApplicationStatus, LoanStatus, RepaymentMethod, loanSchedule } from '@zhirong/loans';
import { DataSource, EntityManager } from 'typeorm';

const DAY = 86_400_000;

interface Firm {
  id: string;
  region_id: string;
  region_path: string;
  park_id: string | null;
}

interface Product {
  id: string;
  bank_organization_id: string;
  min_amount_fen: string;
  max_amount_fen: string;
  min_rate_bp: number;
  batch_package: string | null;
}

/** `YYYY-MM-DD` of today in Shanghai plus `days`. */
function shanghaiDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

/**
 * The demo's loans (issue 14), written straight from the schedule rules: for the demo banks and
 * the demo firm (and two other Minhang firms) one loan in every state — CONTRACTED, ACTIVE with
 * repayments, OVERDUE, DEFAULTED (a Songjiang firm's) with a guarantor's share partly re-guaranteed and an
 * insurer's partly reinsured and a failed recovery, REPAID — and applications SUBMITTED, COUNTER_OFFERED and DECLINED. Runs once.
 */
export async function seedDemoLoans(dataSource: DataSource, orgs: { firm: string; bank: string; bank2: string; guarantor: string }): Promise<void> {
  const [exists] = await dataSource.query('select 1 from loan_application la join enterprise e on e.id = la.enterprise_id where e.organization_id = $1 limit 1', [orgs.firm]);
  if (exists) return;
  await dataSource.transaction(async (m) => {
    const firms = (await m.query(
      `select e.id, e.region_id, e.region_path, e.park_id from enterprise e
        where e.region_path like '%310112' and exists (select 1 from ip_asset a join valuation v on v.ip_asset_id = a.id where a.enterprise_id = e.id and v.valid_until >= $2::date)
        order by (e.organization_id = $1) desc nulls last, e.credit_code limit 3`,
      [orgs.firm, shanghaiDay()],
    )) as Firm[];
    if (firms.length < 3) return;
    const product = async (bank: string): Promise<Product | undefined> =>
      (
        (await m.query(
          `select id, bank_organization_id, min_amount_fen::text, max_amount_fen::text, min_rate_bp, batch_package from loan_product where bank_organization_id = $1 and status = 'ACTIVE' order by id limit 1`,
          [bank],
        )) as Product[]
      )[0];
    const bankProduct = await product(orgs.bank);
    const bank2Product = await product(orgs.bank2);
    if (!bankProduct || !bank2Product) return;
    const [insurer] = (await m.query(`select id from organization where type = 'INSURER' order by name limit 1`)) as { id: string }[];
    const [demo, other, third] = firms;
    // The defaulted loan sits in Songjiang, whose policy compensates risk (after a failed recovery,
    // outside batch packages), so the compensation claim and the disposal issue have a real case.
    const [songjiang] = (await m.query(
      `select e.id, e.region_id, e.region_path, e.park_id from enterprise e
        where e.region_path like '%310117' and exists (select 1 from ip_asset a join valuation v on v.ip_asset_id = a.id where a.enterprise_id = e.id and v.valid_until >= $1::date)
        order by e.credit_code limit 1`,
      [shanghaiDay()],
    )) as Firm[];
    const [unbatched] = (await m.query(
      `select id, bank_organization_id, min_amount_fen::text, max_amount_fen::text, min_rate_bp, batch_package from loan_product where bank_organization_id = $1 and status = 'ACTIVE' and batch_package is null order by id limit 1`,
      [orgs.bank],
    )) as Product[];

    await loan(m, demo, bankProduct, { status: LoanStatus.CONTRACTED, method: RepaymentMethod.EQUAL_INSTALMENT });
    await loan(m, demo, bankProduct, { status: LoanStatus.ACTIVE, method: RepaymentMethod.EQUAL_PRINCIPAL, disbursedMonthsAgo: 4, paidInstalments: 4 });
    await loan(m, demo, bank2Product, { status: LoanStatus.REPAID, method: RepaymentMethod.INTEREST_ONLY_BULLET, disbursedMonthsAgo: 7, termMonths: 6, paidInstalments: 6 });
    await loan(m, other, bankProduct, { status: LoanStatus.OVERDUE, method: RepaymentMethod.EQUAL_INSTALMENT, disbursedMonthsAgo: 3, paidInstalments: 1 });
    await loan(m, songjiang ?? third, unbatched ?? bankProduct, {
      status: LoanStatus.DEFAULTED,
      method: RepaymentMethod.EQUAL_INSTALMENT,
      disbursedMonthsAgo: 9,
      paidInstalments: 3,
      shares: [
        { role: 'BANK', party: orgs.bank, shareBp: 5000, passedOnBp: 0, passedOnTo: null },
        { role: 'GUARANTOR', party: orgs.guarantor, shareBp: 3000, passedOnBp: 1500, passedOnTo: '上海市融资担保基金（再担保）' },
        ...(insurer ? [{ role: 'INSURER', party: insurer.id, shareBp: 2000, passedOnBp: 1000, passedOnTo: '中再产险（再保险）' }] : []),
      ],
    });
    await application(m, demo, bankProduct, LoanApplicationStatus.SUBMITTED);
    await application(m, demo, bank2Product, LoanApplicationStatus.COUNTER_OFFERED);
    await application(m, other, bankProduct, LoanApplicationStatus.DECLINED);
  });
}

async function assetsOf(m: EntityManager, firm: Firm): Promise<{ id: string; valuation_id: string; value_fen: string }[]> {
  return m.query(
    `select distinct on (v.ip_asset_id) v.ip_asset_id as id, v.id as valuation_id, v.value_fen::text from valuation v join ip_asset a on a.id = v.ip_asset_id
      where a.enterprise_id = $1 and v.valued_on <= $2::date and v.valid_until >= $2::date order by v.ip_asset_id, v.valued_on desc, v.created_at desc, v.id desc limit 2`,
    [firm.id, shanghaiDay()],
  );
}

/** About 25% of the appraised value, in whole ¥10,000, within the product's range. */
function principalFor(appraised: bigint, p: Product): bigint {
  let amount = (appraised / 4n / 1_000_000n) * 1_000_000n;
  if (amount < BigInt(p.min_amount_fen)) amount = BigInt(p.min_amount_fen);
  if (amount > BigInt(p.max_amount_fen)) amount = BigInt(p.max_amount_fen);
  return amount > 0n ? amount : 1_000_000n;
}

async function application(m: EntityManager, firm: Firm, p: Product, status: LoanApplicationStatus, principal?: bigint): Promise<string> {
  const assets = await assetsOf(m, firm);
  const appraised = assets.reduce((a, x) => a + BigInt(x.value_fen), 0n);
  const amount = principal ?? principalFor(appraised, p);
  const decided = status !== LoanApplicationStatus.SUBMITTED;
  const offered = status === LoanApplicationStatus.APPROVED || status === LoanApplicationStatus.COUNTER_OFFERED;
  const offerAmount = status === LoanApplicationStatus.COUNTER_OFFERED ? (amount * 8n) / 10n : amount;
  const [row] = (await m.query(
    `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, purpose, status, version,
       offered_amount_fen, offered_annual_rate_bp, offered_term_months, offered_repayment_method, decline_reason, decided_at)
     values ($1, $2, $3, $4, 12, 'EQUAL_INSTALMENT', '研发投入与流动资金', $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
    [
      firm.id,
      p.bank_organization_id,
      p.id,
      amount.toString(),
      status,
      decided ? 2 : 1,
      offered ? offerAmount.toString() : null,
      offered ? Math.max(p.min_rate_bp, 380) : null,
      offered ? 12 : null,
      offered ? 'EQUAL_INSTALMENT' : null,
      status === LoanApplicationStatus.DECLINED ? '质押物评估价值不足，建议补充担保后再申请' : null,
      decided ? new Date() : null,
    ],
  )) as { id: string }[];
  for (const a of assets) await m.query('insert into loan_application_asset (application_id, ip_asset_id) values ($1, $2)', [row.id, a.id]);
  await m.query(`insert into loan_application_transition (application_id, from_status, to_status, note) values ($1, null, 'SUBMITTED', '')`, [row.id]);
  if (decided) await m.query(`insert into loan_application_transition (application_id, from_status, to_status, note) values ($1, 'SUBMITTED', $2, '')`, [row.id, status]);
  if (status !== LoanApplicationStatus.DECLINED) {
    await m.query(`insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason, source_id) values ($1, $2, 'APPLIED', $3) on conflict do nothing`, [
      firm.id,
      p.bank_organization_id,
      row.id,
    ]);
  }
  return row.id;
}

interface LoanPlan {
  status: LoanStatus;
  method: RepaymentMethod;
  disbursedMonthsAgo?: number;
  termMonths?: number;
  /** Instalments repaid on their due dates (those due so far, at most). */
  paidInstalments?: number;
  shares?: { role: string; party: string | null; shareBp: number; passedOnBp: number; passedOnTo: string | null }[];
}

async function loan(m: EntityManager, firm: Firm, p: Product, plan: LoanPlan): Promise<void> {
  const applicationId = await application(m, firm, p, LoanApplicationStatus.APPROVED);
  const [app] = (await m.query('select offered_amount_fen::text as amount, offered_annual_rate_bp as rate from loan_application where id = $1', [applicationId])) as {
    amount: string;
    rate: number;
  }[];
  const assets = await assetsOf(m, firm);
  const appraised = assets.reduce((a, x) => a + BigInt(x.value_fen), 0n);
  const principal = BigInt(app.amount);
  const term = plan.termMonths ?? 12;
  const today = shanghaiDay();
  const disbursedOn = plan.disbursedMonthsAgo ? addMonthsClamped(today, -plan.disbursedMonthsAgo) : null;
  const schedule = disbursedOn ? loanSchedule({ principalFen: principal, annualRateBp: app.rate, termMonths: term, method: plan.method, disbursedOn }) : [];
  const paid = schedule.slice(0, plan.paidInstalments ?? 0).filter((i) => i.dueDate <= today);
  const paidPrincipal = paid.reduce((a, i) => a + i.principalFen, 0n);
  const outstanding = plan.status === LoanStatus.REPAID ? 0n : principal - paidPrincipal;
  const missed = schedule.filter((i) => i.dueDate < today && !paid.includes(i));
  const dpd = missed.length ? daysBetween(missed[0].dueDate, today) : 0;
  const defaultedOn = plan.status === LoanStatus.DEFAULTED && missed.length ? shanghaiDay(-Math.max(0, dpd - 90)) : null;
  const [row] = (await m.query(
    `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, park_id, principal_fen, annual_rate_bp, term_months, repayment_method,
       appraised_value_fen, pledge_rate_bp, status, contracted_at, disbursed_on, maturity_date, outstanding_principal_fen, ever_overdue, days_past_due, max_days_past_due,
       defaulted_on, principal_at_default_fen, repaid_on, batch_package)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $21, $22, $23, $24) returning id`,
    [
      applicationId,
      firm.id,
      p.bank_organization_id,
      p.id,
      firm.region_id,
      firm.region_path,
      firm.park_id,
      principal.toString(),
      app.rate,
      term,
      plan.method,
      appraised.toString(),
      appraised > 0n ? Number((principal * 10_000n) / appraised) : 0,
      plan.status,
      disbursedOn ? new Date(Date.parse(`${disbursedOn}T02:00:00Z`) - 3 * DAY) : new Date(),
      disbursedOn,
      schedule.length ? schedule[schedule.length - 1].dueDate : null,
      outstanding.toString(),
      missed.length > 0,
      plan.status === LoanStatus.REPAID ? 0 : dpd,
      defaultedOn,
      defaultedOn ? outstanding.toString() : null,
      plan.status === LoanStatus.REPAID ? (schedule[schedule.length - 1]?.dueDate ?? today) : null,
      p.batch_package,
    ],
  )) as { id: string }[];
  for (const a of assets)
    await m.query('insert into loan_pledged_asset (loan_id, ip_asset_id, valuation_id, value_fen) values ($1, $2, $3, $4)', [row.id, a.id, a.valuation_id, a.value_fen]);
  for (const i of schedule) {
    const isPaid = plan.status === LoanStatus.REPAID || paid.includes(i);
    const late = !isPaid && i.dueDate < today;
    await m.query(
      `insert into loan_instalment (loan_id, seq, due_date, principal_fen, interest_fen, paid_principal_fen, paid_interest_fen, status, paid_on, days_past_due) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.id,
        i.seq,
        i.dueDate,
        i.principalFen.toString(),
        i.interestFen.toString(),
        isPaid ? i.principalFen.toString() : '0',
        isPaid ? i.interestFen.toString() : '0',
        isPaid ? InstalmentStatus.PAID : late ? InstalmentStatus.OVERDUE : InstalmentStatus.SCHEDULED,
        isPaid ? i.dueDate : null,
        late ? daysBetween(i.dueDate, today) : 0,
      ],
    );
    if (isPaid) {
      await m.query(`insert into repayment (loan_id, paid_on, principal_fen, interest_fen, early) values ($1, $2, $3, $4, false)`, [
        row.id,
        i.dueDate,
        i.principalFen.toString(),
        i.interestFen.toString(),
      ]);
    }
  }
  const shares = plan.shares ?? [{ role: 'BANK', party: p.bank_organization_id, shareBp: 10_000, passedOnBp: 0, passedOnTo: null }];
  for (const s of shares) {
    await m.query('insert into loan_risk_share (loan_id, party_organization_id, role, share_bp, passed_on_bp, passed_on_to) values ($1, $2, $3, $4, $5, $6)', [
      row.id,
      s.party,
      s.role,
      s.shareBp,
      s.passedOnBp,
      s.passedOnTo,
    ]);
  }
  if (disbursedOn) {
    // Illustrative fees (DOMAIN.md: valuation about 2–3% of value): registration ¥300, valuation 2% of the appraised value.
    await m.query(`insert into loan_fee (loan_id, kind, amount_fen, paid_on) values ($1, 'REGISTRATION', 30000, $2), ($1, 'VALUATION', $3, $2)`, [
      row.id,
      disbursedOn,
      ((appraised * 2n) / 100n).toString(),
    ]);
  }
  if (plan.status === LoanStatus.DEFAULTED) {
    await m.query(`insert into loan_recovery (loan_id, recovered_fen, recorded_on, failed, note) values ($1, 0, $2, true, '质物拍卖流拍，追偿无果')`, [row.id, today]);
  }
}
