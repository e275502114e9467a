import {
  CpuSparklinesSchema,
  MAX_SPARKLINE_INSTANCES,
  type CpuSparklines,
  type CpuSparklinesRequest,
  type InstanceRef,
} from '@fleet/contract';
import { instanceKey } from '@fleet/fleet';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { metricKeys } from './get-instance-metrics';

export type CpuSparklinesKey = readonly ['metrics', 'cpu-sparklines', readonly string[]];
export type CpuSparklinesQueryOptions = ReturnType<
  typeof queryOptions<CpuSparklines, Error, CpuSparklines, CpuSparklinesKey>
>;

/** The rows asked for, as `region/id`, in table order: the cache key of one table page. */
export function cpuSparklinesKey(instances: readonly InstanceRef[]): CpuSparklinesKey {
  return [...metricKeys.all, 'cpu-sparklines', instances.map(instanceKey)] as const;
}

/** `POST /metrics/cpu-sparklines`: the last 24 hours of average CPU for the rows on screen. */
export function getCpuSparklines(
  api: ApiClient,
  instances: readonly InstanceRef[],
  signal?: AbortSignal,
): Promise<CpuSparklines> {
  const body: CpuSparklinesRequest = {
    instances: instances.map(({ region, id }) => ({ region, id })),
  };
  return api.post('/metrics/cpu-sparklines', body, CpuSparklinesSchema, { signal });
}

export function getCpuSparklinesQueryOptions(
  api: ApiClient,
  instances: readonly InstanceRef[],
): CpuSparklinesQueryOptions {
  return queryOptions({
    queryKey: cpuSparklinesKey(instances),
    queryFn: ({ signal }) => getCpuSparklines(api, instances, signal),
    // 15-minute points: a page revisited within five minutes has nothing new to show.
    staleTime: 5 * 60_000,
    // The API takes 1 to 500 instances; an empty page or a larger one asks nothing.
    enabled: instances.length > 0 && instances.length <= MAX_SPARKLINE_INSTANCES,
  });
}

/** One request for exactly the rows on screen (the table's page size is the dashboard's choice). */
export function useCpuSparklines(
  instances: readonly InstanceRef[],
): UseQueryResult<CpuSparklines, Error> {
  const api = useApiClient();
  return useQuery(getCpuSparklinesQueryOptions(api, instances));
}
