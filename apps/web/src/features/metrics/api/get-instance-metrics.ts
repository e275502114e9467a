import {
  InstanceMetricsSchema,
  type InstanceMetrics,
  type InstanceRef,
  type MetricRange,
} from '@fleet/contract';
import {
  keepPreviousData,
  queryOptions,
  useQuery,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** Every query key of this feature starts here. */
export const metricKeys = {
  all: ['metrics'] as const,
  instance: (
    ref: InstanceRef,
    range: MetricRange,
  ): readonly ['metrics', 'instance', string, string, MetricRange] =>
    [...metricKeys.all, 'instance', ref.region, ref.id, range] as const,
};

/** How often open charts ask again: CloudWatch's finest period is a minute. */
export const METRICS_REFRESH_MS = 60_000;

export type InstanceMetricsKey = ReturnType<typeof metricKeys.instance>;
export type InstanceMetricsQueryOptions = ReturnType<
  typeof queryOptions<InstanceMetrics, Error, InstanceMetrics, InstanceMetricsKey>
>;

/** `GET /instances/{region}/{id}/metrics?range=…`: every chart's series on one time axis. */
export function getInstanceMetrics(
  api: ApiClient,
  ref: InstanceRef,
  range: MetricRange,
  signal?: AbortSignal,
): Promise<InstanceMetrics> {
  const path = `/instances/${encodeURIComponent(ref.region)}/${encodeURIComponent(ref.id)}/metrics`;
  return api.get(path, InstanceMetricsSchema, { query: { range }, signal });
}

export function getInstanceMetricsQueryOptions(
  api: ApiClient,
  ref: InstanceRef,
  range: MetricRange,
  refresh: boolean,
): InstanceMetricsQueryOptions {
  return queryOptions({
    queryKey: metricKeys.instance(ref, range),
    queryFn: ({ signal }) => getInstanceMetrics(api, ref, range, signal),
    refetchInterval: refresh ? METRICS_REFRESH_MS : false,
    // Another range keeps the current charts on screen (dimmed) until its own answer lands.
    placeholderData: keepPreviousData,
  });
}

export function useInstanceMetrics(
  ref: InstanceRef,
  range: MetricRange,
  refresh: boolean,
): UseQueryResult<InstanceMetrics, Error> {
  const api = useApiClient();
  return useQuery(getInstanceMetricsQueryOptions(api, ref, range, refresh));
}
