import type { ReactNode } from 'react';
import type { ApiClient } from './api-client';
import { requiredContext } from './required-context';

const apiClient = requiredContext<ApiClient>('ApiClientProvider');

export interface ApiClientProviderProps {
  client: ApiClient;
  children: ReactNode;
}

export function ApiClientProvider({ client, children }: ApiClientProviderProps): ReactNode {
  return <apiClient.Provider value={client}>{children}</apiClient.Provider>;
}

/** The client built from config.json's `apiUrl`, sending the session's token. */
export const useApiClient: () => ApiClient = apiClient.use;
