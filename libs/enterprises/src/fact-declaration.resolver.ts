import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Permission } from '@zhirong/access';
import { Actor, ConnectionArgs, CurrentActor, groupByKeys, Loaders, pageComplexity, RequestLoaders } from '@zhirong/core';
import { FactDeclarationFilter, ReviewFactDeclarationInput } from './dto/fact-declaration.inputs';
import { FactDeclarationConnection, FactDeclarationObject } from './dto/fact-declaration.objects';
import { EnterpriseObject } from './dto/enterprise.objects';
import { EnterpriseFactDeclaration } from './entities/enterprise-fact-declaration.entity';
import { FactDeclarationService } from './fact-declaration.service';

@Resolver(() => FactDeclarationObject)
export class FactDeclarationResolver {
  constructor(private readonly service: FactDeclarationService) {}

  @Query(() => FactDeclarationConnection, {
    description: '企业自报事项 — declarations waiting for verification (by default), oldest first: an office’s, window’s or park’s work queue for its region, or a firm’s own',
    complexity: pageComplexity,
  })
  async factDeclarations(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => FactDeclarationFilter, nullable: true, description: '筛选 — status (PENDING by default), firm, fact' }) filter?: FactDeclarationFilter,
  ): Promise<FactDeclarationConnection> {
    const page = await this.service.list(actor, args, filter ?? {});
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: FactDeclarationObject.from(edge.node) })) };
  }

  @Mutation(() => FactDeclarationObject, {
    description: '核实企业自报事项 — an office, window or park of the firm’s region confirms a declared fact (it becomes the profile’s and counts in screening and matching) or rejects it with a reason',
  })
  async reviewFactDeclaration(@CurrentActor() actor: Actor, @Args('input', { description: '结论 — declaration, verdict and note' }) input: ReviewFactDeclarationInput): Promise<FactDeclarationObject> {
    return FactDeclarationObject.from(await this.service.review(actor, input));
  }
}

@Resolver(() => EnterpriseObject)
export class EnterpriseDeclaredFactsResolver {
  constructor(
    private readonly service: FactDeclarationService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [FactDeclarationObject], {
    description: '待核实事项 — what the firm declared and is not yet verified (seen by the firm and its region’s office, window and park; empty for others)',
  })
  async declaredFacts(@CurrentActor() actor: Actor, @Parent() enterprise: EnterpriseObject, @Loaders() loaders: RequestLoaders): Promise<FactDeclarationObject[]> {
    const rows = await loaders
      .get<string, EnterpriseFactDeclaration[]>('enterprises.declaredFacts', async (ids) => groupByKeys(ids, await this.service.pendingOf(ids), (d) => d.enterpriseId))
      .load(enterprise.id);
    const visible = this.access.loader(loaders, actor, Permission.FACT_DECLARATION_READ);
    const allowed = await Promise.all(rows.map((d) => visible.load(d.id)));
    return rows.filter((_, i) => allowed[i]).map((d) => FactDeclarationObject.from(d));
  }
}
