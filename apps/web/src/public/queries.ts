import { graphql } from '../gql';
import type { DisposalMarketQuery } from '../gql/graphql';

export const DISPOSAL_MARKET = graphql(`
  query DisposalMarket($query: String!, $filter: DisposalSearchFilter, $first: Int, $offset: Int) {
    searchDisposalListings(query: $query, filter: $filter, first: $first, offset: $offset) {
      totalHits
      hits {
        id
        title
        description
        mode
        status
        assetTypes
        assetTitles
        regionPath
        endsAt
        price {
          amountFen
        }
      }
    }
  }
`);

export type DisposalListing = DisposalMarketQuery['searchDisposalListings']['hits'][number];
