import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity } from '@zhirong/core';
import { ExpressNeedInterestInput, NeedInterestArgs, NeedLibraryArgs, RespondToNeedInterestInput } from './dto/need-library.inputs';
import { NeedInterestConnection, NeedInterestObject, PublishedNeedConnection, PublishedNeedObject } from './dto/need-library.objects';
import { FinancingNeedObject } from './dto/financing-need.objects';
import { NeedInterestService } from './need-interest.service';
import { NeedLibraryService } from './need-library.service';

/** The need library: firms publish needs, banks take interest, firms consent. */
@Resolver(() => PublishedNeedObject)
export class NeedLibraryResolver {
  constructor(
    private readonly library: NeedLibraryService,
    private readonly interests: NeedInterestService,
  ) {}

  @Query(() => PublishedNeedConnection, {
    description: '融资项目需求库 — needs their firms published to banks that match your bank’s active products, anonymised, newest first (banks)',
    complexity: pageComplexity,
  })
  needLibrary(@CurrentActor() actor: Actor, @Args() args: NeedLibraryArgs): Promise<PublishedNeedConnection> {
    return this.library.library(actor, args);
  }

  @Query(() => PublishedNeedObject, { description: '需求库项目 — one need of your library; FORBIDDEN when it is not in it' })
  publishedNeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Need id' }) id: string): Promise<PublishedNeedObject> {
    return this.library.get(actor, id);
  }

  @Query(() => NeedInterestConnection, {
    description: '对接意向 — interests in published needs: a bank’s own, a firm’s on its needs, an office’s in its region; newest first',
    complexity: pageComplexity,
  })
  needInterests(@CurrentActor() actor: Actor, @Args() args: NeedInterestArgs): Promise<NeedInterestConnection> {
    return this.interests.list(actor, args, args.filter ?? {});
  }

  @Mutation(() => FinancingNeedObject, { description: '发布至需求库 — the firm publishes its open need to banks (only the firm itself: it is its consent to be found)' })
  async publishFinancingNeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Need id' }) id: string): Promise<FinancingNeedObject> {
    return FinancingNeedObject.from(await this.library.publish(actor, id));
  }

  @Mutation(() => FinancingNeedObject, { description: '撤出需求库 — banks stop finding the need; pending interests end, consents given stay until withdrawn' })
  async unpublishFinancingNeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Need id' }) id: string): Promise<FinancingNeedObject> {
    return FinancingNeedObject.from(await this.library.unpublish(actor, id));
  }

  @Mutation(() => NeedInterestObject, { description: '表达对接意向 — your bank takes interest in a need of its library; the firm then accepts or declines' })
  expressInterestInNeed(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '对接意向 — the need and your product that matches it' }) input: ExpressNeedInterestInput,
  ): Promise<NeedInterestObject> {
    return this.interests.express(actor, input);
  }

  @Mutation(() => NeedInterestObject, { description: '撤回对接意向 — your bank takes its interest back; if the firm had accepted, your access to it ends' })
  withdrawNeedInterest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Interest id' }) id: string): Promise<NeedInterestObject> {
    return this.interests.withdraw(actor, id);
  }

  @Mutation(() => NeedInterestObject, { description: '答复对接意向 — the firm accepts (the bank then sees the firm, like a pushed one; audited) or declines' })
  respondToNeedInterest(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '企业答复 — the interest and the firm’s answer' }) input: RespondToNeedInterestInput,
  ): Promise<NeedInterestObject> {
    return this.interests.respond(actor, input);
  }

  @Mutation(() => NeedInterestObject, { description: '撤回授权 — the firm withdraws the consent it gave; the bank’s access ends and it is told (bankAccessRevocations)' })
  withdrawNeedConsent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Interest id' }) id: string): Promise<NeedInterestObject> {
    return this.interests.withdrawConsent(actor, id);
  }
}
