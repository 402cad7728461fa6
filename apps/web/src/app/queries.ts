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
