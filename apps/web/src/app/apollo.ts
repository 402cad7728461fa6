import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import { REFRESH_SESSION } from './queries';
import { currentSession, endSession, startSession } from './session';

/** Called when the API says the session is over: the shell sends the user to sign-in, remembering the page. */
let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

// Operations that must not try to renew the session when refused.
const SESSION_OPERATIONS = new Set(['SignIn', 'RefreshSession', 'SignOut']);

const auth = new SetContextLink((prev) => {
  const session = currentSession();
  return session ? { headers: { ...prev.headers, authorization: `Bearer ${session.accessToken}` } } : {};
});

// A refused token is renewed once from the session cookie and the operation sent again;
// when that fails too, the session is over.
const expiry = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error) || !error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
  if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
  return from(restoreSession()).pipe(
    mergeMap((renewed) => {
      if (renewed) return forward(operation);
      endSession();
      onSessionEnded();
      return throwError(() => error);
    }),
  );
});

export const apollo = new ApolloClient({
  link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  // A page shows what it has at once and asks afresh: another user's change (a new product, an answer) shows when the page is opened.
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});

let restoring: Promise<boolean> | null = null;

/** A new access token from the httpOnly session cookie (after a reload, or when the token was refused); one request however many ask at once. */
export function restoreSession(): Promise<boolean> {
  restoring ??= apollo
    .mutate({ mutation: REFRESH_SESSION })
    .then((result) => {
      const renewed = result.data?.refreshSession;
      if (renewed) startSession(renewed.accessToken, renewed.expiresInSeconds);
      return Boolean(renewed);
    })
    .catch(() => false)
    .finally(() => {
      restoring = null;
    });
  return restoring;
}
