import { useEffect, useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import type { RuntimeConfig } from '../config/runtime-config';
import {
  AuthProvider,
  connectSessionTabs,
  createSessionStore,
  loadCognito,
  renewOnUnauthorized,
  SESSION_CHANNEL,
} from '../features/auth/session-wiring';
import { createApiClient } from '../lib/api-client';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

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

  useEffect(() => {
    // Hands this tab's session to tabs opened from it; a sign-out anywhere signs out everywhere.
    if (typeof BroadcastChannel !== 'function') return undefined;
    return connectSessionTabs(sessionStore, new BroadcastChannel(SESSION_CHANNEL));
  }, [sessionStore]);

  return (
    <AppProvider config={config} apiClient={apiClient}>
      <AuthProvider store={sessionStore} cognito={cognito}>
        <ErrorBoundary>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ErrorBoundary>
      </AuthProvider>
    </AppProvider>
  );
}
