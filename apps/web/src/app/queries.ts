import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const ME = graphql(`
  query Me {
    me {
      id
      displayName
      roles
      organization {
        id
        name
        type
      }
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type Me = MeQuery['me'];

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresInSeconds
    }
  }
`);

/** The bell's count: one row's worth of the inbox, for its unreadCount. */
export const UNREAD_NOTIFICATIONS = graphql(`
  query UnreadNotifications {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);
