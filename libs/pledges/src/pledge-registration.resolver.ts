import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, Role, Roles } from '@zhirong/core';
import { PledgeRegistrationConnection, PledgeRegistrationObject } from './dto/pledge.objects';
import { PledgeRegistrationsArgs, RegisterPledgeInput, ReturnPledgeRegistrationInput, SubmitPledgeRegistrationInput } from './dto/pledge.inputs';
import { PledgeRegistrationService } from './pledge-registration.service';

@Resolver(() => PledgeRegistrationObject)
export class PledgeRegistrationResolver {
  constructor(private readonly registrations: PledgeRegistrationService) {}

  @Query(() => PledgeRegistrationConnection, {
    description: '质押登记 — the registrations you may see, newest first: a bank its loans’, a firm its own, an office its region’s, the platform all',
    complexity: pageComplexity,
  })
  async pledgeRegistrations(@CurrentActor() actor: Actor, @Args() args: PledgeRegistrationsArgs): Promise<PledgeRegistrationConnection> {
    const { filter, ...page } = args;
    const result = await this.registrations.list(actor, page, filter ?? {});
    return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: PledgeRegistrationObject.from(e.node) })) };
  }

  @Query(() => PledgeRegistrationObject, { nullable: true, description: '贷款的质押登记 — a loan’s current (latest) registration, or null' })
  async loanPledgeRegistration(@CurrentActor() actor: Actor, @Args('loanId', { type: () => ID, description: '贷款 id' }) loanId: string): Promise<PledgeRegistrationObject | null> {
    const r = await this.registrations.forLoan(actor, loanId);
    return r ? PledgeRegistrationObject.from(r) : null;
  }

  @Roles(Role.BANK_OFFICER)
  @Mutation(() => PledgeRegistrationObject, { description: '提交质押登记 — the loan’s bank files it for a CONTRACTED loan; dueAt on the working-day calendar' })
  async submitPledgeRegistration(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '贷款与提交方式' }) input: SubmitPledgeRegistrationInput,
  ): Promise<PledgeRegistrationObject> {
    return PledgeRegistrationObject.from(await this.registrations.submit(actor, input));
  }

  @Roles(Role.PLATFORM_ADMIN)
  @Mutation(() => PledgeRegistrationObject, { description: '受理质押登记 — the registry accepts a filing (the platform administrator acts as the registry)' })
  async acceptPledgeRegistration(
    @CurrentActor() actor: Actor,
    @Args('registrationId', { type: () => ID, description: '质押登记 id' }) registrationId: string,
  ): Promise<PledgeRegistrationObject> {
    return PledgeRegistrationObject.from(await this.registrations.accept(actor, registrationId));
  }

  @Roles(Role.PLATFORM_ADMIN)
  @Mutation(() => PledgeRegistrationObject, {
    description: '质押登记完成 — the registry registers the pledge; the loan’s assets become PLEDGED (the platform administrator acts as the registry)',
  })
  async registerPledge(@CurrentActor() actor: Actor, @Args('input', { description: '登记与登记证号' }) input: RegisterPledgeInput): Promise<PledgeRegistrationObject> {
    return PledgeRegistrationObject.from(await this.registrations.register(actor, input));
  }

  @Roles(Role.PLATFORM_ADMIN)
  @Mutation(() => PledgeRegistrationObject, {
    description: '退回质押登记 — the registry returns the filing with a reason; the bank may file again (the platform administrator acts as the registry)',
  })
  async returnPledgeRegistration(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '退回的登记与原因' }) input: ReturnPledgeRegistrationInput,
  ): Promise<PledgeRegistrationObject> {
    return PledgeRegistrationObject.from(await this.registrations.returnRegistration(actor, input));
  }
}
