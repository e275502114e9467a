import { useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from '../components/error-boundary';
import type { RuntimeConfig } from '../config/runtime-config';
import { createApiClient } from '../lib/api-client';
import { createQueryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

export interface AppProps {
  config: RuntimeConfig;
}

export function App({ config }: AppProps): ReactNode {
  // Created once per mount, not per render: the cache and router must outlive re-renders.
  const [apiClient] = useState(() => createApiClient(config.apiUrl));
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);

  return (
    <AppProvider config={config} apiClient={apiClient} queryClient={queryClient}>
      <ErrorBoundary>
        <RouterProvider router={router} />
      </ErrorBoundary>
    </AppProvider>
  );
}
