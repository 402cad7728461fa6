import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity } from '@zhirong/core';
import { ExplainMatchArgs, MatchConnection, MatchesForNeedArgs, MatchesForProductArgs, MatchObject } from './dto/match.objects';
import { MatchService } from './match.service';

@Resolver(() => MatchObject)
export class MatchResolver {
  constructor(private readonly matches: MatchService) {}

  @Query(() => MatchConnection, {
    description: '需求匹配产品 — the products matched to a need, eligible first then by score, with near misses and their hints; the firm itself, offices/windows/parks of its region, the platform',
    complexity: pageComplexity,
  })
  async matchesForNeed(@CurrentActor() actor: Actor, @Args() args: MatchesForNeedArgs): Promise<MatchConnection> {
    const page = await this.matches.matchesForNeed(actor, args.needId, args, args.eligibleOnly ?? false);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: MatchObject.from(e.node) })) };
  }

  @Query(() => MatchConnection, {
    description: '产品匹配需求 — the needs matched to a product, eligible first then by score; its bank, offices/windows/parks for the needs of their region, the platform',
    complexity: pageComplexity,
  })
  async matchesForProduct(@CurrentActor() actor: Actor, @Args() args: MatchesForProductArgs): Promise<MatchConnection> {
    const page = await this.matches.matchesForProduct(actor, args.productId, args, args.eligibleOnly ?? false);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: MatchObject.from(e.node) })) };
  }

  @Query(() => MatchObject, { description: '匹配说明 — one need × product evaluated now: every check, the score and hints' })
  async explainMatch(@CurrentActor() actor: Actor, @Args() args: ExplainMatchArgs): Promise<MatchObject> {
    return MatchObject.from(await this.matches.explainMatch(actor, args.needId, args.productId));
  }
}
