import { graphql } from '../gql';
import type { InboxQuery } from '../gql/graphql';

export const INBOX = graphql(`
  query Inbox($after: String, $unreadOnly: Boolean) {
    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title {
            zh
            en
          }
          body {
            zh
            en
          }
          link
          createdAt
          readAt
          deliveries {
            channel
            status
          }
        }
      }
    }
  }
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export type Notice = InboxQuery['notifications']['edges'][number]['node'];
