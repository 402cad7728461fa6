import { Injectable } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { WorkingDayCalendar } from '@zhirong/calendar';
import {
  Actor,
  AuditService,
  badInput,
  clock,
  ConnectionArgs,
  ConnectionShape,
  forbidden,
  isPlatformAdmin,
  notFound,
  OrganizationType,
  paginate,
  pickByKeys,
  todayInShanghai,
} from '@zhirong/core';
import { PledgeStatus } from '@zhirong/ip-assets';
import { JobName, JobOutbox } from '@zhirong/jobs';
import { Loan, LoanStatus } from '@zhirong/loans';
import { NotificationKind, NotificationService } from '@zhirong/notifications';
import { PolicyService } from '@zhirong/policy';
import { DataSource, EntityManager } from 'typeorm';
import { PledgeRegistration } from './entities/pledge-registration.entity';
import { PENDING_REGISTRATION_STATUSES, PledgeChannel, PledgeRegistrationStatus } from './entities/pledge.enums';
import { PledgeAssets } from './pledge-assets';
import { canTake, isBreached, RegistryStep, slaWorkingDays, warningAt } from './pledge.rules';
import { PledgesError, PledgesErrorCode } from './pledges.errors';

export interface PledgeRegistrationFilter {
  loanId?: string | null;
  statuses?: PledgeRegistrationStatus[] | null;
  /** Only those whose due time passed unregistered. */
  breached?: boolean | null;
}

/**
 * 质押登记: the bank files the pledge registration of a CONTRACTED loan; the registry (on the
 * platform: the platform administrator acting for CNIPA) accepts, registers or returns it.
 * The due time is the end of the n-th working day after the day of submission (working-day
 * calendar), n from the loan region's policy on that day (Beijing 1 online / 3 offline; national 7).
 */
@Injectable()
export class PledgeRegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly policies: PolicyService,
    private readonly outbox: JobOutbox,
    private readonly notifications: NotificationService,
    private readonly assets: PledgeAssets,
  ) {}

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<PledgeRegistration> {
    const ok = await this.access.allowed(actor, Permission.PLEDGE_REGISTRATION_READ, [id], manager);
    const row = ok.has(id) ? await manager.findOne(PledgeRegistration, { where: { id } }) : null;
    if (!row) throw notFound('PledgeRegistration', id);
    return row;
  }

  /** Newest first, narrowed to what the actor may see. */
  async list(actor: Actor, args: ConnectionArgs, filter: PledgeRegistrationFilter = {}): Promise<ConnectionShape<PledgeRegistration>> {
    const qb = this.dataSource.getRepository(PledgeRegistration).createQueryBuilder('pr');
    this.access.scope(qb, actor, Permission.PLEDGE_REGISTRATION_READ, 'pr.id');
    if (filter.loanId) qb.andWhere('pr.loan_id = :loanId', { loanId: filter.loanId });
    if (filter.statuses?.length) qb.andWhere('pr.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.breached != null) qb.andWhere(filter.breached ? 'pr.breached_at IS NOT NULL' : 'pr.breached_at IS NULL');
    return paginate(qb, args, { column: 'pr.submitted_at', direction: 'DESC', key: (r) => r.submittedAt });
  }

  /** The loan's current registration (the latest one), for the loan's page. */
  async forLoan(actor: Actor, loanId: string): Promise<PledgeRegistration | null> {
    const page = await this.list(actor, { first: 1 }, { loanId });
    return page.edges[0]?.node ?? null;
  }

  /**
   * Each loan's current (latest) registration, in the order of `loanIds`, null where it has none
   * or the actor may not see it: one query for a page of loans (the Loan.registration loader).
   */
  async latestForLoans(actor: Actor, loanIds: readonly string[]): Promise<(PledgeRegistration | null)[]> {
    const rows = await this.dataSource
      .getRepository(PledgeRegistration)
      .createQueryBuilder('pr')
      .distinctOn(['pr.loan_id'])
      .where('pr.loan_id IN (:...loanIds)', { loanIds })
      .orderBy('pr.loan_id')
      .addOrderBy('pr.submitted_at', 'DESC')
      .addOrderBy('pr.id', 'DESC')
      .getMany();
    const ok = await this.access.allowed(
      actor,
      Permission.PLEDGE_REGISTRATION_READ,
      rows.map((r) => r.id),
    );
    return pickByKeys(
      loanIds,
      rows.filter((r) => ok.has(r.id)),
      (r) => r.loanId,
    );
  }

  async submit(actor: Actor, input: { loanId: string; channel: PledgeChannel }): Promise<PledgeRegistration> {
    await this.access.require(actor, Permission.PLEDGE_REGISTRATION_SUBMIT, input.loanId).catch(() => {
      throw new PledgesError(PledgesErrorCode.NOT_THE_PLEDGEE, 'Only the loan’s bank files its pledge registration', { field: 'input.loanId' });
    });
    return this.dataSource.transaction(async (manager) => {
      const loan = await manager.findOne(Loan, { where: { id: input.loanId }, lock: { mode: 'pessimistic_write' } });
      if (!loan) throw notFound('Loan', input.loanId);
      if (loan.status !== LoanStatus.CONTRACTED) {
        throw new PledgesError(PledgesErrorCode.LOAN_NOT_CONTRACTED, `The loan is ${loan.status}: a pledge is registered after contracting and before disbursement`, {
          field: 'input.loanId',
        });
      }
      const open = await manager.findOne(PledgeRegistration, { where: PENDING_OR_DONE.map((status) => ({ loanId: loan.id, status })) });
      if (open) throw new PledgesError(PledgesErrorCode.REGISTRATION_EXISTS, `The loan’s registration is ${open.status} already`, { details: { registrationId: open.id } });

      const now = clock.now();
      const effective = await this.policies.effectiveFor(manager, loan.regionId, todayInShanghai(now));
      const sla = slaWorkingDays(effective.rules.registration, input.channel);
      const dueAt = await this.calendar.addWorkingDays(now, sla, manager);
      const registration = await manager.save(
        manager.create(PledgeRegistration, {
          loanId: loan.id,
          channel: input.channel,
          status: PledgeRegistrationStatus.SUBMITTED,
          submittedAt: now,
          submittedBy: actor.userId,
          dueAt,
          slaWorkingDays: sla,
          policyId: effective.policy.id,
        }),
      );
      const armed = { registrationId: registration.id, dueAt: dueAt.toISOString() };
      await this.outbox.add(manager, JobName.DEADLINES_PLEDGE_REGISTRATION_WARNING, { data: armed, runAt: warningAt(now, dueAt, effective.rules.registration.warnBeforeHours) });
      // A moment after the due time, so the job sees it passed.
      await this.outbox.add(manager, JobName.DEADLINES_PLEDGE_REGISTRATION_BREACH, { data: armed, runAt: new Date(dueAt.getTime() + 1000) });
      await this.audit.record(manager, { action: 'submitPledgeRegistration', entityType: 'PledgeRegistration', entityId: registration.id, after: registration });
      return registration;
    });
  }

  accept(actor: Actor, id: string): Promise<PledgeRegistration> {
    return this.step(actor, id, 'accept', async (r, now) => {
      r.status = PledgeRegistrationStatus.ACCEPTED;
      r.acceptedAt = now;
    });
  }

  /** Registered: the pledge is in force; the loan's assets become PLEDGED and the loan may be disbursed. */
  register(actor: Actor, input: { registrationId: string; certificateNumber: string }): Promise<PledgeRegistration> {
    const certificate = input.certificateNumber.trim();
    if (!certificate || certificate.length > 60) throw badInput('input.certificateNumber', 'must be 1–60 characters');
    return this.step(actor, input.registrationId, 'register', async (r, now, manager, loan) => {
      r.status = PledgeRegistrationStatus.REGISTERED;
      r.acceptedAt ??= now;
      r.registeredAt = now;
      r.certificateNumber = certificate;
      await this.assets.move(manager, r.loanId, PledgeStatus.FREE, PledgeStatus.PLEDGED);
      await this.notify(manager, loan, r, NotificationKind.PLEDGE_REGISTERED, false, {
        title: { zh: '质押登记已完成', en: 'Pledge registered' },
        body: { zh: `质押登记已完成，登记通知书编号 ${certificate}，可以放款。`, en: `The pledge is registered (certificate ${certificate}); the loan may be disbursed.` },
      });
    });
  }

  returnRegistration(actor: Actor, input: { registrationId: string; reason: string }): Promise<PledgeRegistration> {
    const reason = input.reason.trim();
    if (!reason || reason.length > 500) throw badInput('input.reason', 'must be 1–500 characters');
    return this.step(actor, input.registrationId, 'return', async (r, now, manager, loan) => {
      r.status = PledgeRegistrationStatus.RETURNED;
      r.returnedAt = now;
      r.returnedReason = reason;
      await this.notify(manager, loan, r, NotificationKind.PLEDGE_REGISTRATION_RETURNED, false, {
        title: { zh: '质押登记被退回', en: 'Pledge registration returned' },
        body: { zh: `登记机关退回了质押登记：${reason}`, en: `The registry returned the pledge registration: ${reason}` },
      });
    });
  }

  /** Warning job: tells the bank while the registration still waits, for the due time it was armed with. */
  async warn(registrationId: string, armedDueAt: string): Promise<{ warned: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const r = await manager.findOne(PledgeRegistration, { where: { id: registrationId }, lock: { mode: 'pessimistic_write' } });
      if (!r || r.dueAt.toISOString() !== armedDueAt || !PENDING_REGISTRATION_STATUSES.includes(r.status) || r.warnedAt) return { warned: false };
      r.warnedAt = clock.now();
      await manager.save(r);
      const loan = await manager.findOneOrFail(Loan, { where: { id: r.loanId } });
      await this.notify(manager, loan, r, NotificationKind.PLEDGE_REGISTRATION_DUE_SOON, false, {
        title: { zh: '质押登记即将到期', en: 'Pledge registration due soon' },
        body: { zh: `质押登记须在 ${shanghaiTime(r.dueAt)} 前完成。`, en: `The pledge registration is due by ${shanghaiTime(r.dueAt)} (Beijing time).` },
      });
      return { warned: true };
    });
  }

  /** Breach job: records the breach once when the due time passed unregistered; tells the bank and the firm's offices. */
  async recordBreach(registrationId: string, armedDueAt: string): Promise<{ breached: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const r = await manager.findOne(PledgeRegistration, { where: { id: registrationId }, lock: { mode: 'pessimistic_write' } });
      const now = clock.now();
      if (!r || r.dueAt.toISOString() !== armedDueAt || r.breachedAt || !isBreached(r.status, r.dueAt, now)) return { breached: false };
      r.breachedAt = now;
      await manager.save(r);
      await this.audit.record(manager, {
        action: 'pledgeRegistrationBreached',
        entityType: 'PledgeRegistration',
        entityId: r.id,
        after: { dueAt: r.dueAt, breachedAt: now },
        actor: null,
      });
      const loan = await manager.findOneOrFail(Loan, { where: { id: r.loanId } });
      await this.notify(manager, loan, r, NotificationKind.PLEDGE_REGISTRATION_BREACHED, true, {
        title: { zh: '质押登记超时未完成', en: 'Pledge registration overdue' },
        body: {
          zh: `质押登记应于 ${shanghaiTime(r.dueAt)} 前完成，目前仍未登记。`,
          en: `The pledge registration was due by ${shanghaiTime(r.dueAt)} (Beijing time) and is not registered.`,
        },
      });
      return { breached: true };
    });
  }

  /** DISBURSEMENT_GUARDS: a loan is disbursed only once its pledge is REGISTERED. */
  async disbursementRefusal(manager: EntityManager, loan: Loan): Promise<string | null> {
    const done = await manager.exists(PledgeRegistration, { where: { loanId: loan.id, status: PledgeRegistrationStatus.REGISTERED } });
    return done ? null : '质押登记尚未完成：登记完成（REGISTERED）后方可放款 — the pledge registration is not REGISTERED yet';
  }

  /** PLEDGE_RELEASE_HOOKS: a repaid loan's assets go back to FREE. */
  async release(manager: EntityManager, loan: Loan): Promise<void> {
    await this.assets.move(manager, loan.id, PledgeStatus.PLEDGED, PledgeStatus.FREE);
  }

  private async step(
    actor: Actor,
    id: string,
    step: RegistryStep,
    apply: (r: PledgeRegistration, now: Date, manager: EntityManager, loan: Loan) => Promise<void>,
  ): Promise<PledgeRegistration> {
    if (!isPlatformAdmin(actor)) throw forbidden('The registry’s steps are taken by the platform administrator acting as the registry');
    return this.dataSource.transaction(async (manager) => {
      const r = await manager.findOne(PledgeRegistration, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!r) throw notFound('PledgeRegistration', id);
      if (!canTake(step, r.status))
        throw new PledgesError(PledgesErrorCode.REGISTRATION_STATUS, `A ${r.status} registration cannot be ${step === 'return' ? 'returned' : `${step}ed`}`);
      const before = { ...r };
      const loan = await manager.findOneOrFail(Loan, { where: { id: r.loanId } });
      await apply(r, clock.now(), manager, loan);
      const saved = await manager.save(r);
      await this.audit.record(manager, { action: `${step}PledgeRegistration`, entityType: 'PledgeRegistration', entityId: r.id, before, after: saved });
      return saved;
    });
  }

  private async notify(
    manager: EntityManager,
    loan: Loan,
    r: PledgeRegistration,
    kind: NotificationKind,
    withOffices: boolean,
    text: { title: { zh: string; en: string }; body: { zh: string; en: string } },
  ): Promise<void> {
    const organizationIds = [loan.bankOrganizationId];
    if (withOffices) {
      // The government offices whose region holds the firm's.
      const offices = (await manager.query(
        `SELECT o.id FROM organization o JOIN region rg ON rg.id = o.region_id
          WHERE o.type = $1 AND ($2 = rg.path OR starts_with($2, rg.path || '/'))`,
        [OrganizationType.GOVERNMENT_OFFICE, loan.regionPath],
      )) as { id: string }[];
      organizationIds.push(...offices.map((o) => o.id));
    }
    await this.notifications.send(manager, {
      kind,
      recipients: { organizationIds },
      key: `pledge-${r.id}-${kind}`,
      ...text,
      link: `/pledges/registrations/${r.id}`,
      subject: { type: 'PledgeRegistration', id: r.id },
    });
  }
}

const PENDING_OR_DONE = [...PENDING_REGISTRATION_STATUSES, PledgeRegistrationStatus.REGISTERED];

const shanghaiTime = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
