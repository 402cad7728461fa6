import { AccessService, Permission } from '@zhirong/access';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, Loaders, pageComplexity, RequestLoaders } from '@zhirong/core';
import { OrganizationObject } from '@zhirong/identity';
import { IpAssetObject } from './dto/ip-asset.objects';
import { CancelValuationEngagementInput, EngageValuerInput, ValuationEngagementFilter, ValuationEngagementSort } from './dto/valuation-engagement.inputs';
import { ValuationEngagementConnection, ValuationEngagementObject } from './dto/valuation-engagement.objects';
import { IpAssetLoaders } from './ip-assets.loaders';
import { ValuationEngagementService } from './valuation-engagement.service';

@Resolver(() => ValuationEngagementObject)
export class ValuationEngagementResolver {
  constructor(
    private readonly service: ValuationEngagementService,
    private readonly loaders: IpAssetLoaders,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => [ValuationEngagementObject], {
    description:
      '委托评估 — engage a valuation firm for 1–50 VALID or PENDING assets of one firm: the firm itself, an office, window or park of its region, a bank that sees the firm, or the platform; the valuer then sees the assets and may record one appraisal each',
  })
  async engageValuer(@CurrentActor() actor: Actor, @Args('input', { description: '评估委托 — assets and valuer' }) input: EngageValuerInput): Promise<ValuationEngagementObject[]> {
    return (await this.service.engage(actor, input)).map(ValuationEngagementObject.from);
  }

  @Mutation(() => ValuationEngagementObject, {
    description: '撤销评估委托 — withdraw an open engagement (who asked for it, the firm or the platform) or decline it (the valuer), with a reason',
  })
  async cancelValuationEngagement(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '撤销 — engagement and reason' }) input: CancelValuationEngagementInput,
  ): Promise<ValuationEngagementObject> {
    return ValuationEngagementObject.from(await this.service.cancel(actor, input));
  }

  @Query(() => ValuationEngagementConnection, {
    description: '评估委托列表 — newest first unless sorted: a valuer its own work queue, a bank the engagements it made, the firm and its region’s offices those of the firm',
    complexity: pageComplexity,
  })
  async valuationEngagements(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => ValuationEngagementFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: ValuationEngagementFilter,
    @Args('sort', { type: () => ValuationEngagementSort, nullable: true, description: '排序 — order; newest first by default' }) sort?: ValuationEngagementSort,
  ): Promise<ValuationEngagementConnection> {
    const page = await this.service.list(actor, args, filter ?? {}, sort);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: ValuationEngagementObject.from(edge.node) })) };
  }

  @ResolveField(() => IpAssetObject, { description: '知识产权 — the asset to appraise' })
  async ipAsset(@CurrentActor() actor: Actor, @Parent() engagement: ValuationEngagementObject, @Loaders() loaders: RequestLoaders): Promise<IpAssetObject> {
    // A cancelled engagement no longer opens the asset to the valuer.
    await this.access.requireLoaded(loaders, actor, Permission.IP_ASSET_READ, engagement.ipAssetId);
    const asset = await this.loaders.asset(loaders).load(engagement.ipAssetId);
    if (!asset) throw new Error(`IP asset ${engagement.ipAssetId} of engagement ${engagement.id} is missing`);
    return IpAssetObject.from(asset);
  }

  @ResolveField(() => OrganizationObject, { description: '评估机构 — the valuation firm engaged' })
  async valuer(@Parent() engagement: ValuationEngagementObject, @Loaders() loaders: RequestLoaders): Promise<OrganizationObject> {
    return this.organization(loaders, engagement.valuerOrganizationId);
  }

  @ResolveField(() => OrganizationObject, { description: '委托方 — the organisation that asked for the appraisal' })
  async requestedBy(@Parent() engagement: ValuationEngagementObject, @Loaders() loaders: RequestLoaders): Promise<OrganizationObject> {
    return this.organization(loaders, engagement.requestedByOrganizationId);
  }

  private async organization(loaders: RequestLoaders, id: string): Promise<OrganizationObject> {
    const org = await this.loaders.organization(loaders).load(id);
    if (!org) throw new Error(`Organization ${id} is missing`);
    return OrganizationObject.from(org);
  }
}
