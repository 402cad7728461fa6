import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { currentSession, endSession } from './session';

/** Called when the API says the session is over: the shell sends the user to sign-in, remembering the page. */
let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

const auth = new SetContextLink((prev) => {
  const session = currentSession();
  return session ? { headers: { ...prev.headers, authorization: `Bearer ${session.accessToken}` } } : {};
});

const expiry = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    endSession();
    onSessionEnded();
  }
});

export const apollo = new ApolloClient({
  link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
});
