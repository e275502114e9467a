import { InstanceDetailSchema, type InstanceDetail, type InstanceRef } from '@fleet/contract';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import type { ApiClient } from '../../../lib/api-client';
import { settlingInterval } from '../utils/settling';
import { instanceKeys } from './list-instances';

export type InstanceDetailKey = readonly ['instances', 'detail', string, string];
export type GetInstanceQueryOptions = ReturnType<
  typeof queryOptions<InstanceDetail, Error, InstanceDetail, InstanceDetailKey>
>;

export function instanceDetailKey(ref: InstanceRef): InstanceDetailKey {
  return [...instanceKeys.all, 'detail', ref.region, ref.id] as const;
}

/** `GET /instances/{region}/{id}` (with the protection flags); a 404 rejects with an ApiRequestError whose `isNotFound` is true. */
export function getInstance(
  api: ApiClient,
  ref: InstanceRef,
  signal?: AbortSignal,
): Promise<InstanceDetail> {
  const path = `/instances/${encodeURIComponent(ref.region)}/${encodeURIComponent(ref.id)}`;
  return api.get(path, InstanceDetailSchema, { signal });
}

export function getInstanceQueryOptions(api: ApiClient, ref: InstanceRef): GetInstanceQueryOptions {
  return queryOptions({
    queryKey: instanceDetailKey(ref),
    queryFn: ({ signal }) => getInstance(api, ref, signal),
    // After an action the state chip follows the instance until it settles.
    refetchInterval: (query) => settlingInterval(query.state.data ? [query.state.data] : undefined),
  });
}

export function useInstance(
  ref: InstanceRef,
  enabled = true,
): UseQueryResult<InstanceDetail, Error> {
  const api = useApiClient();
  return useQuery({ ...getInstanceQueryOptions(api, ref), enabled });
}
