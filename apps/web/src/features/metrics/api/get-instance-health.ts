import {
  InstanceHealthPageSchema,
  MAX_HEALTH_INSTANCES,
  type Instance,
  type InstanceHealthPage,
  type InstanceHealthRequest,
} from '@fleet/contract';
import { instanceKey } from '@fleet/fleet';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { metricKeys } from './get-instance-metrics';

/** The server keeps a region's alarms a minute: asking more often shows nothing new. */
export const HEALTH_REFRESH_MS = 60_000;

type Row = Pick<Instance, 'region' | 'id' | 'state'>;

/**
 * The cache key of one table page: its rows with their states, so a row that changes state (a
 * started instance gains status checks) asks again at once.
 */
export function instanceHealthKey(rows: readonly Row[]): readonly unknown[] {
  return [...metricKeys.all, 'health', rows.map((row) => `${instanceKey(row)}:${row.state}`)];
}

/** `POST /instances/health`: status checks and alarms of the rows on screen. */
export function getInstanceHealth(
  api: ApiClient,
  rows: readonly Row[],
  signal?: AbortSignal,
): Promise<InstanceHealthPage> {
  const body: InstanceHealthRequest = { instances: rows.map(({ region, id }) => ({ region, id })) };
  return api.post('/instances/health', body, InstanceHealthPageSchema, { signal });
}

/** One request for exactly the rows on screen, kept while the next page's loads. */
export function useInstanceHealth(rows: readonly Row[]): UseQueryResult<InstanceHealthPage, Error> {
  const api = useApiClient();
  return useQuery({
    queryKey: instanceHealthKey(rows),
    queryFn: ({ signal }) => getInstanceHealth(api, rows, signal),
    staleTime: HEALTH_REFRESH_MS,
    refetchInterval: HEALTH_REFRESH_MS,
    placeholderData: keepPreviousData,
    enabled: rows.length > 0 && rows.length <= MAX_HEALTH_INSTANCES,
  });
}
