import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useAuthContext } from '../../features/auth/session-wiring';
import { createQueryClient } from '../../lib/query-client';

/**
 * The query cache of one signed-in session. It lives in the signed-in shell, not the entry: the
 * sign-in page never queries, so TanStack Query stays out of its download. Signing out unmounts
 * the shell and drops the cache with it.
 */
export function SessionQueryProvider({ children }: { children: ReactNode }): ReactNode {
  const { store } = useAuthContext();
  const [queryClient] = useState(createQueryClient);
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
