import { TraceDetailSchema, type TraceDetail } from '@fleet/contract';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import {
  TRACE_REREAD_MS,
  askTraceAgain,
  mayStillArrive,
  traceRetryDelay,
} from '../utils/trace-arrival';
import { traceKeys } from './trace-keys';

/** `GET /traces/{id}`: one trace as a waterfall; `404` while X-Ray does not know it yet. */
export function getTrace(api: ApiClient, id: string, signal?: AbortSignal): Promise<TraceDetail> {
  return api.get(`/traces/${encodeURIComponent(id)}`, TraceDetailSchema, { signal });
}

/**
 * One trace. Segments reach X-Ray a moment after the answer, each service's on its own: a young
 * trace X-Ray does not know yet (404) is asked again a few times (a malformed id or an old unknown
 * one is not: `askTraceAgain`), and one that is known but young may
 * still lack segments (the gateway's, Lambda's), so it is read again every 2 s until a read comes
 * 30 s or more after its request began — an SRE who opens it from a fresh result sees it fill in.
 */
export function useTrace(id: string): UseQueryResult<TraceDetail, Error> {
  const api = useApiClient();
  return useQuery<TraceDetail, Error>({
    queryKey: traceKeys.detail(id),
    queryFn: ({ signal }) => getTrace(api, id, signal),
    retry: (failures, error) => askTraceAgain(id, failures, error, Date.now()),
    retryDelay: traceRetryDelay,
    refetchInterval: (query) =>
      query.state.status === 'success' && mayStillArrive(id, query.state.dataUpdatedAt)
        ? TRACE_REREAD_MS
        : false,
  });
}
