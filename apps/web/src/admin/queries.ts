import { graphql } from '../gql';
import type { CaughtMailQuery } from '../gql/graphql';

export const CAUGHT_MAIL = graphql(`
  query CaughtMail($after: String) {
    caughtMail(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          subject
          to
          from
          date
          text
          attachments
        }
      }
    }
  }
`);

export type CaughtMail = CaughtMailQuery['caughtMail']['edges'][number]['node'];
