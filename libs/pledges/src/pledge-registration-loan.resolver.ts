import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Loaders, pickByKeys, RequestLoaders } from '@zhirong/core';
import { LoanObject, LoanService } from '@zhirong/loans';
import { PledgeRegistrationObject } from './dto/pledge.objects';

/**
 * A registration's loan, so a list of registrations (the bank's, the registry's) names the firm
 * and the amount without a request per row. Reading the loan asks LOAN_READ again: seeing a
 * registration does not widen what a reader sees of its loan.
 */
@Resolver(() => PledgeRegistrationObject)
export class PledgeRegistrationLoanResolver {
  constructor(private readonly loans: LoanService) {}

  @ResolveField(() => LoanObject, { nullable: true, description: '贷款 — the loan registered; null when you may not read it' })
  async loan(@CurrentActor() actor: Actor, @Parent() registration: PledgeRegistrationObject, @Loaders() loaders: RequestLoaders): Promise<LoanObject | null> {
    return loaders
      .get<string, LoanObject | null>('pledge.loan', async (ids) => pickByKeys(ids, (await this.loans.readable(actor, ids)).map(LoanObject.from), (l) => l.id))
      .load(registration.loanId);
  }
}
