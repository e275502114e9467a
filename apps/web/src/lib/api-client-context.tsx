import type { ApiClient } from './api-client';
import { requiredContext } from './required-context';

const apiClient = requiredContext<ApiClient, 'client'>('ApiClientProvider', 'client');

export const ApiClientProvider = apiClient.Provider;

/** The client built from config.json's `apiUrl`, sending the session's token. */
export const useApiClient: () => ApiClient = apiClient.use;
