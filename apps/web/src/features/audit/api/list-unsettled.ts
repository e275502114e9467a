import { UnsettledPageSchema, type UnsettledPage } from '@fleet/contract';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { auditKeys } from './list-audit';

/** `GET /audit/unsettled` (admins): attempts whose outcome was never written. */
export function listUnsettled(api: ApiClient, signal?: AbortSignal): Promise<UnsettledPage> {
  return api.get('/audit/unsettled', UnsettledPageSchema, { signal });
}

export function useUnsettledAttempts(enabled: boolean): UseQueryResult<UnsettledPage, Error> {
  const api = useApiClient();
  return useQuery({
    queryKey: [...auditKeys.all, 'unsettled'] as const,
    queryFn: ({ signal }) => listUnsettled(api, signal),
    enabled,
  });
}
