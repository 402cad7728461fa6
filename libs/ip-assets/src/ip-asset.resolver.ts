import { AccessService, Permission } from '@zhirong/access';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, ConnectionShape, CurrentActor, Loaders, pageComplexity, RequestLoaders, todayInShanghai } from '@zhirong/core';
import { EnterpriseObject } from '@zhirong/enterprises';
import { IpAssetFilter, IpAssetSort, RegisterIpAssetInput, UpdateIpAssetInput } from './dto/ip-asset.inputs';
import { IpAssetConnection, IpAssetObject } from './dto/ip-asset.objects';
import { ValuationObject } from './dto/valuation.objects';
import { IpAsset } from './entities/ip-asset.entity';
import { IpAssetService } from './ip-asset.service';
import { IpAssetLoaders } from './ip-assets.loaders';


export function toAssetConnection(page: ConnectionShape<IpAsset>): IpAssetConnection {
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: IpAssetObject.from(edge.node) })) };
}

@Resolver(() => IpAssetObject)
export class IpAssetResolver {
  constructor(
    private readonly service: IpAssetService,
    private readonly loaders: IpAssetLoaders,
    private readonly access: AccessService,
  ) {}

  @Query(() => IpAssetConnection, {
    description:
      '知识产权列表 — the IP assets you may see: your region for offices, windows and parks; your own for a firm; ' +
      'for a bank, those of firms that applied or were pushed to it; for a valuer, what it valued',
    complexity: pageComplexity,
  })
  async ipAssets(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => IpAssetFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: IpAssetFilter,
    @Args('sort', { type: () => IpAssetSort, nullable: true, description: '排序 — order; newest registered first by default' }) sort?: IpAssetSort,
  ): Promise<IpAssetConnection> {
    return toAssetConnection(await this.service.list(actor, args, filter ?? {}, sort));
  }

  @Query(() => IpAssetObject, { nullable: true, description: '知识产权 — one IP asset; FORBIDDEN when you may not see it, NOT_FOUND when there is none' })
  async ipAsset(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'IP asset id' }) id: string): Promise<IpAssetObject> {
    return IpAssetObject.from(await this.service.get(actor, id));
  }

  @Mutation(() => IpAssetObject, {
    description:
      '登记知识产权 — register a firm’s IP asset, its number checked per type: the firm itself, an office, service window or park of its region, or the platform',
  })
  async registerIpAsset(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '知识产权 — the asset to register' }) input: RegisterIpAssetInput,
  ): Promise<IpAssetObject> {
    return IpAssetObject.from(await this.service.register(actor, input));
  }

  @Mutation(() => IpAssetObject, {
    description: '修改知识产权 — change an IP asset (same actors as registering); a pledged asset keeps its pledge-relevant fields (CONFLICT, ASSET_PLEDGED)',
  })
  async updateIpAsset(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'IP asset id' }) id: string,
    @Args('input', { description: '修改内容 — the fields to change' }) input: UpdateIpAssetInput,
  ): Promise<IpAssetObject> {
    return IpAssetObject.from(await this.service.update(actor, id, input));
  }

  @ResolveField(() => EnterpriseObject, { description: '权利人 — the owning enterprise' })
  async owner(@CurrentActor() actor: Actor, @Parent() asset: IpAssetObject, @Loaders() loaders: RequestLoaders): Promise<EnterpriseObject> {
    // A valuer sees the asset it was engaged for, not the firm's profile.
    await this.access.requireLoaded(loaders, actor, Permission.ENTERPRISE_READ, asset.ownerId);
    const enterprise = await this.loaders.enterprise(loaders).load(asset.ownerId);
    if (!enterprise) throw new Error(`Enterprise ${asset.ownerId} of IP asset ${asset.id} is missing`);
    return EnterpriseObject.from(enterprise);
  }

  @ResolveField(() => ValuationObject, {
    nullable: true,
    description: '最新有效评估 — the newest valuation still valid today; an expired one never counts (null when there is none)',
  })
  async latestValuation(@Parent() asset: IpAssetObject, @Loaders() loaders: RequestLoaders): Promise<ValuationObject | null> {
    const valuation = await this.loaders.latestValuation(loaders).load(asset.id);
    return valuation ? ValuationObject.from(valuation) : null;
  }

  @ResolveField(() => [ValuationObject], { description: '评估历史 — every valuation of the asset, newest first, expired ones included' })
  async valuations(@Parent() asset: IpAssetObject, @Loaders() loaders: RequestLoaders): Promise<ValuationObject[]> {
    const today = todayInShanghai();
    return (await this.loaders.valuations(loaders).load(asset.id)).map((v) => ValuationObject.from(v, today));
  }
}
