import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { currentSession } from '../app/session';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** Same origin as the app; the session's bearer token unless the headers editor sets its own. */
const fetcher: Fetcher = async (params, options) => {
  const session = currentSession();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

const FIRST_QUERY = `{
  me {
    email
    displayName
    roles
  }
}
`;

export default function GraphiQLExplorer() {
  return <GraphiQL fetcher={fetcher} defaultQuery={FIRST_QUERY} forcedTheme="light" />;
}
