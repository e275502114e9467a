import { TracePageSchema, type TracePage, type TraceSearchParams } from '@fleet/contract';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { traceKeys } from './trace-keys';

/** `GET /traces`: the newest traces matching every filter given. */
export function searchTraces(
  api: ApiClient,
  params: TraceSearchParams,
  signal?: AbortSignal,
): Promise<TracePage> {
  const query = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== ''),
  ) as Record<string, string | number>;
  return api.get('/traces', TracePageSchema, { query, signal });
}

/** The traces matching `params`; the previous answer stays on screen while filters change. */
export function useTraceSearch(params: TraceSearchParams): UseQueryResult<TracePage, Error> {
  const api = useApiClient();
  return useQuery({
    queryKey: traceKeys.search(params),
    queryFn: ({ signal }) => searchTraces(api, params, signal),
    placeholderData: keepPreviousData,
  });
}
