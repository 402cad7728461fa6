import { Args, ComplexityEstimatorArgs, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, OptionalActor, Public } from '@zhirong/core';
import { DEFAULT_SEARCH_PAGE, DisposalSearchFilter, FirmSearchFilter, IpAssetSearchFilter, MAX_SEARCH_PAGE, SearchArgs } from './dto/search.inputs';
import { DisposalSearchResult, FirmSearchResult, IpAssetSearchResult } from './dto/search.objects';
import { SearchQueryService } from './search-query.service';

/** A page costs its size times a hit; `first` above the cap is priced at the cap so validation answers. */
function searchComplexity({ args, childComplexity }: Pick<ComplexityEstimatorArgs, 'args' | 'childComplexity'>): number {
  const first = typeof args['first'] === 'number' ? args['first'] : DEFAULT_SEARCH_PAGE;
  return 1 + Math.min(Math.max(first, 1), MAX_SEARCH_PAGE) * Math.max(1, childComplexity / 4);
}

@Resolver()
export class SearchResolver {
  constructor(private readonly queries: SearchQueryService) {}

  @Query(() => IpAssetSearchResult, {
    description: '知识产权搜索 — full-text search over the IP assets you may see (by region for offices, windows and parks; your own for a firm; firms pushed to or applied to a bank; assets a valuer appraised)',
    complexity: searchComplexity,
  })
  async searchIpAssets(
    @CurrentActor() actor: Actor,
    @Args() args: SearchArgs,
    @Args('filter', { type: () => IpAssetSearchFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: IpAssetSearchFilter,
  ): Promise<IpAssetSearchResult> {
    return this.queries.ipAssets(actor, args, filter ?? {});
  }

  @Query(() => FirmSearchResult, {
    description: '白名单企业搜索 — search whitelisted firms: a bank only among firms pushed to it; offices, windows and parks within their region',
    complexity: searchComplexity,
  })
  async searchWhitelistedFirms(
    @CurrentActor() actor: Actor,
    @Args() args: SearchArgs,
    @Args('filter', { type: () => FirmSearchFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: FirmSearchFilter,
  ): Promise<FirmSearchResult> {
    return this.queries.firms(actor, args, filter ?? {});
  }

  @Public()
  @Query(() => DisposalSearchResult, {
    description: '质物处置搜索 — search the disposal marketplace (public: published listings only)',
    complexity: searchComplexity,
  })
  async searchDisposalListings(
    @OptionalActor() actor: Actor | undefined,
    @Args() args: SearchArgs,
    @Args('filter', { type: () => DisposalSearchFilter, nullable: true, description: '筛选 — conditions, all of which must hold' }) filter?: DisposalSearchFilter,
  ): Promise<DisposalSearchResult> {
    return this.queries.disposalListings(actor, args, filter ?? {});
  }
}
