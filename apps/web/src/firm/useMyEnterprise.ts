import { useQuery } from '@apollo/client/react';
import { MY_ENTERPRISE, MyEnterprise } from './queries';

/** The signed-in firm's enterprise: the firm sees only itself, so it is the first one. */
export function useMyEnterprise(): { enterprise: MyEnterprise | undefined; loading: boolean; error: Error | undefined; refetch: () => Promise<unknown> } {
  const { data, loading, error, refetch } = useQuery(MY_ENTERPRISE);
  return { enterprise: data?.enterprises.edges[0]?.node, loading, error, refetch };
}
