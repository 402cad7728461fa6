import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, Loaders, RequestLoaders, pageComplexity } from '@zhirong/core';
import { OrganizationObject } from '@zhirong/identity';
import DataLoader from 'dataloader';
import { CreateFinancingNeedInput, FinancingNeedFilter, FinancingNeedSort, UpdateFinancingNeedInput } from './dto/financing-need.inputs';
import { FinancingNeedConnection, FinancingNeedEnterprise, FinancingNeedObject } from './dto/financing-need.objects';
import { BankInterestsArgs } from './dto/need-library.inputs';
import { NeedInterestObject } from './dto/need-library.objects';
import { EnterpriseName, FinancingNeedService, OrganizationWithRegion } from './financing-need.service';
import { NeedInterestService } from './need-interest.service';

@Resolver(() => FinancingNeedObject)
export class FinancingNeedResolver {
  constructor(
    private readonly needs: FinancingNeedService,
    private readonly interests: NeedInterestService,
  ) {}

  @Query(() => FinancingNeedConnection, {
    description:
      '融资项目需求库 — the needs of the firms you may see (your region for offices, windows and parks; your own firm; for a bank, firms that applied, were pushed to it or accepted its interest)',
    complexity: pageComplexity,
  })
  async financingNeeds(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => FinancingNeedFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: FinancingNeedFilter,
    @Args('sort', { type: () => FinancingNeedSort, nullable: true, description: '排序 — order; newest first by default' }) sort?: FinancingNeedSort,
  ): Promise<FinancingNeedConnection> {
    const page = await this.needs.list(actor, args, filter ?? {}, sort);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: FinancingNeedObject.from(e.node) })) };
  }

  @Query(() => FinancingNeedObject, { nullable: true, description: '融资需求 — one need; FORBIDDEN when you may not see its firm, NOT_FOUND when there is none' })
  async financingNeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Need id' }) id: string): Promise<FinancingNeedObject> {
    return FinancingNeedObject.from(await this.needs.get(actor, id));
  }

  @Mutation(() => FinancingNeedObject, {
    description: '发布融资需求 — a firm posts its own need; an office or service window posts one for a firm of its region',
  })
  async createFinancingNeed(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '新融资需求 — the need to post' }) input: CreateFinancingNeedInput,
  ): Promise<FinancingNeedObject> {
    return FinancingNeedObject.from(await this.needs.create(actor, input));
  }

  @Mutation(() => FinancingNeedObject, { description: '修改融资需求 — change a need while it is open (the firm, or an office or window of its region)' })
  async updateFinancingNeed(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Need id' }) id: string,
    @Args('input', { description: '修改内容 — the fields to change' }) input: UpdateFinancingNeedInput,
  ): Promise<FinancingNeedObject> {
    return FinancingNeedObject.from(await this.needs.update(actor, id, input));
  }

  @Mutation(() => FinancingNeedObject, { description: '撤回融资需求 — withdraw an open or matched need' })
  async withdrawFinancingNeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Need id' }) id: string): Promise<FinancingNeedObject> {
    return FinancingNeedObject.from(await this.needs.withdraw(actor, id));
  }

  @ResolveField('enterprise', () => FinancingNeedEnterprise, { description: '需求企业 — the firm that needs the money' })
  async enterprise(@Parent() need: FinancingNeedObject, @Loaders() loaders: RequestLoaders): Promise<FinancingNeedEnterprise> {
    const enterprise = await this.enterpriseLoader(loaders).load(need.enterpriseId);
    if (!enterprise) throw new Error(`Enterprise ${need.enterpriseId} of need ${need.id} is missing`);
    return { id: enterprise.id, name: enterprise.name };
  }

  @ResolveField('enterpriseName', () => String, { description: '企业名称 — the firm’s registered name' })
  async enterpriseName(@Parent() need: FinancingNeedObject, @Loaders() loaders: RequestLoaders): Promise<string> {
    return (await this.enterprise(need, loaders)).name;
  }

  @ResolveField('createdBy', () => OrganizationObject, { description: '发布机构 — who posted it: the firm itself, or an office or service window on its behalf' })
  async createdBy(@Parent() need: FinancingNeedObject, @Loaders() loaders: RequestLoaders): Promise<OrganizationObject> {
    const org = await loaders.get<string, OrganizationWithRegion | null>('needs.organization', (ids) => this.needs.organizationsByIds(ids)).load(need.createdByOrganizationId);
    if (!org) throw new Error(`Organization ${need.createdByOrganizationId} of need ${need.id} is missing`);
    return OrganizationObject.from(org);
  }

  @ResolveField('bankInterests', () => [NeedInterestObject], {
    description: '银行对接意向 — banks’ interests in the need once published, newest first: the firm and its offices see all, a bank its own',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 50) * childComplexity,
  })
  async bankInterests(
    @Parent() need: FinancingNeedObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
    @Args() args: BankInterestsArgs,
  ): Promise<NeedInterestObject[]> {
    const first = args.first ?? 50;
    return loaders.get<string, NeedInterestObject[]>(`needs.bankInterests.${first}`, (ids) => this.interests.forNeeds(actor, ids, first)).load(need.id);
  }

  private enterpriseLoader(loaders: RequestLoaders): DataLoader<string, EnterpriseName | null> {
    return loaders.get<string, EnterpriseName | null>('needs.enterpriseName', (ids) => this.needs.enterpriseNamesByIds(ids));
  }
}
