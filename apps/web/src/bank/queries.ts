import { graphql } from '../gql';
import type { NeedLibraryQuery } from '../gql/graphql';

export const NEED_LIBRARY = graphql(`
  query NeedLibrary($after: String) {
    needLibrary(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          amount {
            amountFen
          }
          termMonths
          maxRateBp
          ipTypes
          industrySection
          industrySectionName
          cityName
          publishedAt
          match {
            productName
            score
          }
          myInterest {
            id
            status
          }
        }
      }
    }
  }
`);

export type PublishedNeed = NeedLibraryQuery['needLibrary']['edges'][number]['node'];
