import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useAuthContext } from '../../features/auth/session-wiring';
import { createQueryClient } from '../../lib/query-client';

// One cache per session store (per tab), made on the shell's first render and kept across the
// renders React throws away while the shell's lazy parts arrive: state made in a render that never
// committed is made again on the next try, so a `useState` client was replaced up to six times on a
// full load, and a request started in an early render (the list's prefetch) went to a client the
// page never saw — and was sent again.
const clients = new WeakMap<object, QueryClient>();

function queryClientOf(store: object): QueryClient {
  let client = clients.get(store);
  if (!client) {
    client = createQueryClient();
    clients.set(store, client);
  }
  return client;
}

/**
 * The query cache of one signed-in session. It lives in the signed-in shell, not the entry: the
 * sign-in page never queries, so TanStack Query stays out of its download. Signing out unmounts
 * the shell, which empties the cache.
 */
export function SessionQueryProvider({ children }: { children: ReactNode }): ReactNode {
  const { store } = useAuthContext();
  const queryClient = queryClientOf(store);
  useEffect(() => {
    // What one user was shown must not flash up for the next one who signs in (another tab).
    let user = store.getSnapshot().principal?.sub;
    return store.subscribe(() => {
      const next = store.getSnapshot().principal?.sub;
      if (next !== user) queryClient.clear();
      user = next;
    });
  }, [store, queryClient]);
  useEffect(() => () => queryClient.clear(), [queryClient]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
