import { gql, TypedDocumentNode } from '@apollo/client';

export interface SignInData {
  login: { accessToken: string; expiresInSeconds: number };
}

export const SIGN_IN: TypedDocumentNode<SignInData, { input: { email: string; password: string } }> = gql`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresInSeconds
    }
  }
`;
