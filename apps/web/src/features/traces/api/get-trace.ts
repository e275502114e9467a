import { TraceDetailSchema, type TraceDetail } from '@fleet/contract';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { traceKeys } from './trace-keys';

/** `GET /traces/{id}`: one trace as a waterfall; `404` while X-Ray does not know it yet. */
export function getTrace(api: ApiClient, id: string, signal?: AbortSignal): Promise<TraceDetail> {
  return api.get(`/traces/${encodeURIComponent(id)}`, TraceDetailSchema, { signal });
}

/** One trace; asked again a few times, since segments reach X-Ray a moment after the answer. */
export function useTrace(id: string): UseQueryResult<TraceDetail, Error> {
  const api = useApiClient();
  return useQuery({
    queryKey: traceKeys.detail(id),
    queryFn: ({ signal }) => getTrace(api, id, signal),
    retry: 4,
    retryDelay: (attempt) => 500 * 2 ** attempt,
  });
}
