import type { EntityManager } from 'typeorm';
import type { Loan } from './entities/loan.entity';

/**
 * A check that must pass before a loan is disbursed, provided by a domain that LOANS may not
 * import (PLEDGES depends on LOANS): PLEDGES registers one that refuses until the loan's pledge
 * registration is REGISTERED. It answers null to allow, or the reason to refuse (shown to the bank).
 * With no guard registered, disbursement is allowed — the platform without the pledges module
 * has no registration to wait for.
 */
export interface DisbursementGuard {
  readonly name: string;
  check(manager: EntityManager, loan: Loan): Promise<string | null>;
}

/** Told in the repayment's transaction when a loan is fully repaid: PLEDGES releases the pledge (assets back to FREE). */
export interface PledgeReleaseHook {
  readonly name: string;
  onLoanRepaid(manager: EntityManager, loan: Loan): Promise<void>;
}

/** The registries behind the ports; one per application, filled by the providing modules in `onModuleInit`. */
export class LoanPortRegistry<T extends { readonly name: string }> {
  private readonly items: T[] = [];

  register(item: T): void {
    if (this.items.some((i) => i.name === item.name)) throw new Error(`${item.name} is registered twice`);
    this.items.push(item);
  }

  all(): readonly T[] {
    return this.items;
  }
}

/**
 * Injection token of the disbursement guards: `@Inject(DISBURSEMENT_GUARDS) guards:
 * LoanPortRegistry<DisbursementGuard>` then `guards.register(this)` in `onModuleInit`.
 */
export const DISBURSEMENT_GUARDS = Symbol('DISBURSEMENT_GUARDS');

/** Injection token of the pledge release hooks (same pattern as DISBURSEMENT_GUARDS). */
export const PLEDGE_RELEASE_HOOKS = Symbol('PLEDGE_RELEASE_HOOKS');

export const LOAN_PORT_PROVIDERS = [
  { provide: DISBURSEMENT_GUARDS, useFactory: () => new LoanPortRegistry<DisbursementGuard>() },
  { provide: PLEDGE_RELEASE_HOOKS, useFactory: () => new LoanPortRegistry<PledgeReleaseHook>() },
];
