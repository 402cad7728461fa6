import { Injectable } from '@nestjs/common';
import { Arrangements, CalendarErrorCode, WorkingDayCalendar, yearOf } from '@zhirong/calendar';
import { DomainError } from '@zhirong/core';
import { PolicyService } from '@zhirong/policy';
import { EntityManager } from 'typeorm';
import type { Loan } from './entities/loan.entity';
import { assessOverdue, OpenInstalment, OverdueAssessment, OverdueThresholds, workingDaysPastDueIn } from './overdue.rules';

/** The overdue rule a loan was assessed with: its region's policy version on the day. */
export interface AppliedOverdueRule {
  policyId: string;
  thresholds: OverdueThresholds;
}

/** Why a loan could not be assessed today (the sweep leaves it as it is and says so). */
export interface OverdueSkip {
  loanId: string;
  code: string;
  message: string;
}

export type OverdueOutcome = { ok: true; assessment: OverdueAssessment; rule: AppliedOverdueRule } | { ok: false; skip: OverdueSkip };

/**
 * 逾期认定的政策: assesses a loan with the overdue rule of its region's policy valid on the day
 * (POLICY), counting the grace on the working-day calendar (CALENDAR) when the rule says so.
 *
 * One instance serves the API and the worker; `session()` gives a sweep its own caches (a
 * region's policy and the calendar's years are read once per run, not once per loan).
 *
 * A year the calendar holds no data for is not guessed: the loan is not assessed (CALENDAR_YEAR_MISSING
 * comes back as a skip) and keeps its status until the year is loaded; every run recomputes from the
 * dates, so the first run after the load puts it right. Falling back to calendar days would mark
 * loans overdue that the policy gives more time, which is worse than a day's delay an operator sees.
 */
@Injectable()
export class OverduePolicy {
  constructor(
    private readonly policies: PolicyService,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  session(): OverdueSession {
    return new OverdueSession(this.policies, this.calendar);
  }
}

export class OverdueSession {
  private readonly rules = new Map<string, AppliedOverdueRule>();
  private years: { first: number; last: number; arrangements: Arrangements } | null = null;

  constructor(
    private readonly policies: PolicyService,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  async assess(manager: EntityManager, loan: Loan, instalments: readonly OpenInstalment[], today: string): Promise<OverdueOutcome> {
    try {
      const rule = await this.ruleOf(manager, loan.regionId, today);
      const counter = rule.thresholds.workingDays ? workingDaysPastDueIn(await this.arrangementsFor(manager, instalments, today)) : undefined;
      return { ok: true, rule, assessment: assessOverdue(loan, instalments, today, rule.thresholds, counter) };
    } catch (e) {
      if (e instanceof DomainError && e.reason === CalendarErrorCode.CALENDAR_YEAR_MISSING) return { ok: false, skip: { loanId: loan.id, code: e.reason, message: e.message } };
      throw e;
    }
  }

  private async ruleOf(manager: EntityManager, regionId: string, today: string): Promise<AppliedOverdueRule> {
    const cached = this.rules.get(regionId);
    if (cached) return cached;
    const effective = await this.policies.effectiveFor(manager, regionId, today);
    const rule = { policyId: effective.policy.id, thresholds: { ...effective.rules.overdue } };
    this.rules.set(regionId, rule);
    return rule;
  }

  /** The years from the oldest unpaid due date to today; a missing year is absent and throws only when a count reaches it. */
  private async arrangementsFor(manager: EntityManager, instalments: readonly OpenInstalment[], today: string): Promise<Arrangements> {
    const first = Math.min(yearOf(today), ...instalments.filter((i) => i.unpaidFen > 0n).map((i) => yearOf(i.dueDate)));
    const last = yearOf(today);
    if (!this.years || first < this.years.first || last > this.years.last) {
      this.years = { first, last, arrangements: await this.calendar.arrangements(manager, first, last) };
    }
    return this.years.arrangements;
  }
}
