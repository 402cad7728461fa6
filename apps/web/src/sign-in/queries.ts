import { graphql } from '../gql';

export const SIGN_IN = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresInSeconds
    }
  }
`);
