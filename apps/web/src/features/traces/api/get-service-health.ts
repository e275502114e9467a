import { ServiceHealthSchema, type MetricRange, type ServiceHealth } from '@fleet/contract';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { traceKeys } from './trace-keys';

/** How often the health view asks again: its finest period is a minute. */
export const HEALTH_REFRESH_MS = 60_000;

/** `GET /health?range=…`: every function's requests, errors, latency; every action's outcomes. */
export function getServiceHealth(
  api: ApiClient,
  range: MetricRange,
  signal?: AbortSignal,
): Promise<ServiceHealth> {
  return api.get('/health', ServiceHealthSchema, { query: { range }, signal });
}

export function useServiceHealth(range: MetricRange): UseQueryResult<ServiceHealth, Error> {
  const api = useApiClient();
  return useQuery({
    queryKey: traceKeys.health(range),
    queryFn: ({ signal }) => getServiceHealth(api, range, signal),
    refetchInterval: HEALTH_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
