import { IdentityModule } from '@zhirong/identity';
import { CalendarModule, WorkingDayCalendar } from '@zhirong/calendar';
import { CALENDAR_YEAR_LOADED, LOAD_CALENDAR_YEAR, PLAUSIBLE_CALENDAR_2027 } from '@zhirong/calendar/testing';
import { clock } from '@zhirong/core';
import { Enterprise } from '@zhirong/enterprises';
import { insertTestEnterprise } from '@zhirong/enterprises/testing';
import { DISBURSEMENT_GUARDS, DisbursementGuard, Loan, LoanPortRegistry, PLEDGE_RELEASE_HOOKS, PledgeReleaseHook } from '@zhirong/loans';
import { createIdentityFixture, createTestApp, firstError, IdentityFixture, TestApp } from '@zhirong/platform/testing';
import { seedReferencePolicies } from '@zhirong/policy';
import { BankWebhookClient, sealWebhookSecret, verifyWebhook, WEBHOOK_HEADERS } from '@zhirong/whitelist';
import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { AlertWebhookService } from './monitoring/alert-webhook.service';
import { MonitoringService } from './monitoring/monitoring.service';
import { PledgeRegistrationService } from './pledge-registration.service';
import { PledgesModule } from './pledges.module';

const SUBMIT = `mutation($input: SubmitPledgeRegistrationInput!) { submitPledgeRegistration(input: $input) {
  id loanId channel status submittedAt dueAt slaWorkingDays overdue } }`;
const ACCEPT = `mutation($id: ID!) { acceptPledgeRegistration(registrationId: $id) { id status acceptedAt } }`;
const REGISTER = `mutation($input: RegisterPledgeInput!) { registerPledge(input: $input) { id status registeredAt certificateNumber } }`;
const RETURN = `mutation($input: ReturnPledgeRegistrationInput!) { returnPledgeRegistration(input: $input) { id status returnedReason } }`;
const LIST = `query($filter: PledgeRegistrationFilter) { pledgeRegistrations(first: 10, filter: $filter) { totalCount edges { node { id loanId status breachedAt overdue } } } }`;

interface Submitted {
  id: string;
  loanId: string;
  status: string;
  submittedAt: string;
  dueAt: string;
  slaWorkingDays: number;
  overdue: boolean;
}

jest.setTimeout(60_000);

describe('pledge registration', () => {
  let t: TestApp;
  let f: IdentityFixture;
  let calendar: WorkingDayCalendar;
  let service: PledgeRegistrationService;
  let productId: string;
  let serial = 0;
  const firms: Partial<Record<'firm' | 'firm2', Enterprise>> = {};

  const q = async <T>(sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params)) as T[];

  /** A CONTRACTED loan of the bank to a firm of `region`, pledging one patent; answers the loan and the asset. */
  async function contractedLoan(who: 'firm' | 'firm2', region: 'minhang' | 'haidian'): Promise<{ loanId: string; assetId: string }> {
    serial++;
    // One firm profile per organisation.
    const firm = (firms[who] ??= await insertTestEnterprise(t.dataSource.manager, {
      name: `质押测试${serial}号有限公司`,
      organizationId: f.orgs[who].id,
      region: f.regions[region],
    }));
    const [asset] = await q<{ id: string }>(
      `insert into ip_asset (enterprise_id, region_path, type, number, title, legal_status, pledge_status) values ($1, $2, 'INVENTION_PATENT', $3, '质押专利', 'VALID', 'FREE') returning id`,
      [firm.id, firm.regionPath, `ZL2020100${String(serial).padStart(5, '0')}.X`],
    );
    const [application] = await q<{ id: string }>(
      `insert into loan_application (enterprise_id, bank_organization_id, product_id, requested_amount_fen, requested_term_months, requested_repayment_method, status, offered_amount_fen, offered_annual_rate_bp, offered_term_months, offered_repayment_method)
       values ($1, $2, $3, 100000000, 12, 'EQUAL_INSTALMENT', 'APPROVED', 100000000, 400, 12, 'EQUAL_INSTALMENT') returning id`,
      [firm.id, f.orgs.bank.id, productId],
    );
    const [loan] = await q<{ id: string }>(
      `insert into loan (application_id, enterprise_id, bank_organization_id, product_id, region_id, region_path, principal_fen, annual_rate_bp, term_months, repayment_method, appraised_value_fen, pledge_rate_bp, contracted_at, outstanding_principal_fen)
       values ($1, $2, $3, $4, $5, $6, 100000000, 400, 12, 'EQUAL_INSTALMENT', 300000000, 3333, now(), 100000000) returning id`,
      [application.id, firm.id, f.orgs.bank.id, productId, firm.regionId, firm.regionPath],
    );
    await q(`insert into loan_pledged_asset (loan_id, ip_asset_id, value_fen) values ($1, $2, 300000000)`, [loan.id, asset.id]);
    return { loanId: loan.id, assetId: asset.id };
  }

  const pledgeStatus = async (assetId: string) => (await q<{ s: string }>(`select pledge_status as s from ip_asset where id = $1`, [assetId]))[0].s;
  const submit = async (loanId: string, channel: 'ONLINE' | 'OFFLINE', who: 'bank' | 'bank2' = 'bank') =>
    t.gql<{ submitPledgeRegistration: Submitted }>(SUBMIT, { input: { loanId, channel } }, await f.token(who));
  const loanRow = (id: string) => t.dataSource.manager.findOneByOrFail(Loan, { id });

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, CalendarModule, PledgesModule]);
    f = await createIdentityFixture(t);
    // Due dates of filings in late December land in 2027, which the migration's data does not cover.
    const held = await t.gql<{ workingDayCalendar: { loaded: boolean } }>(CALENDAR_YEAR_LOADED, { year: 2027 }, await f.token('admin'));
    if (!held.data?.workingDayCalendar.loaded) expect((await t.gql(LOAD_CALENDAR_YEAR, { input: PLAUSIBLE_CALENDAR_2027 }, await f.token('admin'))).errors).toBeUndefined();
    await seedReferencePolicies(t.dataSource.manager);
    calendar = t.module.get(WorkingDayCalendar);
    service = t.module.get(PledgeRegistrationService);
    [{ id: productId }] = await q<{ id: string }>(
      `insert into loan_product (bank_organization_id, name, status, min_amount_fen, max_amount_fen, min_term_months, max_term_months, min_rate_bp, max_rate_bp, accepted_ip_types, pledge_rates, active_from)
       values ($1, '知识产权质押贷', 'ACTIVE', 100000000, 1000000000, 6, 36, 300, 600, '{INVENTION_PATENT}', '{"INVENTION_PATENT": 3000}', current_date) returning id`,
      [f.orgs.bank.id],
    );
  });
  afterAll(async () => {
    clock.reset();
    await t?.close();
  });

  it('takes the working days from the region policy: Beijing 1 online and 3 offline, Minhang the national 7', async () => {
    const cases = [
      { who: 'firm2', region: 'haidian', channel: 'ONLINE', sla: 1 },
      { who: 'firm2', region: 'haidian', channel: 'OFFLINE', sla: 3 },
      { who: 'firm', region: 'minhang', channel: 'ONLINE', sla: 7 },
    ] as const;
    for (const c of cases) {
      const { loanId } = await contractedLoan(c.who, c.region);
      const res = await submit(loanId, c.channel);
      expect(res.errors).toBeUndefined();
      const r = res.data!.submitPledgeRegistration;
      expect(r).toMatchObject({ loanId, status: 'SUBMITTED', slaWorkingDays: c.sla, overdue: false });
      // The end of the sla-th working day after the day of submission, Asia/Shanghai.
      expect(r.dueAt).toBe((await calendar.addWorkingDays(new Date(r.submittedAt), c.sla)).toISOString());
      expect(new Date(r.dueAt).toISOString()).toMatch(/T15:59:59\.999Z$/);
      const jobs = await q<{ name: string; run_at: Date }>(`select name, run_at from job_outbox where payload->>'registrationId' = $1 order by run_at`, [r.id]);
      expect(jobs.map((j) => j.name)).toEqual(['deadlines.pledge-registration-warning', 'deadlines.pledge-registration-breach']);
      expect(jobs[1].run_at.getTime()).toBe(new Date(r.dueAt).getTime() + 1000);
    }
  });

  it('refuses another bank, a second filing and a loan that is not CONTRACTED', async () => {
    const { loanId } = await contractedLoan('firm', 'minhang');
    expect(firstError(await submit(loanId, 'ONLINE', 'bank2')).extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.loanId' });
    expect((await submit(loanId, 'ONLINE')).errors).toBeUndefined();
    expect(firstError(await submit(loanId, 'OFFLINE')).extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_EXISTS' });
    const other = await contractedLoan('firm', 'minhang');
    await q(`update loan set status = 'CANCELLED' where id = $1`, [other.loanId]);
    expect(firstError(await submit(other.loanId, 'ONLINE')).extensions).toMatchObject({ code: 'CONFLICT', reason: 'LOAN_NOT_CONTRACTED' });
  });

  it('goes submitted → accepted → registered: the assets become PLEDGED, disbursement is allowed, repayment frees them', async () => {
    const { loanId, assetId } = await contractedLoan('firm2', 'haidian');
    const guards = t.module.get<LoanPortRegistry<DisbursementGuard>>(DISBURSEMENT_GUARDS);
    const releases = t.module.get<LoanPortRegistry<PledgeReleaseHook>>(PLEDGE_RELEASE_HOOKS);
    const guard = guards.all().find((g) => g.name === 'pledge-registered')!;
    expect(await guard.check(t.dataSource.manager, await loanRow(loanId))).toMatch(/REGISTERED/);

    const { id } = (await submit(loanId, 'OFFLINE')).data!.submitPledgeRegistration;
    expect(firstError(await t.gql(ACCEPT, { id }, await f.token('bank'))).extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql<{ acceptPledgeRegistration: { status: string } }>(ACCEPT, { id }, await f.token('admin'))).data!.acceptPledgeRegistration.status).toBe('ACCEPTED');
    expect(firstError(await t.gql(ACCEPT, { id }, await f.token('admin'))).extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_STATUS' });
    const registered = await t.gql<{ registerPledge: { status: string; certificateNumber: string } }>(
      REGISTER,
      { input: { registrationId: id, certificateNumber: 'Y2026990001234' } },
      await f.token('admin'),
    );
    expect(registered.data!.registerPledge).toMatchObject({ status: 'REGISTERED', certificateNumber: 'Y2026990001234' });
    expect(await pledgeStatus(assetId)).toBe('PLEDGED');
    expect(await guard.check(t.dataSource.manager, await loanRow(loanId))).toBeNull();
    const [{ n }] = await q<{ n: number }>(`select count(*)::int as n from notification where subject_id = $1 and kind = 'PLEDGE_REGISTERED'`, [id]);
    expect(n).toBeGreaterThan(0);

    await t.dataSource.transaction(async (m) =>
      releases
        .all()
        .find((h) => h.name === 'pledge-release')!
        .onLoanRepaid(m, await loanRow(loanId)),
    );
    expect(await pledgeStatus(assetId)).toBe('FREE');
  });

  it('returns a filing with its reason; the bank files again', async () => {
    const { loanId } = await contractedLoan('firm', 'minhang');
    const { id } = (await submit(loanId, 'ONLINE')).data!.submitPledgeRegistration;
    const empty = await t.gql(RETURN, { input: { registrationId: id, reason: '  ' } }, await f.token('admin'));
    expect(firstError(empty).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const returned = await t.gql<{ returnPledgeRegistration: { status: string; returnedReason: string } }>(
      RETURN,
      { input: { registrationId: id, reason: '质押合同缺少出质人签章' } },
      await f.token('admin'),
    );
    expect(returned.data!.returnPledgeRegistration).toEqual({ id, status: 'RETURNED', returnedReason: '质押合同缺少出质人签章' });
    expect((await submit(loanId, 'OFFLINE')).errors).toBeUndefined();
  });

  it('shows a registration to its bank, its firm and its region’s office only', async () => {
    const { loanId } = await contractedLoan('firm2', 'haidian');
    const { id } = (await submit(loanId, 'ONLINE')).data!.submitPledgeRegistration;
    const sees = async (who: 'bank' | 'bank2' | 'firm' | 'firm2' | 'office' | 'office.bj' | 'admin') =>
      (await t.gql<{ pledgeRegistrations: { edges: { node: { id: string } }[] } }>(LIST, { filter: { loanId } }, await f.token(who))).data!.pledgeRegistrations.edges.map(
        (e) => e.node.id,
      );
    expect(await sees('bank')).toEqual([id]);
    expect(await sees('firm2')).toEqual([id]);
    expect(await sees('office.bj')).toEqual([id]);
    expect(await sees('admin')).toEqual([id]);
    expect(await sees('bank2')).toEqual([]);
    expect(await sees('firm')).toEqual([]);
    expect(await sees('office')).toEqual([]);
  });

  it('warns before the due time and records a breach once when it passes unregistered', async () => {
    const { loanId } = await contractedLoan('firm2', 'haidian');
    const r = (await submit(loanId, 'ONLINE')).data!.submitPledgeRegistration;
    expect(await service.warn(r.id, r.dueAt)).toEqual({ warned: true });
    expect(await service.warn(r.id, r.dueAt)).toEqual({ warned: false });
    expect(await service.recordBreach(r.id, r.dueAt)).toEqual({ breached: false }); // not due yet

    clock.advance(new Date(r.dueAt).getTime() - clock.now().getTime() + 2000);
    expect(await service.recordBreach(r.id, '2000-01-01T00:00:00.000Z')).toEqual({ breached: false }); // armed for another due time
    expect(await service.recordBreach(r.id, r.dueAt)).toEqual({ breached: true });
    expect(await service.recordBreach(r.id, r.dueAt)).toEqual({ breached: false });

    const kinds = await q<{ kind: string; org: string }>(`select kind, recipient_organization_id as org from notification where subject_id = $1 order by kind`, [r.id]);
    expect(
      kinds
        .filter((k) => k.kind === 'PLEDGE_REGISTRATION_BREACHED')
        .map((k) => k.org)
        .sort(),
    ).toEqual([f.orgs.bank.id, f.orgs['office.bj'].id].sort());
    expect(kinds.some((k) => k.kind === 'PLEDGE_REGISTRATION_DUE_SOON' && k.org === f.orgs.bank.id)).toBe(true);

    const breached = await t.gql<{ pledgeRegistrations: { totalCount: number; edges: { node: { id: string; overdue: boolean } }[] } }>(
      LIST,
      { filter: { breached: true } },
      await f.token('bank'),
    );
    expect(breached.data!.pledgeRegistrations.edges.map((e) => e.node)).toEqual([{ id: r.id, loanId, status: 'SUBMITTED', breachedAt: expect.any(String), overdue: true }]);
    expect(breached.data!.pledgeRegistrations.totalCount).toBe(1);
  });
  it('alerts the pledgee bank at once when a pledged asset’s legal status changes (API and feed file)', async () => {
    const REPORT = `mutation($input: ReportLegalStatusChangeInput!) { reportLegalStatusChange(input: $input) { fromStatus toStatus effectiveOn source alertedLoans } }`;
    const IMPORT = `mutation($text: String!) { importLegalStatusFeed(text: $text) { changed unchanged alerts problems { line message } } }`;
    const ALERTS = `query($loanId: ID!) { loanAlerts(loanId: $loanId) { loanId message } }`;
    const { loanId, assetId } = await contractedLoan('firm2', 'haidian');
    const { id } = (await submit(loanId, 'ONLINE')).data!.submitPledgeRegistration;
    await t.gql(REGISTER, { input: { registrationId: id, certificateNumber: 'Y2026990009999' } }, await f.token('admin'));
    const [{ number }] = await q<{ number: string }>(`select number from ip_asset where id = $1`, [assetId]);

    const input = { number, status: 'INVALIDATED', effectiveOn: '2026-11-30' };
    expect(firstError(await t.gql(REPORT, { input }, await f.token('office'))).extensions?.code).toBe('FORBIDDEN'); // Minhang's office, a Beijing asset
    expect(firstError(await t.gql(REPORT, { input }, await f.token('bank'))).extensions?.code).toBe('FORBIDDEN');
    const reported = await t.gql<{ reportLegalStatusChange: Record<string, unknown> }>(REPORT, { input }, await f.token('office.bj'));
    expect(reported.data!.reportLegalStatusChange).toEqual({ fromStatus: 'VALID', toStatus: 'INVALIDATED', effectiveOn: '2026-11-30', source: 'API', alertedLoans: 1 });
    expect((await q<{ s: string }>(`select legal_status as s from ip_asset where id = $1`, [assetId]))[0].s).toBe('INVALIDATED');
    const notices = await q<{ org: string }>(`select recipient_organization_id as org from notification where kind = 'PLEDGED_ASSET_STATUS_CHANGED' and subject_id = $1`, [loanId]);
    expect(new Set(notices.map((n) => n.org))).toEqual(new Set([f.orgs.bank.id]));
    const alerts = async (who: 'bank' | 'bank2' | 'firm2') => (await t.gql<{ loanAlerts: { message: string }[] }>(ALERTS, { loanId }, await f.token(who))).data!.loanAlerts;
    expect((await alerts('bank')).map((a) => a.message)).toEqual([expect.stringContaining('INVALIDATED')]);
    expect(await alerts('firm2')).toHaveLength(1);
    expect(await alerts('bank2')).toEqual([]);

    const text = ['number,status,date', `${number},VALID,2026-12-01`, `${number},INVALIDATED,2026-12-01`, 'ZL000000000000.0,EXPIRED,2026-12-01', `${number},NOPE,2026-12-01`].join(
      '\n',
    );
    const imported = await t.gql<{ importLegalStatusFeed: { changed: number; unchanged: number; alerts: number; problems: { line: number; message: string }[] } }>(
      IMPORT,
      { text },
      await f.token('admin'),
    );
    expect(imported.data!.importLegalStatusFeed).toMatchObject({ changed: 2, unchanged: 0, alerts: 2 });
    expect(imported.data!.importLegalStatusFeed.problems.map((p) => p.line)).toEqual([4, 5]);
    expect((await alerts('bank')).length).toBe(3);
    const [{ n }] = await q<{ n: number }>(`select count(*)::int as n from legal_status_change where ip_asset_id = $1 and source = 'FEED_FILE'`, [assetId]);
    expect(n).toBe(2);
  });

  it('sends the pledgee bank a signed webhook for each alert, retried until delivered, recorded per delivery', async () => {
    const REPORT = `mutation($input: ReportLegalStatusChangeInput!) { reportLegalStatusChange(input: $input) { alertedLoans } }`;
    // The bank's receiver: answers 500 until told otherwise, and keeps what it got.
    const got: { headers: IncomingHttpHeaders; body: string }[] = [];
    let answer = 500;
    const receiver = createServer((req, res) => {
      let body = '';
      req
        .on('data', (c: Buffer) => (body += c.toString('utf8')))
        .on('end', () => {
          got.push({ headers: req.headers, body });
          res.writeHead(answer).end('{}');
        });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      const client = t.module.get(BankWebhookClient);
      const webhooks = t.module.get(AlertWebhookService);
      const secret = 'alert-webhook-secret-0123456789';
      await q(
        `insert into bank_webhook (bank_organization_id, url, secret) values ($1, $2, $3) on conflict (bank_organization_id) do update set url = excluded.url, secret = excluded.secret`,
        [f.orgs.bank.id, `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, sealWebhookSecret(secret, client.delivery.secretKey, f.orgs.bank.id)],
      );
      const { loanId, assetId } = await contractedLoan('firm2', 'haidian');
      const { id } = (await submit(loanId, 'ONLINE')).data!.submitPledgeRegistration;
      await t.gql(REGISTER, { input: { registrationId: id, certificateNumber: 'Y2026990008888' } }, await f.token('admin'));
      const [{ number }] = await q<{ number: string }>(`select number from ip_asset where id = $1`, [assetId]);
      const reported = await t.gql<{ reportLegalStatusChange: { alertedLoans: number } }>(
        REPORT,
        { input: { number, status: 'LAPSED_UNPAID_FEES', effectiveOn: '2026-12-02' } },
        await f.token('office.bj'),
      );
      expect(reported.data!.reportLegalStatusChange.alertedLoans).toBe(1);

      // The delivery row and its job were committed with the alert.
      const [delivery] = await q<{ id: string; status: string; bank: string; alert: string }>(
        `select d.id, d.status, d.bank_organization_id as bank, d.loan_alert_id as alert from loan_alert_delivery d join loan_alert a on a.id = d.loan_alert_id where a.loan_id = $1`,
        [loanId],
      );
      expect([delivery.status, delivery.bank]).toEqual(['QUEUED', f.orgs.bank.id]);
      const jobs = await q<{ n: number }>(`select count(*)::int as n from job_outbox where name = 'monitoring.loan-alert-webhook' and payload->>'deliveryId' = $1`, [delivery.id]);
      expect(jobs[0].n).toBe(1);
      const row = async () =>
        (
          await q<{ status: string; attempts: number; last_error: string | null; delivered: boolean }>(
            `select status, attempts, last_error, delivered_at is not null as delivered from loan_alert_delivery where id = $1`,
            [delivery.id],
          )
        )[0];

      // Attempt 1: HTTP 500 → FAILED, thrown so the job is retried with backoff.
      await expect(webhooks.deliver(delivery.id, 1)).rejects.toThrow('HTTP 500');
      expect(await row()).toEqual({ status: 'FAILED', attempts: 1, last_error: 'webhook answered HTTP 500', delivered: false });
      // Attempt 2: delivered, signed as the whitelist pushes are.
      answer = 200;
      expect(await webhooks.deliver(delivery.id, 2)).toEqual({ status: 'DELIVERED' });
      expect(await row()).toEqual({ status: 'DELIVERED', attempts: 2, last_error: null, delivered: true });
      const last = got[got.length - 1];
      const ts = String(last.headers[WEBHOOK_HEADERS.timestamp]);
      expect(verifyWebhook(secret, ts, last.body, String(last.headers[WEBHOOK_HEADERS.signature]))).toBe(true);
      expect(verifyWebhook('another-secret-0123456789', ts, last.body, String(last.headers[WEBHOOK_HEADERS.signature]))).toBe(false);
      expect(last.headers[WEBHOOK_HEADERS.idempotencyKey]).toBe(`loan-alert:${delivery.alert}`);
      expect(JSON.parse(last.body)).toMatchObject({
        event: 'loan.pledged_asset_status_changed',
        idempotencyKey: `loan-alert:${delivery.alert}`,
        bankId: f.orgs.bank.id,
        loan: { id: loanId },
        alert: { id: delivery.alert, message: expect.stringContaining('LAPSED_UNPAID_FEES') },
        asset: { id: assetId, number },
        change: { fromStatus: 'VALID', toStatus: 'LAPSED_UNPAID_FEES', effectiveOn: '2026-12-02', source: 'API' },
      });
      // A rerun of a delivered one sends nothing.
      const sent = got.length;
      expect(await webhooks.deliver(delivery.id, 3)).toEqual({ status: 'DELIVERED' });
      expect(got.length).toBe(sent);

      // The bank reads how its webhook went on the loan's alert; the firm sees the alert, not the bank's integration.
      const ON_LOAN = `query($id: ID!) { loan(id: $id) { alerts { id webhook { status attempts lastError } } } }`;
      const seen = async (who: 'bank' | 'firm2') =>
        (await t.gql<{ loan: { alerts: { id: string; webhook: unknown }[] } }>(ON_LOAN, { id: loanId }, await f.token(who))).data!.loan.alerts;
      expect(await seen('bank')).toEqual([{ id: delivery.alert, webhook: { status: 'DELIVERED', attempts: 2, lastError: null } }]);
      expect(await seen('firm2')).toEqual([{ id: delivery.alert, webhook: null }]);

      // The last attempt failing makes it DEAD (not retried); a bank without a webhook gets the inbox notice only.
      answer = 503;
      await t.gql(REPORT, { input: { number, status: 'VALID', effectiveOn: '2026-12-03' } }, await f.token('office.bj'));
      const [second] = await q<{ id: string }>(`select d.id from loan_alert_delivery d join loan_alert a on a.id = d.loan_alert_id where a.loan_id = $1 and d.status = 'QUEUED'`, [
        loanId,
      ]);
      expect(await webhooks.deliver(second.id, client.delivery.attempts)).toEqual({ status: 'DEAD' });
      await q(`delete from bank_webhook where bank_organization_id = $1`, [f.orgs.bank.id]);
      await t.gql(REPORT, { input: { number, status: 'LAPSED_UNPAID_FEES', effectiveOn: '2026-12-04' } }, await f.token('office.bj'));
      const [third] = await q<{ id: string }>(`select d.id from loan_alert_delivery d join loan_alert a on a.id = d.loan_alert_id where a.loan_id = $1 and d.status = 'QUEUED'`, [
        loanId,
      ]);
      const before = got.length;
      expect(await webhooks.deliver(third.id, 1)).toEqual({ status: 'NO_WEBHOOK' });
      expect(got.length).toBe(before);
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  });

  it('resolves Loan.registration and Loan.alerts through the access policy, one batch for a page of loans', async () => {
    const LOANS = `query { loans(first: 50) { edges { node { id registration { id loanId slaWorkingDays dueAt status } alerts { loanId message } } } } }`;
    const LOAN = `query($id: ID!) { loan(id: $id) { id registration { id } alerts { message } } }`;
    const REPORT = `mutation($input: ReportLegalStatusChangeInput!) { reportLegalStatusChange(input: $input) { alertedLoans } }`;
    const a = await contractedLoan('firm2', 'haidian');
    const b = await contractedLoan('firm2', 'haidian');
    const ra = (await submit(a.loanId, 'OFFLINE')).data!.submitPledgeRegistration;
    await submit(b.loanId, 'ONLINE');
    await t.gql(REGISTER, { input: { registrationId: ra.id, certificateNumber: 'Y2026990007777' } }, await f.token('admin'));
    const [{ number }] = await q<{ number: string }>(`select number from ip_asset where id = $1`, [a.assetId]);
    await t.gql(REPORT, { input: { number, status: 'TRANSFERRED', effectiveOn: '2026-12-05' } }, await f.token('office.bj'));

    const registrations = jest.spyOn(service, 'latestForLoans');
    const alerts = jest.spyOn(t.module.get(MonitoringService), 'alertsOfLoans');
    type Node = { id: string; registration: { id: string; loanId: string; slaWorkingDays: number; status: string } | null; alerts: { loanId: string; message: string }[] };
    const res = await t.gql<{ loans: { edges: { node: Node }[] } }>(LOANS, {}, await f.token('bank'));
    expect(res.errors).toBeUndefined();
    const nodes = new Map(res.data!.loans.edges.map((e) => [e.node.id, e.node]));
    expect(nodes.size).toBeGreaterThan(2);
    expect(nodes.get(a.loanId)!.registration).toMatchObject({ id: ra.id, loanId: a.loanId, slaWorkingDays: 3, status: 'REGISTERED' });
    expect(nodes.get(a.loanId)!.alerts).toEqual([{ loanId: a.loanId, message: expect.stringContaining('TRANSFERRED') }]);
    expect(nodes.get(b.loanId)!.registration).toMatchObject({ loanId: b.loanId, slaWorkingDays: 1, status: 'SUBMITTED' });
    expect(nodes.get(b.loanId)!.alerts).toEqual([]);
    // One call each for the whole page.
    expect(registrations).toHaveBeenCalledTimes(1);
    expect(registrations.mock.calls[0][1]).toHaveLength(nodes.size);
    expect(alerts).toHaveBeenCalledTimes(1);
    registrations.mockRestore();
    alerts.mockRestore();

    // The firm sees its own; another bank sees neither the loan nor what hangs on it.
    const firm = await t.gql<{ loan: { registration: { id: string } | null; alerts: unknown[] } }>(LOAN, { id: a.loanId }, await f.token('firm2'));
    expect(firm.data!.loan).toMatchObject({ registration: { id: ra.id }, alerts: [{ message: expect.stringContaining('TRANSFERRED') }] });
    expect(firstError(await t.gql(LOAN, { id: a.loanId }, await f.token('bank2'))).extensions?.code).toBe('NOT_FOUND');
    const bank2 = await t.gql<{ loans: { edges: unknown[] } }>(LOANS, {}, await f.token('bank2'));
    expect(bank2.data!.loans.edges).toEqual([]);
  });
});
