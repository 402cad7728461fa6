import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, pageComplexity, Role, Roles } from '@zhirong/core';
import { SearchDeadLetterConnection, SearchDeadLetterObject } from './dto/dead-letter.objects';
import { SearchOutboxAdmin } from './search-outbox-admin.service';

@Resolver()
export class SearchOutboxAdminResolver {
  constructor(private readonly outbox: SearchOutboxAdmin) {}

  @Roles(Role.PLATFORM_ADMIN)
  @Query(() => SearchDeadLetterConnection, {
    description: '搜索死信 — search index changes Meilisearch rejected SEARCH_OUTBOX_MAX_ATTEMPTS times, newest first (the platform administrator)',
    complexity: pageComplexity,
  })
  async searchDeadLetters(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs): Promise<SearchDeadLetterConnection> {
    const page = await this.outbox.deadLetters(actor, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: SearchDeadLetterObject.from(edge.node) })) };
  }

  @Roles(Role.PLATFORM_ADMIN)
  @Mutation(() => Int, { description: '重新投递搜索死信 — put search dead letters back in the outbox queue (the given ones, or all); answers how many (the platform administrator)' })
  async redriveSearchDeadLetters(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true, description: '死信 — the dead letters to re-drive; all of them when left out' }) ids?: string[] | null,
  ): Promise<number> {
    return this.outbox.redrive(actor, ids);
  }
}
