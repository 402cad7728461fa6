import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionArgs, CurrentActor, Loaders, pageComplexity, RequestLoaders } from '@zhirong/core';
import { EnterpriseObject } from '@zhirong/enterprises';
import { IpAssetFilter, IpAssetSort } from './dto/ip-asset.inputs';
import { IpAssetConnection } from './dto/ip-asset.objects';
import { IpAssetService } from './ip-asset.service';
import { toAssetConnection } from './ip-asset.resolver';

/** `Enterprise.ipAssets`: lives here because enterprises cannot depend on ip-assets. */
@Resolver(() => EnterpriseObject)
export class EnterpriseIpAssetsResolver {
  constructor(private readonly service: IpAssetService) {}

  @ResolveField(() => IpAssetConnection, {
    description: '知识产权 — the firm’s IP assets you may see (a valuer: those it valued), newest first by default',
    complexity: pageComplexity,
  })
  async ipAssets(
    @CurrentActor() actor: Actor,
    @Parent() enterprise: EnterpriseObject,
    @Loaders() loaders: RequestLoaders,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => IpAssetFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: IpAssetFilter,
    @Args('sort', { type: () => IpAssetSort, nullable: true, description: '排序 — order' }) sort?: IpAssetSort,
  ): Promise<IpAssetConnection> {
    // One loader per distinct set of arguments: the firms of a page share one batch.
    const name = `ipAssets.byEnterprise:${JSON.stringify([args.first ?? null, args.after ?? null, filter ?? null, sort ?? null])}`;
    const loader = loaders.get(name, (ids: readonly string[]) => this.service.listForEnterprises(actor, ids, args, filter ?? {}, sort));
    return toAssetConnection(await loader.load(enterprise.id));
  }
}
