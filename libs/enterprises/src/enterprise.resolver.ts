import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, groupByKeys, Loaders, pickByKeys, RequestLoaders, pageComplexity } from '@zhirong/core';
import { Region, RegionObject } from '@zhirong/identity';
import { CreateEnterpriseInput, EnterpriseFilter, EnterpriseSort, ReportAnnualRevenueInput, UpdateEnterpriseInput } from './dto/enterprise.inputs';
import { AnnualRevenueObject, EnterpriseConnection, EnterpriseObject } from './dto/enterprise.objects';
import { EnterpriseService } from './enterprise.service';
import { EnterpriseAnnualRevenue } from './entities/enterprise-annual-revenue.entity';

@Resolver(() => EnterpriseObject)
export class EnterpriseResolver {
  constructor(private readonly service: EnterpriseService) {}

  @Query(() => EnterpriseConnection, {
    description: '企业列表 — the firms you may see (your region for offices, windows and parks; your own firm; for a bank, firms that applied or were pushed to it)',
    complexity: pageComplexity,
  })
  async enterprises(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => EnterpriseFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: EnterpriseFilter,
    @Args('sort', { type: () => EnterpriseSort, nullable: true, description: '排序 — order; newest first by default' }) sort?: EnterpriseSort,
  ): Promise<EnterpriseConnection> {
    const page = await this.service.list(actor, args, filter ?? {}, sort);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: EnterpriseObject.from(edge.node) })) };
  }

  @Query(() => EnterpriseObject, { nullable: true, description: '企业 — one firm; FORBIDDEN when you may not see it, NOT_FOUND when there is none' })
  async enterprise(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Enterprise id' }) id: string): Promise<EnterpriseObject> {
    return EnterpriseObject.from(await this.service.get(actor, id));
  }

  @Mutation(() => EnterpriseObject, {
    description: '新增企业 — register a firm: the platform anywhere; an office, service window or park in its region; a firm its own profile, once',
  })
  async createEnterprise(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '企业档案 — the firm’s profile' }) input: CreateEnterpriseInput,
  ): Promise<EnterpriseObject> {
    return EnterpriseObject.from(await this.service.create(actor, input));
  }

  @Mutation(() => EnterpriseObject, {
    description: '修改企业 — change a firm’s profile: the platform, an office, window or park in its region, or the firm itself',
  })
  async updateEnterprise(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Enterprise id' }) id: string,
    @Args('input', { description: '修改内容 — the fields to change' }) input: UpdateEnterpriseInput,
  ): Promise<EnterpriseObject> {
    return EnterpriseObject.from(await this.service.update(actor, id, input));
  }

  @Mutation(() => AnnualRevenueObject, {
    description: '填报年度营收 — report or correct one fiscal year’s revenue: an office, window or park in its region or the platform (counts at once; the profile’s annual revenue follows the newest year), or the firm itself (a declaration that counts once verified)',
  })
  async reportAnnualRevenue(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '年度营收 — firm, year and revenue' }) input: ReportAnnualRevenueInput,
  ): Promise<AnnualRevenueObject> {
    const { row, verified } = await this.service.reportAnnualRevenue(actor, input);
    const [previous] = (await this.service.annualRevenuesOf([row.enterpriseId])).filter((r) => r.year === row.year - 1);
    return AnnualRevenueObject.from(row, previous, verified);
  }

  @ResolveField(() => [AnnualRevenueObject], { description: '历年营收 — verified revenue per fiscal year, newest first, with year-on-year growth (a firm’s own reports wait in declaredFacts)' })
  async annualRevenues(@Parent() enterprise: EnterpriseObject, @Loaders() loaders: RequestLoaders): Promise<AnnualRevenueObject[]> {
    const rows = await loaders
      .get<string, EnterpriseAnnualRevenue[]>('enterprises.annualRevenues', async (ids) => groupByKeys(ids, await this.service.annualRevenuesOf(ids), (r) => r.enterpriseId))
      .load(enterprise.id);
    const byYear = new Map(rows.map((r) => [r.year, r]));
    return rows.map((r) => AnnualRevenueObject.from(r, byYear.get(r.year - 1)));
  }

  @ResolveField(() => RegionObject, { description: '所在区县/城市 — the district or city the firm is registered in' })
  async region(@Parent() enterprise: EnterpriseObject, @Loaders() loaders: RequestLoaders): Promise<RegionObject> {
    const region = await this.regionLoader(loaders).load(enterprise.regionId);
    if (!region) throw new Error(`Region ${enterprise.regionId} of enterprise ${enterprise.id} is missing`);
    return RegionObject.from(region);
  }

  @ResolveField(() => RegionObject, { nullable: true, description: '所在园区 — the park, if the firm is in one' })
  async park(@Parent() enterprise: EnterpriseObject, @Loaders() loaders: RequestLoaders): Promise<RegionObject | null> {
    if (!enterprise.parkId) return null;
    const park = await this.regionLoader(loaders).load(enterprise.parkId);
    return park ? RegionObject.from(park) : null;
  }

  /** One loader for regions and parks alike, so a page costs a single region query. */
  private regionLoader(loaders: RequestLoaders) {
    return loaders.get<string, Region | null>('enterprises.regionById', async (ids) =>
      pickByKeys(ids, await this.service.regionsByIds(ids), (r) => r.id),
    );
  }
}
