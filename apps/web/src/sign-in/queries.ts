import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SignInMutation, SignInMutationVariables } from '../gql/graphql';

// The shell's own operations are parsed here, not imported from gql/graphql.ts: that module holds
// every page's documents, and the sign-in page should not carry them (they load with the first journey).
export const SIGN_IN: TypedDocumentNode<SignInMutation, SignInMutationVariables> = gql`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresInSeconds
    }
  }
`;
