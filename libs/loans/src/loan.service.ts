import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, AuditService, badInput, clock, ConnectionShape, FEN_PATTERN, notFound, paginate, todayInShanghai } from '@zhirong/core';
import { JobOutbox } from '@zhirong/jobs';
import { DataSource, EntityManager, In } from 'typeorm';
import { LoansArgs, RecordRepaymentInput, DisburseLoanInput, SetLoanRiskSharesInput } from './dto/loan.inputs';
import { InstalmentStatus, LoanStatus } from './entities/loan.enums';
import { Loan, LoanFee, LoanInstalment, LoanRiskShare, Repayment } from './entities/loan.entity';
import { checkRiskShares } from './loan-application.service';
import { DISBURSEMENT_GUARDS, DisbursementGuard, LoanPortRegistry, PLEDGE_RELEASE_HOOKS, PledgeReleaseHook } from './loan.ports';
import { LoansError, LoansErrorCode } from './loans.errors';
import { OverduePolicy, OverdueSession, OverdueSkip } from './overdue-policy.service';
import { buildSchedule, loanSchedule } from './schedule.rules';

/** What a sweep came to; `skipped`: loans left as they were today, with why (e.g. a calendar year not loaded). */
export interface OverdueSweepResult {
  loans: number;
  changed: number;
  skipped: OverdueSkip[];
}

const fen = (field: string, value: string | undefined): bigint => {
  if (value === undefined) return 0n;
  if (!FEN_PATTERN.test(value)) throw badInput(field, 'must be a whole number of fen written as digits');
  return BigInt(value);
};

/**
 * 贷款: disbursement (the schedule is written), repayments allocated to instalments in order,
 * early repayment (extra principal re-amortises the later instalments over their due dates:
 * same term, smaller instalments), full repayment (REPAID, the pledge released through the
 * PledgeReleaseHook port), risk shares, and the daily overdue sweep.
 */
@Injectable()
export class LoanService {
  private readonly logger = new Logger(LoanService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(DISBURSEMENT_GUARDS) private readonly guards: LoanPortRegistry<DisbursementGuard>,
    @Inject(PLEDGE_RELEASE_HOOKS) private readonly releaseHooks: LoanPortRegistry<PledgeReleaseHook>,
    private readonly overdue: OverduePolicy,
    private readonly outbox: JobOutbox,
  ) {}

  async one(actor: Actor, id: string): Promise<Loan> {
    const ok = await this.access.allowed(actor, Permission.LOAN_READ, [id]);
    if (!ok.has(id)) throw notFound('Loan', id);
    return this.dataSource.manager.findOneOrFail(Loan, { where: { id } });
  }

  /** The loans of `ids` the actor may read, in the order asked (for a request's loader); the others are left out. */
  async readable(actor: Actor, ids: readonly string[]): Promise<Loan[]> {
    const ok = await this.access.allowed(actor, Permission.LOAN_READ, ids);
    if (!ok.size) return [];
    const byId = new Map((await this.dataSource.manager.find(Loan, { where: { id: In([...ok]) } })).map((l) => [l.id, l]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async list(actor: Actor, args: LoansArgs): Promise<ConnectionShape<Loan>> {
    const qb = this.dataSource.getRepository(Loan).createQueryBuilder('l');
    this.access.scope(qb, actor, Permission.LOAN_READ, 'l.id');
    if (args.filter?.statuses?.length) qb.andWhere('l.status IN (:...statuses)', { statuses: args.filter.statuses });
    if (args.filter?.enterpriseId) qb.andWhere('l.enterprise_id = :enterpriseId', { enterpriseId: args.filter.enterpriseId });
    return paginate(qb, args, { column: 'l.created_at', direction: 'DESC', key: (l) => l.createdAt });
  }

  /** Nested reads of a loan the resolver already checked. */
  schedule(loanId: string): Promise<LoanInstalment[]> {
    return this.dataSource.manager.find(LoanInstalment, { where: { loanId }, order: { seq: 'ASC' } });
  }

  repayments(loanId: string): Promise<Repayment[]> {
    return this.dataSource.manager.find(Repayment, { where: { loanId }, order: { paidOn: 'ASC', createdAt: 'ASC' } });
  }

  riskShares(loanId: string): Promise<LoanRiskShare[]> {
    return this.dataSource.manager.find(LoanRiskShare, { where: { loanId }, order: { shareBp: 'DESC', role: 'ASC' } });
  }

  fees(loanId: string): Promise<LoanFee[]> {
    return this.dataSource.manager.find(LoanFee, { where: { loanId }, order: { kind: 'ASC' } });
  }

  async disburse(actor: Actor, input: DisburseLoanInput): Promise<Loan> {
    await this.dataSource.transaction(async (manager) => {
      const loan = await this.serviced(manager, actor, input.loanId);
      if (loan.version !== input.expectedVersion) {
        throw new LoansError(LoansErrorCode.STALE_VERSION, `The loan changed since you read it (version ${loan.version}); read it again`, {
          details: { currentVersion: loan.version },
        });
      }
      if (loan.status !== LoanStatus.CONTRACTED) throw new LoansError(LoansErrorCode.STATUS, `Only a CONTRACTED loan is disbursed; this one is ${loan.status}`);
      const contracted = todayInShanghai(loan.contractedAt);
      if (input.disbursedOn < contracted) throw badInput('input.disbursedOn', `Disbursement cannot precede the contract (${contracted})`);
      if (input.disbursedOn > todayInShanghai(clock.now())) throw badInput('input.disbursedOn', 'Disbursement cannot be in the future');
      for (const guard of this.guards.all()) {
        const refusal = await guard.check(manager, loan);
        if (refusal) throw new LoansError(LoansErrorCode.DISBURSEMENT_BLOCKED, refusal, { details: { guard: guard.name } });
      }
      const schedule = loanSchedule({
        principalFen: BigInt(loan.principalFen),
        annualRateBp: loan.annualRateBp,
        termMonths: loan.termMonths,
        method: loan.repaymentMethod,
        disbursedOn: input.disbursedOn,
      });
      await manager.insert(
        LoanInstalment,
        schedule.map((i) => ({ loanId: loan.id, seq: i.seq, dueDate: i.dueDate, principalFen: i.principalFen.toString(), interestFen: i.interestFen.toString() })),
      );
      loan.status = LoanStatus.ACTIVE;
      loan.disbursedOn = input.disbursedOn;
      loan.maturityDate = schedule[schedule.length - 1].dueDate;
      await manager.save(loan);
      await this.audit.record(manager, {
        action: 'disburseLoan',
        entityType: 'Loan',
        entityId: loan.id,
        after: { disbursedOn: loan.disbursedOn, maturityDate: loan.maturityDate, instalments: schedule.length },
      });
      await this.outbox.statisticsChanged(manager, `disburseLoan ${loan.id}`);
    });
    return this.dataSource.manager.findOneOrFail(Loan, { where: { id: input.loanId } });
  }

  /**
   * Allocation: interest to the unpaid interest of the instalments due by `paidOn`, oldest first
   * (more than is due is refused); principal likewise; principal left over is early repayment:
   * the instalments due after `paidOn` are rebuilt on the new outstanding over their due dates
   * (re-amortised). Outstanding 0 → REPAID.
   */
  async recordRepayment(actor: Actor, input: RecordRepaymentInput): Promise<Repayment> {
    const principal = fen('input.principal.amountFen', input.principal.amountFen);
    const interest = fen('input.interest.amountFen', input.interest.amountFen);
    const penalty = fen('input.penalty.amountFen', input.penalty?.amountFen);
    if (principal + interest + penalty <= 0n) throw badInput('input.principal.amountFen', 'A repayment pays something');
    return this.dataSource.transaction(async (manager) => {
      const loan = await this.serviced(manager, actor, input.loanId);
      // A DEFAULTED loan still takes what the borrower pays (清收); it stays DEFAULTED until repaid in full.
      if (loan.status !== LoanStatus.ACTIVE && loan.status !== LoanStatus.OVERDUE && loan.status !== LoanStatus.DEFAULTED)
        throw new LoansError(LoansErrorCode.STATUS, `Repayments are recorded on an ACTIVE, OVERDUE or DEFAULTED loan; this one is ${loan.status}`);
      if (input.paidOn < loan.disbursedOn!) throw badInput('input.paidOn', 'A repayment cannot precede the disbursement');
      if (input.paidOn > todayInShanghai(clock.now())) throw badInput('input.paidOn', 'A repayment cannot be in the future');
      const outstanding = BigInt(loan.outstandingPrincipalFen);
      if (principal > outstanding) throw badInput('input.principal.amountFen', `At most the outstanding principal, ${outstanding} fen`);
      const instalments = await manager.find(LoanInstalment, { where: { loanId: loan.id }, order: { seq: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const due = instalments.filter((i) => i.dueDate <= input.paidOn && i.status !== InstalmentStatus.PAID && i.status !== InstalmentStatus.WAIVED);
      const interestDue = due.reduce((a, i) => a + BigInt(i.interestFen) - BigInt(i.paidInterestFen), 0n);
      if (interest > interestDue) throw badInput('input.interest.amountFen', `At most the interest due by ${input.paidOn}, ${interestDue} fen`);
      let interestLeft = interest;
      let principalLeft = principal;
      for (const i of due) {
        const payI = min(interestLeft, BigInt(i.interestFen) - BigInt(i.paidInterestFen));
        const payP = min(principalLeft, BigInt(i.principalFen) - BigInt(i.paidPrincipalFen));
        interestLeft -= payI;
        principalLeft -= payP;
        i.paidInterestFen = (BigInt(i.paidInterestFen) + payI).toString();
        i.paidPrincipalFen = (BigInt(i.paidPrincipalFen) + payP).toString();
        if (i.paidInterestFen === i.interestFen && i.paidPrincipalFen === i.principalFen) {
          i.status = InstalmentStatus.PAID;
          i.paidOn = input.paidOn;
          i.daysPastDue = 0;
        }
      }
      await manager.save(due);
      const newOutstanding = outstanding - principal;
      const early = principalLeft > 0n;
      if (early) {
        const later = instalments.filter((i) => i.dueDate > input.paidOn && i.status !== InstalmentStatus.PAID);
        await manager.delete(LoanInstalment, { id: In(later.map((i) => i.id)) });
        const stillDue = due.reduce((a, i) => a + BigInt(i.principalFen) - BigInt(i.paidPrincipalFen), 0n);
        const rebuilt = buildSchedule(
          newOutstanding - stillDue,
          loan.annualRateBp,
          loan.repaymentMethod,
          later.map((i) => i.dueDate),
          later[0]?.seq ?? 1,
        );
        const kept = rebuilt.filter((i) => i.principalFen > 0n || i.interestFen > 0n);
        if (kept.length) {
          await manager.insert(
            LoanInstalment,
            kept.map((i) => ({ loanId: loan.id, seq: i.seq, dueDate: i.dueDate, principalFen: i.principalFen.toString(), interestFen: i.interestFen.toString() })),
          );
        }
      }
      const repayment = await manager.save(
        manager.create(Repayment, {
          loanId: loan.id,
          paidOn: input.paidOn,
          principalFen: principal.toString(),
          interestFen: interest.toString(),
          penaltyFen: penalty.toString(),
          early,
          recordedByUserId: actor.userId,
        }),
      );
      loan.outstandingPrincipalFen = newOutstanding.toString();
      const open = (await manager.find(LoanInstalment, { where: { loanId: loan.id } })).map(toOpen);
      if (newOutstanding === 0n && open.every((i) => i.unpaidFen === 0n)) {
        // defaulted_on stays: the statistics of the month-ends in default still count the loan as non-performing.
        loan.status = LoanStatus.REPAID;
        loan.repaidOn = input.paidOn;
        loan.daysPastDue = 0;
      } else {
        // Paying what was past due brings an OVERDUE loan back to ACTIVE at once, not at the next sweep.
        // A calendar year not loaded leaves the status to the sweep rather than refusing the repayment.
        const outcome = await this.overdue.session().assess(manager, loan, open, todayInShanghai(clock.now()));
        if (outcome.ok) {
          loan.status = outcome.assessment.status;
          loan.daysPastDue = outcome.assessment.loanDaysPastDue;
        }
      }
      await manager.save(loan);
      await this.audit.record(manager, {
        action: 'recordRepayment',
        entityType: 'Loan',
        entityId: loan.id,
        after: {
          repaymentId: repayment.id,
          principalFen: repayment.principalFen,
          interestFen: repayment.interestFen,
          early,
          outstandingPrincipalFen: loan.outstandingPrincipalFen,
          status: loan.status,
        },
      });
      if (loan.status === LoanStatus.REPAID) for (const hook of this.releaseHooks.all()) await hook.onLoanRepaid(manager, loan);
      await this.outbox.statisticsChanged(manager, `recordRepayment ${loan.id}`);
      return repayment;
    });
  }

  async setRiskShares(actor: Actor, input: SetLoanRiskSharesInput): Promise<Loan> {
    await this.dataSource.transaction(async (manager) => {
      const loan = await this.serviced(manager, actor, input.loanId);
      if (input.shares.length === 0) throw badInput('input.shares', 'Give at least the bank’s share');
      const shares = checkRiskShares(input.shares, loan.bankOrganizationId, 'input.shares');
      const before = await manager.find(LoanRiskShare, { where: { loanId: loan.id } });
      await manager.delete(LoanRiskShare, { loanId: loan.id });
      await manager.insert(
        LoanRiskShare,
        shares.map((s) => ({ loanId: loan.id, ...s })),
      );
      await this.audit.record(manager, {
        action: 'setLoanRiskShares',
        entityType: 'Loan',
        entityId: loan.id,
        before: { shares: before.map((s) => ({ role: s.role, party: s.partyOrganizationId, shareBp: s.shareBp, passedOnBp: s.passedOnBp })) },
        after: { shares },
      });
    });
    return this.dataSource.manager.findOneOrFail(Loan, { where: { id: input.loanId } });
  }

  /**
   * 逾期巡检: marks past-due instalments, days past due and ever-overdue, and moves loans to
   * OVERDUE / DEFAULTED / back to ACTIVE (overdue.rules.ts) by the overdue rule of each loan's
   * region valid `today` (grace in calendar or working days, days past due before default).
   * Idempotent for a day. A loan that cannot be assessed (a calendar year not loaded) keeps its
   * status, is logged and comes back in `skipped`; the others go on.
   */
  async sweepOverdue(today: string, session: OverdueSession = this.overdue.session()): Promise<OverdueSweepResult> {
    const loans = await this.dataSource.manager.find(Loan, { where: { status: In([LoanStatus.ACTIVE, LoanStatus.OVERDUE]) } });
    let changed = 0;
    const skipped: OverdueSkip[] = [];
    for (const loan of loans) {
      await this.dataSource.transaction(async (manager) => {
        const fresh = await manager.findOneOrFail(Loan, { where: { id: loan.id }, lock: { mode: 'pessimistic_write' } });
        if (fresh.status !== LoanStatus.ACTIVE && fresh.status !== LoanStatus.OVERDUE) return;
        const instalments = await manager.find(LoanInstalment, { where: { loanId: fresh.id }, order: { seq: 'ASC' } });
        const outcome = await session.assess(manager, fresh, instalments.map(toOpen), today);
        if (!outcome.ok) {
          skipped.push(outcome.skip);
          this.logger.error(`overdue sweep of ${today} skipped loan ${fresh.id}: ${outcome.skip.message}`);
          return;
        }
        const a = outcome.assessment;
        for (const i of instalments) {
          if (i.status === InstalmentStatus.PAID || i.status === InstalmentStatus.WAIVED) continue;
          const days = a.daysPastDue.get(i.seq) ?? 0;
          const status = a.overdueSeqs.includes(i.seq) ? InstalmentStatus.OVERDUE : InstalmentStatus.SCHEDULED;
          if (i.daysPastDue !== days || i.status !== status) await manager.update(LoanInstalment, { id: i.id }, { daysPastDue: days, status });
        }
        const before = fresh.status;
        fresh.status = a.status;
        fresh.everOverdue = a.everOverdue;
        fresh.daysPastDue = a.loanDaysPastDue;
        fresh.maxDaysPastDue = Math.max(fresh.maxDaysPastDue, a.loanDaysPastDue);
        if (a.status === LoanStatus.DEFAULTED) {
          fresh.defaultedOn = today;
          fresh.principalAtDefaultFen = fresh.outstandingPrincipalFen;
        }
        await manager.save(fresh);
        if (before !== fresh.status) {
          changed++;
          if (fresh.status === LoanStatus.DEFAULTED) await this.outbox.statisticsChanged(manager, `loanStatusBySweep ${fresh.id}`);
          await this.audit.record(manager, {
            action: 'loanStatusBySweep',
            entityType: 'Loan',
            entityId: fresh.id,
            actor: null,
            before: { status: before },
            after: { status: fresh.status, daysPastDue: fresh.daysPastDue, policyId: outcome.rule.policyId, overdueRule: outcome.rule.thresholds },
          });
        }
      });
    }
    return { loans: loans.length, changed, skipped };
  }

  /** The loan locked for servicing; NOT_FOUND when the actor may not see it, FORBIDDEN when it may not service it. */
  private async serviced(manager: EntityManager, actor: Actor, id: string): Promise<Loan> {
    const visible = await this.access.allowed(actor, Permission.LOAN_READ, [id], manager);
    if (!visible.has(id)) throw notFound('Loan', id);
    await this.access.require(actor, Permission.LOAN_SERVICE, id, manager);
    return manager.findOneOrFail(Loan, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}

function toOpen(i: LoanInstalment) {
  const unpaid = i.status === InstalmentStatus.WAIVED ? 0n : BigInt(i.principalFen) - BigInt(i.paidPrincipalFen) + BigInt(i.interestFen) - BigInt(i.paidInterestFen);
  return { seq: i.seq, dueDate: i.dueDate, unpaidFen: unpaid };
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
