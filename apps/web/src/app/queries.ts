import { gql, TypedDocumentNode } from '@apollo/client';

export interface MeData {
  me: { id: string; displayName: string; roles: string[]; organization: { id: string; name: string; type: string } };
}

export const ME: TypedDocumentNode<MeData> = gql`
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

export const SIGN_OUT: TypedDocumentNode<{ signOut: boolean }> = gql`
  mutation SignOut {
    signOut
  }
`;
