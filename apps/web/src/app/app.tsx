import { useEffect, useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from '../components/error-boundary';
import type { RuntimeConfig } from '../config/runtime-config';
import {
  AuthProvider,
  createSessionStore,
  loadCognito,
  renewOnUnauthorized,
} from '../features/auth';
import { createApiClient } from '../lib/api-client';
import { createQueryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

export interface AppProps {
  config: RuntimeConfig;
}

export function App({ config }: AppProps): ReactNode {
  // Created once per mount, not per render: the session, cache and router must outlive re-renders.
  const [cognito] = useState(() => () => loadCognito(config.cognito));
  const [sessionStore] = useState(() =>
    createSessionStore({ storage: window.sessionStorage, cognito }),
  );
  const [apiClient] = useState(() =>
    createApiClient(config.apiUrl, {
      authorization: sessionStore.authorization,
      fetch: renewOnUnauthorized(sessionStore),
    }),
  );
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);

  useEffect(() => {
    // What one user was shown must not flash up for the next one who signs in in this tab.
    let user = sessionStore.getSnapshot().principal?.sub;
    return sessionStore.subscribe(() => {
      const next = sessionStore.getSnapshot().principal?.sub;
      if (next !== user) queryClient.clear();
      user = next;
    });
  }, [sessionStore, queryClient]);

  return (
    <AppProvider config={config} apiClient={apiClient} queryClient={queryClient}>
      <AuthProvider store={sessionStore} cognito={cognito}>
        <ErrorBoundary>
          <RouterProvider router={router} />
        </ErrorBoundary>
      </AuthProvider>
    </AppProvider>
  );
}
