import { graphql } from '../gql';
import type { MyAssetsQuery } from '../gql/graphql';

export const MY_ASSETS = graphql(`
  query MyAssets($after: String) {
    ipAssets(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          type
          legalStatus
          pledgeStatus
          expiresOn
          latestValuation {
            value {
              amountFen
            }
          }
        }
      }
    }
  }
`);

export type MyAsset = MyAssetsQuery['ipAssets']['edges'][number]['node'];
