import { WorkingDayCalendar } from '@zhirong/calendar';
import { AuditService, clock } from '@zhirong/core';
import { IpAsset, LegalStatus } from '@zhirong/ip-assets';
import { LoanStatus } from '@zhirong/loans';
import { LegalStatusChange, LegalStatusSource, LoanAlert, PledgeChannel, PledgeRegistration, PledgeRegistrationStatus, slaWorkingDays } from '@zhirong/pledges';
import { PolicyService } from '@zhirong/policy';
import { SearchIndex, SearchOutboxService } from '@zhirong/search';
import { DataSource, EntityManager } from 'typeorm';

const HOUR = 3_600_000;

interface SeedLoan {
  id: string;
  status: LoanStatus;
  region_id: string;
  contracted_at: Date;
  bank: string;
}

/**
 * The demo's pledge registrations (质押登记) and one monitoring alert (贷中监测), so the bank's
 * and the registry's pages have real data: the CONTRACTED loan's filing waits with its due time;
 * the disbursed loans were registered — the ACTIVE one after a first filing came back, the
 * OVERDUE one past its due time (the breach recorded), the DEFAULTED one offline; the other
 * bank's repaid loan too; the overdue loan's pledged patent lapsed (an alert). Due times come from each region's policy on the working-day calendar,
 * as the API computes them. Runs once.
 */
export async function seedDemoPledges(dataSource: DataSource, orgs: { bank: string; bank2: string }): Promise<void> {
  const [exists] = await dataSource.query('select 1 from pledge_registration r join loan l on l.id = r.loan_id where l.bank_organization_id = any($1::uuid[]) limit 1', [
    [orgs.bank, orgs.bank2],
  ]);
  if (exists) return;
  const calendar = new WorkingDayCalendar(dataSource, new AuditService());
  const policies = new PolicyService();
  await dataSource.transaction(async (m) => {
    const loans = (await m.query(
      `select l.id, l.status, l.region_id, l.contracted_at, l.bank_organization_id as bank from loan l
        where l.bank_organization_id = any($1::uuid[]) and l.status <> 'CANCELLED' order by l.contracted_at`,
      [[orgs.bank, orgs.bank2]],
    )) as SeedLoan[];
    const first = (status: LoanStatus, bank = orgs.bank) => loans.find((l) => l.status === status && l.bank === bank);

    /** A filing at `at`, with the due time the API would have given it; null when the calendar has no data that far. */
    const filing = async (loan: SeedLoan, channel: PledgeChannel, at: Date) => {
      const effective = await policies.effectiveFor(m, loan.region_id, new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at));
      const sla = slaWorkingDays(effective.rules.registration, channel);
      const dueAt = await calendar.addWorkingDays(at, sla, m).catch(() => null);
      return dueAt && m.create(PledgeRegistration, { loanId: loan.id, channel, submittedAt: at, dueAt, slaWorkingDays: sla, policyId: effective.policy.id });
    };
    const save = (r: PledgeRegistration | null, patch: Partial<PledgeRegistration>) => (r ? m.save(Object.assign(r, patch)) : null);

    const contracted = first(LoanStatus.CONTRACTED);
    if (contracted) await save(await filing(contracted, PledgeChannel.ONLINE, clock.now()), { status: PledgeRegistrationStatus.SUBMITTED });

    const active = first(LoanStatus.ACTIVE);
    if (active) {
      const at = new Date(active.contracted_at.getTime() + HOUR);
      await save(await filing(active, PledgeChannel.ONLINE, at), {
        status: PledgeRegistrationStatus.RETURNED,
        returnedAt: new Date(at.getTime() + 5 * HOUR),
        returnedReason: '质押合同缺少出质人签章页，请补正后重新提交',
      });
      const again = await filing(active, PledgeChannel.ONLINE, new Date(at.getTime() + 24 * HOUR));
      await save(again, registered(again, 6 * HOUR, 'Y2026310000101'));
    }

    const overdue = first(LoanStatus.OVERDUE);
    if (overdue) {
      const r = await filing(overdue, PledgeChannel.OFFLINE, new Date(overdue.contracted_at.getTime() + HOUR));
      // Registered a day after its due time: the breach job recorded it a second past the due time.
      if (r) await save(r, { ...registered(r, 0, 'Y2026310000102'), registeredAt: new Date(r.dueAt.getTime() + 24 * HOUR), breachedAt: new Date(r.dueAt.getTime() + 1000) });
    }

    const defaulted = first(LoanStatus.DEFAULTED);
    if (defaulted) {
      const r = await filing(defaulted, PledgeChannel.OFFLINE, new Date(defaulted.contracted_at.getTime() + HOUR));
      await save(r, registered(r, 20 * HOUR, 'Y2026310000103'));
    }

    const repaid = first(LoanStatus.REPAID, orgs.bank2);
    if (repaid) {
      const r = await filing(repaid, PledgeChannel.ONLINE, new Date(repaid.contracted_at.getTime() + HOUR));
      await save(r, registered(r, 3 * HOUR, 'Y2026310000104'));
    }

    if (overdue) await alertOn(m, overdue.id);
  });
}

/** Accepted and registered `afterMs` after filing, with its certificate. */
function registered(r: PledgeRegistration | null, afterMs: number, certificateNumber: string): Partial<PledgeRegistration> {
  const at = new Date((r?.submittedAt.getTime() ?? 0) + afterMs);
  return { status: PledgeRegistrationStatus.REGISTERED, acceptedAt: at, registeredAt: at, certificateNumber };
}

/**
 * 贷中预警 on a live loan, as the status feed leaves it: the asset lapsed for unpaid annual
 * fees (年费未缴), the change as reported, the asset's new status (search told, as the API
 * does) and the alert its bank sees. On the overdue loan of another firm: the demo firm's
 * matches stand on its own assets being valid.
 */
async function alertOn(m: EntityManager, loanId: string): Promise<void> {
  const [asset] = (await m.query(
    `select a.id, a.number, a.title, a.legal_status from loan_pledged_asset p join ip_asset a on a.id = p.ip_asset_id where p.loan_id = $1 and a.legal_status = 'VALID' order by a.number limit 1`,
    [loanId],
  )) as { id: string; number: string; title: string }[];
  if (!asset) return;
  const effectiveOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(clock.now().getTime() - 3 * 24 * HOUR));
  const change = await m.save(
    m.create(LegalStatusChange, { ipAssetId: asset.id, fromStatus: LegalStatus.VALID, toStatus: LegalStatus.LAPSED_UNPAID_FEES, effectiveOn, source: LegalStatusSource.FEED_FILE }),
  );
  await m.update(IpAsset, { id: asset.id }, { legalStatus: LegalStatus.LAPSED_UNPAID_FEES });
  await new SearchOutboxService().record(m, { index: SearchIndex.IP_ASSETS, ids: [asset.id] });
  await m.save(
    m.create(LoanAlert, {
      loanId,
      ipAssetId: asset.id,
      legalStatusChangeId: change.id,
      message: `质物 ${asset.number}（${asset.title}）法律状态自 ${effectiveOn} 起由 VALID 变为 LAPSED_UNPAID_FEES`,
    }),
  );
}
