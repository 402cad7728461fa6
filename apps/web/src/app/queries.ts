import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  MeQuery,
  MeQueryVariables,
  RefreshSessionMutation,
  RefreshSessionMutationVariables,
  SignOutMutation,
  SignOutMutationVariables,
  UnreadNotificationsQuery,
  UnreadNotificationsQueryVariables,
} from '../gql/graphql';

// The shell's own operations are parsed here, not imported from gql/graphql.ts: that module holds
// every page's documents, and the sign-in page should not carry them (they load with the first journey).
export const ME: TypedDocumentNode<MeQuery, MeQueryVariables> = gql`
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
`;

export const SIGN_OUT: TypedDocumentNode<SignOutMutation, SignOutMutationVariables> = gql`
  mutation SignOut {
    signOut
  }
`;

export type Me = MeQuery['me'];

export const REFRESH_SESSION: TypedDocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables> = gql`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresInSeconds
    }
  }
`;

/** The bell's count: one row's worth of the inbox, for its unreadCount. */
export const UNREAD_NOTIFICATIONS: TypedDocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables> = gql`
  query UnreadNotifications {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`;
