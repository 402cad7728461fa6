import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, Loaders, Money, money, pageComplexity, RequestLoaders } from '@zhirong/core';
import { EnterpriseObject } from '@zhirong/enterprises';
import { IpAssetObject } from './dto/ip-asset.objects';
import { CreatePledgeBundleInput } from './dto/pledge-bundle.inputs';
import { PledgeBundleConnection, PledgeBundleObject } from './dto/pledge-bundle.objects';
import { IpAsset } from './entities/ip-asset.entity';
import { IpAssetLoaders } from './ip-assets.loaders';
import { PledgeBundleService } from './pledge-bundle.service';

@Resolver(() => PledgeBundleObject)
export class PledgeBundleResolver {
  constructor(
    private readonly service: PledgeBundleService,
    private readonly loaders: IpAssetLoaders,
  ) {}

  @Mutation(() => PledgeBundleObject, {
    description:
      '创建质押组合 — offer 1–50 of a firm’s valid, unpledged IP assets together: the firm itself, an office or service window of its region, or the platform',
  })
  async createPledgeBundle(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '质押组合 — the bundle to create' }) input: CreatePledgeBundleInput,
  ): Promise<PledgeBundleObject> {
    return PledgeBundleObject.from(await this.service.create(actor, input));
  }

  @Query(() => PledgeBundleObject, { nullable: true, description: '质押组合 — one bundle, seen like its firm; FORBIDDEN or NOT_FOUND otherwise' })
  async pledgeBundle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Bundle id' }) id: string): Promise<PledgeBundleObject> {
    return PledgeBundleObject.from(await this.service.get(actor, id));
  }

  @Query(() => PledgeBundleConnection, { description: '质押组合列表 — a firm’s bundles, newest first', complexity: pageComplexity })
  async pledgeBundles(
    @CurrentActor() actor: Actor,
    @Args('enterpriseId', { type: () => ID, description: '企业 — the firm' }) enterpriseId: string,
    @Args() args: ConnectionArgs,
  ): Promise<PledgeBundleConnection> {
    const page = await this.service.listForEnterprise(actor, enterpriseId, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: PledgeBundleObject.from(edge.node) })) };
  }

  @ResolveField(() => EnterpriseObject, { description: '企业 — the firm whose assets these are' })
  async owner(@Parent() bundle: PledgeBundleObject, @Loaders() loaders: RequestLoaders): Promise<EnterpriseObject> {
    const enterprise = await this.loaders.enterprise(loaders).load(bundle.ownerId);
    if (!enterprise) throw new Error(`Enterprise ${bundle.ownerId} of bundle ${bundle.id} is missing`);
    return EnterpriseObject.from(enterprise);
  }

  @ResolveField(() => [IpAssetObject], { description: '知识产权 — the assets in the bundle' })
  async assets(@Parent() bundle: PledgeBundleObject, @Loaders() loaders: RequestLoaders): Promise<IpAssetObject[]> {
    const ids = await this.loaders.bundleAssetIds(loaders).load(bundle.id);
    const assets = await this.loaders.asset(loaders).loadMany(ids);
    return assets.filter((a): a is IpAsset => a instanceof IpAsset).map((a) => IpAssetObject.from(a));
  }

  @ResolveField(() => Money, {
    description: '评估总值 — appraised value: the sum of each asset’s latest valid valuation (expired ones do not count); what a pledge rate applies to',
  })
  async appraisedValue(@Parent() bundle: PledgeBundleObject, @Loaders() loaders: RequestLoaders): Promise<Money> {
    return money((await this.loaders.bundleAppraisal(loaders).load(bundle.id)).appraisedValueFen);
  }

  @ResolveField(() => Int, { description: '资产数 — how many assets the bundle holds' })
  async assetCount(@Parent() bundle: PledgeBundleObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await this.loaders.bundleAppraisal(loaders).load(bundle.id)).assetCount;
  }

  @ResolveField(() => Int, { description: '无有效评估资产数 — assets without a valid valuation, which add nothing to the appraised value' })
  async assetsWithoutValidValuation(@Parent() bundle: PledgeBundleObject, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await this.loaders.bundleAppraisal(loaders).load(bundle.id)).assetsWithoutValidValuation;
  }
}
