import { graphql } from '../gql';
import type { ValuationEngagementsQuery } from '../gql/graphql';

export const ENGAGEMENTS = graphql(`
  query ValuationEngagements($after: String, $filter: ValuationEngagementFilter, $sort: ValuationEngagementSort, $withAsset: Boolean!) {
    valuationEngagements(first: 20, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          note
          createdAt
          closedAt
          cancelReason
          ipAssetId
          requestedBy {
            id
            name
          }
          # A cancelled engagement no longer opens its asset to the valuer (FORBIDDEN).
          ipAsset @include(if: $withAsset) {
            id
            number
            title
            type
            legalStatus
          }
        }
      }
    }
  }
`);

export type Engagement = ValuationEngagementsQuery['valuationEngagements']['edges'][number]['node'];

export const RECORD_VALUATION = graphql(`
  mutation RecordValuation($input: RecordValuationInput!) {
    recordValuation(input: $input) {
      id
      ipAssetId
      value {
        amountFen
      }
    }
  }
`);

export const DECLINE_ENGAGEMENT = graphql(`
  mutation DeclineEngagement($input: CancelValuationEngagementInput!) {
    cancelValuationEngagement(input: $input) {
      id
      status
      cancelReason
      closedAt
    }
  }
`);
